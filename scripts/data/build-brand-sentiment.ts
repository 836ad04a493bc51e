/**
 * `node --import tsx scripts/data/build-brand-sentiment.ts [--mirrors DIR] [--out DIR]`: rebuilds
 * `<out>/brand-sentiment/{en,fr}.jsonl` and its README.md from the pinned snapshots. Public rows only: the
 * sentences the team wrote (`origin: written`) were kept only in the lost data folder.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { BrandRow } from '../train/read-brand.ts'
import {
  assignBrandSplits,
  cdiscountRows,
  keytradeRows,
  phrasebankRows,
  sandersRows,
  sxswRows,
  trustpilotRows,
} from './brand.ts'
import { decodeText, listSnapshot, readSnapshot, type Snapshot } from './snapshot.ts'
import { SOURCES } from './sources.ts'

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(name)
  return resolve(i >= 0 ? process.argv[i + 1]! : fallback)
}
const mirrors = arg('--mirrors', '/work/.mirror')
const out = join(arg('--out', '/work/shared/data'), 'brand-sentiment')
const read = (s: Snapshot, path: string) => decodeText(readSnapshot(mirrors, s, path))

const FILES = {
  sanders: 'full-corpus.csv',
  sxsw: 'judge-1377884607_tweet_product_company.csv',
  phrasebank: 'data/Sentences_AllAgree.txt',
  trustpilot: 'data/trustpilot_to_predict.csv',
  keytrade: 'src/data/reviews.json',
  /** a folder: every CSV directly under it, in git's order */
  cdiscount: 'data/raw/coms',
} as const
const cdiscountFiles = listSnapshot(mirrors, SOURCES.cdiscount, FILES.cdiscount).filter((p) =>
  p.endsWith('.csv'),
)

const en = assignBrandSplits([
  ...sandersRows(read(SOURCES.sanders, FILES.sanders)),
  ...sxswRows(read(SOURCES.sxsw, FILES.sxsw)),
  ...phrasebankRows(read(SOURCES.phrasebank, FILES.phrasebank)),
  ...keytradeRows(read(SOURCES.keytrade, FILES.keytrade), 'en'),
])
const fr = assignBrandSplits([
  ...trustpilotRows(read(SOURCES.trustpilot, FILES.trustpilot)),
  ...keytradeRows(read(SOURCES.keytrade, FILES.keytrade), 'fr'),
  ...cdiscountRows(cdiscountFiles.map((p) => read(SOURCES.cdiscount, p))),
])

const table = (rows: BrandRow[]) => {
  const sources = [...new Set(rows.map((r) => r.source))]
  return sources.map((s) => {
    const of = rows.filter((r) => r.source === s)
    const n = (f: (r: BrandRow) => boolean) => of.filter(f).length
    return `| ${s} | ${n((r) => r.label === 'negative')} | ${n((r) => r.label === 'neutral')} | ${n((r) => r.label === 'positive')} | ${n((r) => r.split === 'train')} / ${n((r) => r.split === 'dev')} / ${n((r) => r.split === 'test')} |`
  })
}

mkdirSync(out, { recursive: true })
for (const [lang, rows] of [
  ['en', en],
  ['fr', fr],
] as const) {
  writeFileSync(join(out, `${lang}.jsonl`), rows.map((r) => `${JSON.stringify(r)}\n`).join(''))
  console.log(`${lang}: ${rows.length} rows`)
}
const sourceLines = (Object.keys(FILES) as (keyof typeof FILES)[]).map(
  (k) =>
    `- ${SOURCES[k].repo} @ ${SOURCES[k].commit}, ${k === 'cdiscount' ? `${FILES[k]}/*.csv (${cdiscountFiles.length} files)` : FILES[k]} — ${SOURCES[k].licence}`,
)
writeFileSync(
  join(out, 'README.md'),
  [
    '# brand-sentiment (rebuilt by scripts/data/build-brand-sentiment.ts in the Vigie repository)',
    '',
    ...sourceLines,
    '',
    'Public rows only (origin: public); the team-written rows of the first version are lost.',
    '',
    '| source | negative | neutral | positive | train / dev / test |',
    '|---|---:|---:|---:|---|',
    ...table(en),
    ...table(fr),
    '',
  ].join('\n'),
)

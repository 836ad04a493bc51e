/**
 * `node --import tsx scripts/data/build-brand-sentiment.ts [--mirrors DIR] [--out DIR]`: rebuilds
 * `<out>/brand-sentiment/{en,fr}.jsonl` and its README.md from the pinned snapshots. Public rows only: the
 * sentences the team wrote (`origin: written`) were kept only in the lost data folder.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { textKey } from '../../src/analysis/models/normalise-text.ts'
import type { BrandRow } from '../train/read-brand.ts'
import {
  assignBrandSplits,
  cdiscountRows,
  keytradeRows,
  petInsuranceRows,
  phrasebankRows,
  sandersRows,
  sxswRows,
  telecomAppRows,
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
  /** a folder: every CSV directly under it (one an insurer), in git's order */
  petInsurance: 'web_scraping',
  telecomApps: 'ios_reviews_fresh_20250529_063833.csv',
  telecomSupport: 'customer_support_analysis_20250529_144309.csv',
} as const
const cdiscountFiles = listSnapshot(mirrors, SOURCES.cdiscount, FILES.cdiscount).filter((p) =>
  p.endsWith('.csv'),
)

const petInsuranceFiles = listSnapshot(mirrors, SOURCES.petInsurance, FILES.petInsurance).filter((p) =>
  p.endsWith('.csv'),
)

const fr = assignBrandSplits([
  ...trustpilotRows(read(SOURCES.trustpilot, FILES.trustpilot)),
  ...keytradeRows(read(SOURCES.keytrade, FILES.keytrade), 'fr'),
  ...cdiscountRows(cdiscountFiles.map((p) => read(SOURCES.cdiscount, p))),
])

// the sources added after the first rebuild come last and sort after the older ones: old rows keep their
// split; their texts that a French row already has are dropped (training keys splits by text, both languages)
const frenchTexts = new Set(fr.map((r) => textKey(r.text)))
const en = assignBrandSplits([
  ...sandersRows(read(SOURCES.sanders, FILES.sanders)),
  ...sxswRows(read(SOURCES.sxsw, FILES.sxsw)),
  ...phrasebankRows(read(SOURCES.phrasebank, FILES.phrasebank)),
  ...keytradeRows(read(SOURCES.keytrade, FILES.keytrade), 'en'),
  ...[
    ...petInsuranceRows(petInsuranceFiles.map((p) => read(SOURCES.petInsurance, p))),
    ...telecomAppRows(
      read(SOURCES.telecomApps, FILES.telecomApps),
      read(SOURCES.telecomApps, FILES.telecomSupport),
    ),
  ].filter((r) => !frenchTexts.has(textKey(r.text))),
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
const folders: Partial<Record<keyof typeof FILES, number>> = {
  cdiscount: cdiscountFiles.length,
  petInsurance: petInsuranceFiles.length,
}
/** the snapshot each file comes from (the telecom support file is in the telecom apps' repository) */
const snapshotOf = (k: keyof typeof FILES): keyof typeof SOURCES =>
  k === 'telecomSupport' ? 'telecomApps' : k
const sourceLines = (Object.keys(FILES) as (keyof typeof FILES)[]).map((k) => {
  const s = SOURCES[snapshotOf(k)]
  const files = folders[k] === undefined ? FILES[k] : `${FILES[k]}/*.csv (${folders[k]} files)`
  return `- ${s.repo} @ ${s.commit}, ${files} — ${s.licence}`
})
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

/**
 * `node --import tsx scripts/data/build-crisis-streams.ts [--mirrors DIR] [--out DIR]`: rebuilds
 * `<out>/crisis-streams/` (one folder per event: event.json, mentions.jsonl, source.json; split.json;
 * README.md) from the pinned snapshots under `--mirrors` (default /work/.mirror). Same input, same bytes.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { RealEvent } from '../../eval/real-streams.ts'
import { cybertruckMentions, duboisMentions, iphoneMentions } from './controls.ts'
import { keywordQuery, t6Mentions, t26Mentions, t26Times } from './crisislex.ts'
import { EVENTS, type EventSpec } from './events.ts'
import { type MentionRow, orderRows } from './mention-row.ts'
import { decodeText, readSnapshot, type Snapshot } from './snapshot.ts'
import { SOURCES } from './sources.ts'
import { splitFile } from './split-events.ts'

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(name)
  return resolve(i >= 0 ? process.argv[i + 1]! : fallback)
}
const mirrors = arg('--mirrors', '/work/.mirror')
const out = join(arg('--out', '/work/shared/data'), 'crisis-streams')

const read = (s: Snapshot, path: string) => decodeText(readSnapshot(mirrors, s, path))
const readOptional = (s: Snapshot, path: string) => {
  try {
    return read(s, path)
  } catch {
    return undefined
  }
}
const T26 = 'data/CrisisLexT26'
const T6 = 'data/CrisisLexT6'

const streamOf = (e: EventSpec): { rows: MentionRow[]; query: string; files: string[] } => {
  const s = e.stream
  if (s.kind === 't26') {
    const base = `${T26}/${s.folder}/${s.folder}`
    // the timestamps file of the largest events is over the snapshot's 4 MiB limit: ids carry the time too
    const timesPath = `${base}-tweetids_entire_period.csv`
    const timesCsv = readOptional(SOURCES.crisislex, timesPath)
    const rows = t26Mentions(read(SOURCES.crisislex, `${base}-tweets_labeled.csv`), t26Times(timesCsv ?? ''))
    const files = [
      `${base}-tweets_labeled.csv`,
      timesCsv === undefined ? `(absent: ${timesPath})` : timesPath,
    ]
    if (s.t6) {
      const path = `${T6}/${s.t6}/${s.t6}-ontopic_offtopic.csv`
      rows.push(...t6Mentions(read(SOURCES.crisislex, path)))
      files.push(path)
    }
    const description = JSON.parse(read(SOURCES.crisislex, `${base}-event_description.json`)) as {
      keywords: string[]
    }
    return {
      rows,
      query: keywordQuery(description.keywords),
      files: [...files, `${base}-event_description.json`],
    }
  }
  if (s.kind === 't6') {
    const path = `${T6}/${s.folder}/${s.folder}-ontopic_offtopic.csv`
    return { rows: t6Mentions(read(SOURCES.crisislex, path)), query: keywordQuery(s.keywords), files: [path] }
  }
  if (s.kind === 'cybertruck') {
    const path = 'CyberTruck_Tweets.csv'
    return { rows: cybertruckMentions(read(SOURCES.cybertruck, path)), query: '', files: [path] }
  }
  if (s.kind === 'iphone14') {
    const paths = ['data/raw/iPhone14x10k_RAW.csv', 'data/raw/iPhone14Prox10k_RAW.csv']
    return { rows: paths.flatMap((p) => iphoneMentions(read(SOURCES.iphone14, p))), query: '', files: paths }
  }
  const path = 'data/tweets.csv'
  return { rows: duboisMentions(read(SOURCES.dubois, path)), query: '', files: [path] }
}

const snapshotOf = (e: EventSpec): Snapshot =>
  e.stream.kind === 't26' || e.stream.kind === 't6' ? SOURCES.crisislex : SOURCES[e.stream.kind]

rmSync(out, { recursive: true, force: true })
mkdirSync(out, { recursive: true })
const lines: string[] = []
for (const e of EVENTS) {
  const { rows, query, files } = streamOf(e)
  const mentions = orderRows(rows)
  const { stream: _s, onsetSource, query: own, ...fields } = e
  const event: RealEvent = { ...fields, query: own ?? query }
  const dir = join(out, e.slug)
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, 'event.json'), `${JSON.stringify(event, null, 2)}\n`)
  writeFileSync(join(dir, 'mentions.jsonl'), mentions.map((m) => `${JSON.stringify(m)}\n`).join(''))
  const snap = snapshotOf(e)
  writeFileSync(join(dir, 'source.json'), `${JSON.stringify({ ...snap, files, onsetSource }, null, 2)}\n`)
  lines.push(
    `| ${e.slug} | ${e.kind} | ${mentions.length} | ${mentions[0]?.createdAt ?? '-'} | ${mentions.at(-1)?.createdAt ?? '-'} | ${snap.repo}@${snap.commit.slice(0, 7)} |`,
  )
  console.log(`${e.slug}: ${mentions.length} posts`)
}
const split = splitFile(EVENTS.map((e) => e.slug))
writeFileSync(join(out, 'split.json'), `${JSON.stringify(split, null, 2)}\n`)
writeFileSync(
  join(out, 'README.md'),
  [
    '# crisis-streams (rebuilt by scripts/data/build-crisis-streams.ts in the Vigie repository)',
    '',
    'Each folder: event.json (eval/real-streams.ts RealEvent), mentions.jsonl (docs/mention-format.md), source.json (repository, commit, files, licence, onset source).',
    'split.json: holdout when sha256(slug)[0..4] / 2^32 < 0.3 (scripts/data/split-events.ts).',
    '',
    '| event | kind | posts | first | last | source |',
    '|---|---|---:|---|---|---|',
    ...lines,
    '',
  ].join('\n'),
)
console.log(`split: ${split.dev.length} dev, ${split.holdout.length} holdout → ${out}`)

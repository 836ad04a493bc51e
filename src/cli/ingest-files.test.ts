import assert from 'node:assert/strict'
import { appendFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'node:test'
import Database from 'better-sqlite3'
import { tmp, vigie } from '../test/run-vigie.ts'

const post = (id: number, text: string) =>
  `{"id":"${id}","createdAt":"2026-03-02T08:${String(id).padStart(2, '0')}:00Z","text":"${text}","author":{"handle":"u${id}"}}\n`

test('a file re-imported at the same path: new content is stored and said so, appended lines resumed', () => {
  const dir = tmp()
  const input = join(dir, 'export.jsonl')
  const ingest = () =>
    vigie([
      'ingest',
      '--data',
      join(dir, 'data'),
      '--input',
      input,
      '--brand',
      'Télécomète',
      '--query',
      'telecomete',
    ])
  writeFileSync(input, post(1, 'telecomete en panne') + post(2, 'telecomete encore'))
  assert.match(ingest().stderr, /read 2 rows: 2 stored/)
  writeFileSync(input, post(3, 'telecomete, nouvel export') + post(4, 'telecomete toujours'))
  const rewritten = ingest()
  assert.equal(rewritten.status, 0, rewritten.stderr)
  assert.match(
    rewritten.stderr,
    /note: .*export\.jsonl changed since it was imported .*reading it again from the start/,
  )
  assert.match(rewritten.stderr, /read 2 rows: 2 stored, 0 already stored/)
  appendFileSync(input, post(5, 'telecomete, la suite'))
  const appended = ingest()
  assert.match(appended.stderr, /note: .*imported up to line 2 before and has grown: reading what follows/)
  assert.match(appended.stderr, /read 1 rows: 1 stored/)
  const unchanged = ingest()
  assert.match(unchanged.stderr, /note: nothing new in .*export\.jsonl .*--from-start reads it again/)
  assert.match(unchanged.stderr, /read 0 rows/)
})

test('rejected rows are counted by kind with a few example lines, and every one is a dead letter', () => {
  const dir = tmp()
  const input = join(dir, 'bad.jsonl')
  const rows: string[] = []
  for (let i = 1; i <= 1210; i++) {
    if (i % 300 === 0) rows.push('{"broken json')
    else if (i <= 6) rows.push(post(i, 'telecomete').trim())
    else rows.push(`{"id":"${i}","createdAt":"2026-03-02T09:00:00Z","author":{"handle":"x"}}`)
  }
  writeFileSync(input, `${rows.join('\n')}\n`)
  const r = vigie([
    'ingest',
    '--data',
    join(dir, 'data'),
    '--input',
    input,
    '--brand',
    'T',
    '--query',
    'telecomete',
  ])
  assert.equal(r.status, 0, r.stderr)
  assert.match(r.stderr, /read 1,210 rows: 6 stored, 0 already stored, 1,204 rejected/)
  const db = new Database(join(dir, 'data', 'vigie.db'), { readonly: true })
  const letters = db.prepare('select count(*) as n from dead_letters').get() as { n: number }
  db.close()
  assert.equal(letters.n, 1204)
  assert.match(
    r.stderr,
    /rejected 1,204 rows:\n {2}1,200 × text: missing \(lines 7, 8, 9 …\)\n {2}4 × invalid JSON \(lines 300, 600, 900 …\)\n {6}e\.g\. line 300: invalid JSON \(/,
  )
})

import assert from 'node:assert/strict'
import { existsSync, linkSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'node:test'
import { fileURLToPath } from 'node:url'
import Database from 'better-sqlite3'
import { tmp, vigie } from '../test/run-vigie.ts'

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url))
const MENTION =
  '{"id":"1","createdAt":"2026-03-02T08:00:00Z","text":"telecomete en panne","author":{"handle":"a"}}\n'

const assertOneLine = (stderr: string, pattern: RegExp) => {
  assert.match(stderr, pattern)
  assert.equal(stderr.trim().split('\n').length, 1, `one line, no stack trace:\n${stderr}`)
  assert.doesNotMatch(stderr, /\n\s+at /)
}

test('a missing input exits 3 in one line and leaves no data folder, output file or brand query', () => {
  const dir = tmp()
  const missing = join(dir, 'missing.jsonl')
  const ingest = vigie([
    'ingest',
    '--data',
    join(dir, 'data'),
    '--input',
    missing,
    '--brand',
    'X',
    '--query',
    'x',
  ])
  assert.equal(ingest.status, 3)
  assertOneLine(ingest.stderr, /^vigie: file not found: .*missing\.jsonl\n$/)
  const analyze = vigie(['analyze', '--input', missing, '--output', join(dir, 'out.jsonl')])
  assert.equal(analyze.status, 3)
  assertOneLine(analyze.stderr, /file not found/)
  const replay = vigie([
    'replay',
    '--input',
    missing,
    '--brand',
    'X',
    '--query',
    'x',
    '--alerts',
    join(dir, 'a.jsonl'),
  ])
  assert.equal(replay.status, 3)
  const store = join(dir, 'store')
  const backtest = vigie(['backtest', '--input', fixture('texts.jsonl'), '--events', missing])
  assert.equal(backtest.status, 3)
  assertOneLine(backtest.stderr, /missing\.jsonl.*not found/)
  assert.deepEqual(readdirSync(dir), [], `nothing created, found ${readdirSync(dir).join(', ')}`)
  assert.equal(existsSync(store), false)
})

test('parse errors and bad option values exit 2', () => {
  assert.equal(vigie(['ingest', '--no-such-option']).status, 2)
  assert.equal(vigie(['ingest']).status, 2, 'a required option missing')
  assert.equal(vigie(['no-such-command']).status, 2)
  assert.equal(vigie([]).status, 2, 'no command')
  const speed = vigie([
    'replay',
    '--input',
    'x',
    '--brand',
    'b',
    '--query',
    'q',
    '--alerts',
    'a',
    '--speed',
    'fast',
  ])
  assert.equal(speed.status, 2)
  assert.match(speed.stderr, /use "max" or a positive number/)
  assert.equal(vigie(['ingest', '--input', fixture('texts.jsonl'), '--format', 'xml']).status, 2)
  assert.equal(vigie(['help', 'ingest']).status, 0, 'help asked for is no error')
})

test('a bad map, query or time zone exits 2 before a data folder is created', () => {
  const dir = tmp()
  const data = join(dir, 'data')
  const csv = join(dir, 'in.csv')
  writeFileSync(csv, 'when,body\n2026-03-02 08:00,hello\n')
  const runs = [
    ['--input', csv, '--map', 'text=nope'],
    ['--input', csv, '--map', 'txet=body'],
    ['--input', csv, '--map', 'text=body,createdAt=when', '--brand', 'X', '--query', '"unclosed'],
    ['--input', csv, '--map', 'text=body,createdAt=when', '--timezone', 'Paris'],
    ['--input', csv, '--brand', 'X'],
  ]
  for (const args of runs) {
    const r = vigie(['ingest', '--data', data, ...args])
    assert.equal(r.status, 2, `${args.join(' ')}: ${r.stderr}`)
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr)
    assert.equal(existsSync(data), false, args.join(' '))
  }
})

test('an output that is the input (same path, symbolic or hard link) is refused and the input kept', () => {
  const dir = tmp()
  const input = join(dir, 'in.jsonl')
  writeFileSync(input, MENTION)
  symlinkSync(input, join(dir, 'symbolic.jsonl'))
  linkSync(input, join(dir, 'hard.jsonl'))
  for (const output of [
    input,
    join(dir, '.', 'in.jsonl'),
    join(dir, 'symbolic.jsonl'),
    join(dir, 'hard.jsonl'),
  ]) {
    const analyze = vigie(['analyze', '--input', input, '--output', output])
    assert.equal(analyze.status, 2, analyze.stderr)
    assert.match(analyze.stderr, /--output .* is the --input file.*would empty it/)
    const replay = vigie([
      'replay',
      '--input',
      input,
      '--brand',
      'b',
      '--query',
      'telecomete',
      '--alerts',
      output,
    ])
    assert.equal(replay.status, 2, replay.stderr)
    assert.match(replay.stderr, /--alerts .* is the --input file/)
    assert.equal(readFileSync(input, 'utf8'), MENTION)
  }
})

test('an import that fails before reading puts the brand query back as it was', () => {
  const dir = tmp()
  const data = join(dir, 'data')
  const input = join(dir, 'in.jsonl')
  writeFileSync(input, MENTION)
  const first = vigie([
    'ingest',
    '--data',
    data,
    '--input',
    input,
    '--brand',
    'Télécomète',
    '--query',
    'telecomete',
  ])
  assert.equal(first.status, 0, first.stderr)
  const db = new Database(join(data, 'vigie.db'))
  db.prepare('update cursors set cursor = ?').run('not a cursor')
  db.close()
  const second = vigie([
    'ingest',
    '--data',
    data,
    '--input',
    input,
    '--brand',
    'Télécomète',
    '--query',
    'panne',
  ])
  assert.equal(second.status, 2)
  assert.match(second.stderr, /--from-start/)
  const check = new Database(join(data, 'vigie.db'), { readonly: true })
  const queries = check.prepare('select query from queries').all() as { query: string }[]
  check.close()
  assert.deepEqual(
    queries.map((q) => q.query),
    ['telecomete'],
  )
})

test('an output in a missing folder exits 3, a folder given for a file or for data exits 2, in one line', () => {
  const dir = tmp()
  const input = fixture('texts.jsonl')
  const missing = vigie(['analyze', '--input', input, '--output', join(dir, 'no', 'out.jsonl')])
  assert.equal(missing.status, 3)
  assertOneLine(missing.stderr, /--output .*out\.jsonl: the folder .*no does not exist/)
  const folder = vigie(['analyze', '--input', input, '--output', dir])
  assert.equal(folder.status, 2)
  assertOneLine(folder.stderr, /is a folder: give a file name/)
  const alerts = vigie([
    'replay',
    '--input',
    input,
    '--brand',
    'b',
    '--query',
    'q',
    '--alerts',
    join(dir, 'no', 'a.jsonl'),
  ])
  assert.equal(alerts.status, 3)
  writeFileSync(join(dir, 'afile'), '')
  const data = vigie(['ingest', '--data', join(dir, 'afile'), '--input', input])
  assert.equal(data.status, 2)
  assertOneLine(data.stderr, /the data folder .*afile is a file, not a folder/)
})

test('a worker without the bus or the PostgreSQL store exits 2 in one line saying what it needs', () => {
  const dir = tmp()
  const alone = vigie(['worker', '--role', 'analyze', '--data', join(dir, 'data')])
  assert.equal(alone.status, 2)
  assertOneLine(
    alone.stderr,
    /needs a NATS JetStream bus \(VIGIE_BUS_URL=.*\) and the shared PostgreSQL store/,
  )
  const sqlite = vigie(['worker', '--role', 'analyze', '--data', join(dir, 'data')], {
    env: { VIGIE_BUS_URL: 'nats://127.0.0.1:1' },
  })
  assert.equal(sqlite.status, 2)
  assertOneLine(sqlite.stderr, /^vigie: vigie worker needs the shared PostgreSQL store/)
  const role = vigie(['worker', '--role', 'replay'])
  assert.equal(role.status, 2)
  assert.match(role.stderr, /Allowed choices are listen, analyze, detect, notify/)
  assert.equal(existsSync(join(dir, 'data')), false)
})

test('with a bus, ingest --detect exits 2: detection runs in the analyze worker', () => {
  const dir = tmp()
  writeFileSync(join(dir, 'in.jsonl'), MENTION)
  const r = vigie(['ingest', '--input', join(dir, 'in.jsonl'), '--data', join(dir, 'data'), '--detect'], {
    env: { VIGIE_BUS_URL: 'nats://127.0.0.1:1' },
  })
  assert.equal(r.status, 2)
  assertOneLine(r.stderr, /--detect: with a bus .*vigie worker --role analyze --detect/)
  assert.equal(existsSync(join(dir, 'data')), false)
})

test('ingest --bus-wait takes seconds, 0 or more, and only with a bus: exit 2 otherwise, before a data folder is made', () => {
  const dir = tmp()
  writeFileSync(join(dir, 'in.jsonl'), MENTION)
  const ingest = (wait: string, env: Record<string, string> = {}) =>
    vigie(['ingest', '--input', join(dir, 'in.jsonl'), '--data', join(dir, 'data'), '--bus-wait', wait], {
      env,
    })
  for (const wait of ['-1', 'soon', '']) {
    const r = ingest(wait, { VIGIE_BUS_URL: 'nats://127.0.0.1:1' })
    assert.equal(r.status, 2, wait)
    assert.match(r.stderr, /--bus-wait.*expected a number of seconds, 0 or more/)
  }
  const noBus = ingest('60')
  assert.equal(noBus.status, 2)
  assertOneLine(noBus.stderr, /--bus-wait: only with a bus \(VIGIE_BUS_URL\)/)
  assert.equal(existsSync(join(dir, 'data')), false)
})

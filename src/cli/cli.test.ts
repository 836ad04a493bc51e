import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
import { fileURLToPath } from 'node:url'

const bin = fileURLToPath(new URL('../../bin/vigie.js', import.meta.url))
const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url))
const vigie = (...args: string[]) =>
  spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    env: { ...process.env, VIGIE_LOG_LEVEL: 'warn' },
  })
const tmp = () => mkdtempSync(join(tmpdir(), 'vigie-cli-'))
const jsonLines = (path: string) =>
  readFileSync(path, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>)

test('analyze writes one line per input row, in order, with an error line for unreadable rows', () => {
  const out = join(tmp(), 'out.jsonl')
  const r = vigie('analyze', '--input', fixture('texts.jsonl'), '--output', out)
  assert.equal(r.status, 0, r.stderr)
  const rows = jsonLines(out)
  assert.equal(rows.length, 5)
  assert.equal(rows[0]!.lang, 'fr')
  assert.equal((rows[0]!.sentiment as { label: string }).label, 'negative')
  assert.ok(((rows[0]!.emotions as { anger: number }).anger ?? 0) > 0)
  assert.equal((rows[1]!.sentiment as { label: string }).label, 'positive')
  assert.match(String(rows[2]!.error), /line 3: .*"text"/)
  assert.match(String(rows[3]!.error), /line 4: invalid JSON/)
  assert.equal(rows[4]!.lang, 'en')
  assert.match(r.stderr, /line 4/)
})

test('a bad brand query is refused with its position and exit code 2', () => {
  const dir = tmp()
  const r = vigie(
    'replay',
    '--input',
    fixture('texts.jsonl'),
    '--brand',
    'X',
    '--query',
    '"unclosed phrase',
    '--alerts',
    join(dir, 'a.jsonl'),
  )
  assert.equal(r.status, 2)
  assert.match(r.stderr, /column \d+/)
})

test('ingest reports bad rows with their line number and stores the rest once', () => {
  const data = tmp()
  const first = vigie('ingest', '--data', data, '--input', fixture('../../runtime/fixtures/import.jsonl'))
  assert.equal(first.status, 0, first.stderr)
  assert.match(first.stderr, /read 6 rows: 0 stored/)
  assert.match(first.stderr, /1 × invalid JSON \(line 3\)\n.*e\.g\. line 3: invalid JSON/)
  assert.match(first.stderr, /no brand query/)
})

test('ingest with a brand query stores the matching mentions, analysed, and a second run stores nothing', () => {
  const data = tmp()
  const input = fixture('../../runtime/fixtures/import.jsonl')
  const args = [
    'ingest',
    '--data',
    data,
    '--input',
    input,
    '--brand',
    'Télécomète',
    '--query',
    'telecomete',
    '--owned',
    '@telecomete_aide',
  ]
  const first = vigie(...args)
  assert.equal(first.status, 0, first.stderr)
  assert.match(first.stderr, /read 6 rows: 2 stored, 0 already stored, 2 rejected/)
  const second = vigie(...args, '--from-start')
  assert.match(second.stderr, /0 stored, 2 already stored/)
})

test('every command the CLI knows has a row in the README command table', () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8')
  const help = vigie('--help').stdout
  const commands = [...help.split('Commands:')[1]!.matchAll(/^ {2}([a-z-]+)/gm)]
    .map((m) => m[1]!)
    .filter((c) => c !== 'help')
  assert.ok(commands.includes('worker'), help)
  for (const command of commands)
    assert.match(readme, new RegExp(`^\\| \`vigie ${command}\\b`, 'm'), `no README row for ${command}`)
})

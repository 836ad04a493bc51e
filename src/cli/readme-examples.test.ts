import assert from 'node:assert/strict'
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'node:test'
import { fileURLToPath } from 'node:url'
import { tmp, vigie } from '../test/run-vigie.ts'
import { shellCommands, splitAtSection } from '../test/shell-commands.ts'

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url))
const readme = readFileSync(here('../../README.md'), 'utf8')

/** Documented commands that are not the CLI: run by CI itself (`npm test`) or a server that does not end. */
const NOT_THE_CLI = new Set(['npm install && npm start', 'npm test'])

/** The files the examples read, in a fresh folder, under the names the README gives them. */
const exampleFolder = () => {
  const dir = tmp()
  cpSync(here('./fixtures/readme/tweets.csv'), join(dir, 'tweets.csv'))
  const statuses = JSON.parse(readFileSync(here('../sources/mastodon/fixtures/home-timeline.json'), 'utf8'))
  writeFileSync(join(dir, 'timeline.json'), JSON.stringify((statuses as unknown[]).slice(0, 3), null, 2))
  cpSync(here('../benchmark/fixtures/nab-data'), join(dir, 'NAB', 'data'), { recursive: true })
  mkdirSync(join(dir, 'NAB', 'labels'))
  cpSync(here('./fixtures/readme/nab-labels.json'), join(dir, 'NAB', 'labels', 'combined_windows.json'))
  return dir
}

const jsonLines = (path: string) =>
  readFileSync(path, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>)

test('every command of the README runs, in order, on small files, and does what the README says', () => {
  // the distributed mode's commands need PostgreSQL and NATS: readme-distributed.test.ts runs them;
  // migrate.test.ts runs `vigie migrate` on PostgreSQL
  const commands = shellCommands(
    splitAtSection(splitAtSection(readme, 'Distributed mode').rest, 'Moving to PostgreSQL').rest,
  )
  const cli = commands.filter((c) => c.words[0] === 'npx' && c.words[1] === 'vigie')
  for (const c of commands.filter((c) => !cli.includes(c)))
    assert.ok(NOT_THE_CLI.has(c.text), `a README command this test does not run: ${c.text}`)
  assert.ok(cli.length >= 8, 'the examples block was found')
  const dir = exampleFolder()
  const outputs = new Map<string, { stdout: string; stderr: string }>()
  for (const { text, words } of cli) {
    const r = vigie(words.slice(2), { cwd: dir })
    assert.equal(r.status, 0, `${text}\n${r.stderr}`)
    outputs.set(text, r)
  }
  const run = (start: string) =>
    [...outputs].find(([text]) => text.startsWith(start))?.[1] ?? { stdout: '', stderr: '' }

  // accounts: ids and the token alone on stdout, so scripts can capture them
  assert.equal(run('npx vigie workspaces create').stdout, 'acme-corp\n')
  assert.match(run('npx vigie users create').stdout, /^u_[\w-]+\n$/)
  assert.match(run('npx vigie tokens create').stdout, /^vgt_[\w-]{43}\n$/)
  assert.equal(run('npx vigie sources add --workspace acme-corp --kind reddit').stdout, 'r-france\n')
  assert.match(
    run('npx vigie sources add --workspace acme-corp --kind webhook').stdout,
    /^zapier\n[\w-]{43}\n$/,
  )
  assert.match(
    run('npx vigie sources list').stdout,
    /^acme-corp\tr-france\treddit\t-\tevery 600s\ton\tnever read/m,
  )
  // owned accounts: the list after each change; a source removed; a credential kept as a reference
  assert.equal(
    run('npx vigie workspaces owned --workspace acme-corp --add').stdout,
    'bluesky:acme.bsky.social\nmastodon:acme@mastodon.social\n',
  )
  assert.equal(
    run('npx vigie workspaces owned --workspace acme-corp --remove').stdout,
    'mastodon:acme@mastodon.social\n',
  )
  assert.equal(run('npx vigie sources add --workspace acme-corp --kind mastodon').stdout, 'fediverse\n')
  const after = vigie(['sources', 'list', '--workspace', 'acme-corp'], { cwd: dir }).stdout
  assert.deepEqual(
    after
      .split('\n')
      .filter(Boolean)
      .map((line) => line.split('\t')[1]),
    ['fediverse', 'r-france'],
  )

  // replay: explained alerts, the first one at alert level within the hour after the simulated crisis began
  const truth = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8')) as {
    events: { kind: string; onset: string }[]
  }
  const onset = new Date(truth.events.find((e) => e.kind === 'crisis')?.onset ?? 0).getTime()
  const first = jsonLines(join(dir, 'alerts.jsonl')).find((a) => a.severity !== 'watch')
  assert.ok(first, 'an alert at level alert or crisis')
  const at = new Date(String(first.at)).getTime()
  assert.ok(
    at >= onset && at - onset < 60 * 60_000,
    `alert at ${first.at}, onset ${new Date(onset).toISOString()}`,
  )
  assert.equal(typeof first.explanation, 'string')
  assert.ok(Array.isArray(first.mentions) && first.mentions.length > 0)
  // analyze: one line per row of the input, in order
  assert.equal(jsonLines(join(dir, 'analysis.jsonl')).length, jsonLines(join(dir, 'demo.jsonl')).length)
  // ingest: the CSV and the Mastodon timeline are stored in ./data without rejections
  assert.match(
    run('npx vigie ingest --input tweets.csv').stderr,
    /read 5 rows: [1-5] stored, 0 already stored, 0 rejected/,
  )
  assert.match(
    run('npx vigie ingest --input timeline.json').stderr,
    /read 3 rows: [1-3] stored, 0 already stored, 0 rejected/,
  )
  assert.ok(existsSync(join(dir, 'data', 'vigie.db')))
  assert.match(run('npx vigie backtest').stdout, /recall over crises: 1\/1/)
  assert.ok(existsSync(join(dir, 'results', 'vigie', 'realTweets', 'Twitter_volume_AAPL.csv')))
  assert.match(run('npx vigie nab score').stdout, /profile standard: NAB score/)
})

import assert from 'node:assert/strict'
import { cpSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'node:test'
import { fileURLToPath } from 'node:url'
import { distributedSetup, waitFor } from '../test/distributed-setup.ts'
import { startVigie, tmp, vigie } from '../test/run-vigie.ts'
import { shellCommands, splitAtSection } from '../test/shell-commands.ts'

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url))
const readme = readFileSync(here('../../README.md'), 'utf8')

const folderWithTweets = () => {
  const dir = tmp()
  cpSync(here('./fixtures/readme/tweets.csv'), join(dir, 'tweets.csv'))
  return dir
}

test('the distributed mode block of the README runs on PostgreSQL and NATS and stores what an embedded import stores', async (t) => {
  const setup = await distributedSetup(t, 'readme')
  if (!setup) return
  const commands = shellCommands(splitAtSection(readme, 'Distributed mode').section)
  const dir = folderWithTweets()
  const workers: ReturnType<typeof startVigie>[] = []
  t.after(() => {
    for (const w of workers) w.child.kill('SIGKILL')
  })
  let published = ''
  let ingestWords: string[] = []
  for (const { text, words } of commands) {
    if (words[0] === 'export') {
      // the README's addresses stand for this machine's services (and this test's schema and prefix)
      const names = words.slice(1).map((w) => w.split('=')[0])
      assert.deepEqual(names.sort(), ['VIGIE_BUS_URL', 'VIGIE_DATABASE_URL', 'VIGIE_STORE'])
      assert.ok(words.includes('VIGIE_STORE=postgres'))
      continue
    }
    assert.deepEqual(words.slice(0, 2), ['npx', 'vigie'], `a README command this test does not run: ${text}`)
    if (words[2] === 'worker') {
      const worker = startVigie(words.slice(2), { env: setup.env })
      workers.push(worker)
      await waitFor(`${text} ready`, async () => {
        assert.equal(worker.child.exitCode, null, worker.output())
        return worker.output().includes('ready')
      })
      continue
    }
    const r = vigie(words.slice(2), { cwd: dir, env: setup.env })
    assert.equal(r.status, 0, `${text}\n${r.stderr}`)
    // nothing failed here: no dead letter to list or replay
    if (words[2] === 'bus')
      assert.match(r.stderr, /^0 dead letters (on the bus|of workspace default published again)/)
    if (words[2] === 'ingest') {
      published = r.stdout
      ingestWords = words
    }
  }
  assert.deepEqual(
    workers.map((w) => /vigie worker: (\w+) ready/.exec(w.output())?.[1]),
    ['listen', 'analyze', 'analyze', 'detect', 'notify'],
  )
  assert.equal(published, 'published 5 mentions to the bus in 1 batch\n')
  await waitFor('the batch analysed and acknowledged', async () => {
    const backlog = await setup.analyzeBacklog()
    return backlog.pending === 0 && backlog.unacknowledged === 0
  })
  for (const w of workers) w.child.kill('SIGTERM')
  assert.deepEqual(
    (await Promise.all(workers.map((w) => w.exited))).map((e) => e.code),
    [0, 0, 0, 0, 0],
  )

  // the same command without the bus: one process, its own data folder
  const embedded = vigie(ingestWords.slice(2), { cwd: folderWithTweets() })
  assert.equal(embedded.status, 0, embedded.stderr)
  const storedAlone = Number(/read 5 rows: (\d+) stored/.exec(embedded.stderr)?.[1])
  assert.ok(storedAlone > 0, embedded.stderr)
  const { ids } = await setup.stored('default')
  assert.equal(ids.length, storedAlone)
})

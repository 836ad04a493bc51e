import assert from 'node:assert/strict'
import { test } from 'node:test'
import { acmeWorkspace, freePort } from '../test/bus-workspace.ts'
import { distributedSetup, waitFor } from '../test/distributed-setup.ts'
import { rawBatches } from '../test/raw-batches.ts'

type RawItem = { mention: { id: string } } | { rejected: { line?: number } }

/** Every item the test's raw stream holds, in order: a mention's id, or `rejected:<line>`. */
const rawItems = async (setup: { env: Record<string, string>; prefix: string }) =>
  (await rawBatches<RawItem>(setup)).flatMap((batch) =>
    batch.items.map((item) => ('mention' in item ? item.mention.id : `rejected:${item.rejected.line}`)),
  )

test('vigie serve with a bus publishes an uploaded file for the analyze workers: each row once on raw.<workspace>, a bad row reported with its reason, stored once by the worker', async (t) => {
  const setup = await distributedSetup(t, 'serveimport')
  if (!setup) return
  const { token, start } = acmeWorkspace(t, setup.env)
  const port = await freePort()
  const serve = await start(['serve', '--port', String(port)], 'Vigie is running')

  const at = (minutesAgo: number) => new Date(Date.now() - minutesAgo * 60_000).toISOString()
  const file = [
    JSON.stringify({ id: 'p1', source: 'forum', createdAt: at(3), text: 'Acmecom en panne depuis ce matin' }),
    '{"id": "p2", "text": "coupé en',
    JSON.stringify({ id: 'p3', source: 'forum', createdAt: at(2), text: 'Toujours rien chez Acmecom' }),
    JSON.stringify({ id: 'p4', source: 'forum', createdAt: at(1), text: 'Acmecom répond enfin' }),
  ].join('\n')
  const upload = async () => {
    const res = await fetch(
      `http://127.0.0.1:${port}/api/v1/workspaces/acme/imports?name=posts.jsonl&wait=true`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/octet-stream', authorization: `Bearer ${token}` },
        body: file,
      },
    )
    assert.equal(res.status, 200, await res.clone().text())
    return (await res.json()) as Record<string, unknown> & { rejected: { reason: string; lines: number[] }[] }
  }
  const job = await upload()
  assert.deepEqual(
    { ...job, rejected: job.rejected.map((r) => [r.reason, r.lines]) },
    {
      ...job,
      mode: 'published',
      status: 'done',
      read: 4,
      published: 3,
      rejectedCount: 1,
      rejected: [['invalid JSON', [2]]],
      error: null,
    },
  )
  assert.equal(job.bytesRead, Buffer.byteLength(file))
  assert.ok(!('stored' in job) && !('alerts' in job), 'storing and alerting are the workers’ to count')
  assert.deepEqual(await rawItems(setup), ['forum:p1', 'rejected:2', 'forum:p3', 'forum:p4'], 'each row once')
  assert.equal((await setup.stored('acme')).ids.length, 0, 'nothing analysed nor stored by vigie serve')

  const analyze = await start(['worker', '--role', 'analyze'], 'analyze ready')
  await setup.allStored('acme', 3)
  assert.deepEqual((await setup.stored('acme')).ids.sort(), ['forum:p1', 'forum:p3', 'forum:p4'])
  assert.equal(await setup.deadLetters(), '1', 'the bad row kept as a dead letter by the worker')

  // the same file again: published again whole (an upload is read from its start), stored once all the same
  assert.equal((await upload()).published, 3)
  await waitFor('the second upload acknowledged', async () => {
    const backlog = await setup.analyzeBacklog()
    return backlog.pending === 0 && backlog.unacknowledged === 0
  })
  const { ids, counted } = await setup.stored('acme')
  assert.deepEqual(ids.sort(), ['forum:p1', 'forum:p3', 'forum:p4'])
  assert.equal(counted, 3, 'the hourly counts grew with each mention once')
  for (const p of [analyze, serve]) {
    p.child.kill('SIGTERM')
    await p.exited
  }
})

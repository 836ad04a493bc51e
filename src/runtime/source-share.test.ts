import assert from 'node:assert/strict'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { test } from 'node:test'
import type { Bus, Lease } from '../bus/index.ts'
import { createMemoryRuntime } from '../test/memory-runtime.ts'
import { addSource, startSources } from './index.ts'
import { createLogger } from './logger.ts'
import { createSourceShare, planShare, sourceLeaseKey } from './source-share.ts'

const log = createLogger('silent')
const SOURCES = ['acme/news-1', 'acme/news-2', 'acme/news-3', 'beta.co/feed', 'beta.co/toots']

/**
 * The bus's leases as several listeners see them, where a lease can also be lost (its holder missed its
 * renewals: `expire`), which the in-process bus never does.
 */
const fakeLeases = () => {
  const held = new Map<string, AbortController>()
  const bus = {
    async lease(key: string): Promise<Lease | undefined> {
      if (held.has(key)) return undefined
      const lost = new AbortController()
      held.set(key, lost)
      return {
        key,
        lost: lost.signal,
        release: async () => {
          if (held.get(key) === lost) held.delete(key)
        },
      }
    },
    async leased(prefix: string) {
      return [...held.keys()].filter((k) => k.startsWith(`${prefix}.`)).sort()
    },
  } as unknown as Bus
  const expire = (key: string) => {
    held.get(key)?.abort()
    held.delete(key)
  }
  return { bus, held: () => [...held.keys()], expire }
}

test('a listener takes its share of the sources, rounded up, and lets go what is over it or no longer wanted', () => {
  assert.deepEqual(planShare({ wanted: SOURCES, held: [], taken: [], workers: 1 }), {
    share: 5,
    release: [],
    candidates: SOURCES,
  })
  // a second listener came: the first lets its last two go, and tries nothing
  assert.deepEqual(planShare({ wanted: SOURCES, held: SOURCES, taken: SOURCES, workers: 2 }), {
    share: 3,
    release: ['beta.co/feed', 'beta.co/toots'],
    candidates: [],
  })
  // the second tries only the free ones
  assert.deepEqual(
    planShare({ wanted: SOURCES, held: [], taken: SOURCES.slice(0, 3), workers: 2 }).candidates,
    ['beta.co/feed', 'beta.co/toots'],
  )
  // a source removed is let go whatever the share
  assert.deepEqual(
    planShare({ wanted: SOURCES.slice(1), held: ['acme/news-1', 'acme/news-2'], taken: [], workers: 2 })
      .release,
    ['acme/news-1'],
  )
  assert.equal(planShare({ wanted: [], held: [], taken: [], workers: 0 }).share, 0)
})

test('two listeners share the sources, each read by one, and the survivor takes all of them back', async () => {
  const leases = fakeLeases()
  const running = { a: new Set<string>(), b: new Set<string>() }
  // a run is stopped while its lease is still held: its cursor is saved before another may read the source
  const stopRun = (who: 'a' | 'b') => async (runKey: string) => {
    assert.ok(leases.held().includes(sourceLeaseKey(runKey)), `${runKey} stopped after its lease went`)
    running[who].delete(runKey)
  }
  const balance = async (who: 'a' | 'b', share: Awaited<ReturnType<typeof createSourceShare>>) => {
    const held = await share.balance(SOURCES, stopRun(who))
    for (const k of held) running[who].add(k)
    return held
  }
  const a = await createSourceShare(leases.bus, log)
  assert.equal((await balance('a', a)).size, 5, 'alone, it reads every source')

  const workers = () => leases.held().filter((k) => k.startsWith('listen.worker.'))
  const aWorker = workers()
  const b = await createSourceShare(leases.bus, log)
  const bWorker = workers().filter((k) => !aWorker.includes(k))
  assert.equal(bWorker.length, 1, 'each listener announces itself')
  assert.equal((await balance('b', b)).size, 0, 'none free yet: the first still holds them all')
  assert.equal((await balance('a', a)).size, 3, 'the first lets its extra ones go')
  assert.equal((await balance('b', b)).size, 2, 'the second takes them')
  assert.deepEqual([...running.a, ...running.b].sort(), [...SOURCES].sort())
  assert.equal([...running.a].filter((k) => running.b.has(k)).length, 0, 'no source read by both')
  // balancing again changes nothing
  assert.deepEqual([...(await balance('a', a))].sort(), [...running.a].sort())
  assert.deepEqual([...(await balance('b', b))].sort(), [...running.b].sort())

  // the second dies: its leases age out (its worker's too), and the first takes its sources back
  const lost: string[] = []
  b.onLost((k) => lost.push(k))
  for (const key of [...bWorker, ...b.held().map(sourceLeaseKey)]) leases.expire(key)
  assert.deepEqual(lost.sort(), [...running.b].sort(), 'the dead one is told its sources are lost')
  assert.deepEqual(b.held(), [])
  assert.equal((await balance('a', a)).size, 5)
  // stalled past the lease time, A lost its announcement too: it announces itself again at its next balance
  leases.expire(aWorker[0]!)
  assert.equal((await balance('a', a)).size, 5)
  assert.equal(workers().length, 1)
  assert.notEqual(workers()[0], aWorker[0])
  await a.stop()
  assert.deepEqual(leases.held(), [], 'a listener stopped lets every lease go')
})

test('runners given a share each run only the sources they hold, and a survivor runs them all', async () => {
  const server = createServer((_req, res) =>
    res
      .writeHead(200, { 'content-type': 'application/json' })
      .end(JSON.stringify({ kind: 'Listing', data: { after: null, children: [] } })),
  )
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const rt = await createMemoryRuntime({ 'network.allowHosts': ['127.0.0.1'] })
  try {
    await rt.store.upsertWorkspace({ id: 'acme', name: 'Acme', createdAt: new Date(0) })
    for (const id of ['r1', 'r2', 'r3'])
      await addSource(rt, 'acme', { id, kind: 'reddit', url: base, options: { subreddits: [id] } })
    // two listeners on one bus: each runner reads once, then waits until stopped
    const listener = async () => {
      const share = await createSourceShare(rt.bus, log)
      const runner = startSources(rt, {
        policy: { allowHosts: ['127.0.0.1'] },
        publish: true,
        share,
        wait: (_ms, signal) => new Promise((resolve) => signal.addEventListener('abort', () => resolve())),
      })
      return { share, runner, ids: () => runner.running().map((s) => s.id) }
    }
    const a = await listener()
    const b = await listener()
    await a.runner.reload()
    await b.runner.reload()
    assert.deepEqual(a.ids(), ['r1', 'r2'], 'its share: 3 sources ÷ 2 listeners, rounded up')
    assert.deepEqual(b.ids(), ['r3'])
    await b.runner.stop()
    await b.share.stop()
    await a.runner.reload()
    assert.deepEqual(a.ids(), ['r1', 'r2', 'r3'])
    await a.runner.stop()
    await a.share.stop()
    assert.deepEqual(await rt.bus.leased('listen'), [])
  } finally {
    await rt.close()
    server.close()
  }
})

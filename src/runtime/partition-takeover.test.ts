import assert from 'node:assert/strict'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
import { loadConfig } from '../config/index.ts'
import type { AnalyzedMention } from '../core/index.ts'
import { createFileConnector } from '../sources/index.ts'
import { BURST_BRANDS, writeBurstMentions } from '../test/write-burst-mentions.ts'
import { AnalysedNotice, DETECT_PARTITIONS, publishAnalysed } from './detect-partitions.ts'
import { ingest } from './ingest.ts'
import { createPartitionDetection } from './partition-detection.ts'
import { createRuntime, type Runtime } from './runtime.ts'

const newRuntime = async () => {
  const rt = await createRuntime(
    loadConfig({
      env: {},
      overrides: { 'store.dataDir': ':memory:', 'log.level': 'silent', 'analysis.workers': 0 },
    }),
  )
  await rt.store.upsertWorkspace({ id: 'ws', name: 'ws', createdAt: new Date(0) })
  for (const brand of BURST_BRANDS)
    await rt.store.upsertQuery({ id: brand, workspaceId: 'ws', brand, query: brand, owned: [] })
  return rt
}

const describeAlerts = async (rt: Runtime) =>
  (await rt.store.listAlerts({ workspaceId: 'ws', limit: 1000 }))
    .map((a) => `${a.queryId} ${a.kind} ${a.severity} ${a.at.toISOString()}`)
    .sort()

/**
 * The burst mentions analysed by one process with detection on (`ingest --detect`): the alerts it raised
 * (the reference) and its stored batches, in order, as an analyze worker would hand them on.
 */
const reference = async () => {
  const path = join(mkdtempSync(join(tmpdir(), 'vigie-takeover-')), 'mentions.jsonl')
  writeBurstMentions(path)
  const rt = await newRuntime()
  try {
    const batches: AnalyzedMention[][] = []
    await ingest({
      rt,
      workspaceId: 'ws',
      connector: createFileConnector({ path }),
      sourceKey: 'file:mentions.jsonl',
      detect: true,
      batchSize: 250,
      onStored: async (mentions) => void batches.push([...mentions]),
    })
    return { alerts: await describeAlerts(rt), batches }
  } finally {
    await rt.close()
  }
}

/** Each batch's notices to every partition, as `publishAnalysed` makes them (in process: taken as published). */
const noticesOf = async (rt: Runtime, batches: readonly AnalyzedMention[][]) => {
  const notices: AnalysedNotice[][] = batches.map(() => [])
  const taken = await rt.bus.subscribe('mentions.>', (payload) => {
    const notice = AnalysedNotice.parse(payload)
    notices[notice.order!.n]!.push(notice)
  })
  for (const [n, batch] of batches.entries()) await publishAnalysed(rt, 'ws', batch, { run: 'run1', n })
  await taken.stop()
  return notices
}

/**
 * The distributed mode on one store: batches are stored (as the analyze workers would) in `storeOrder`, and
 * each partition is detected by a first runner handed the batches `first` (in that order), then by a second
 * one, as if the first stopped and the second took its partitions over, handed the batches `second`. A batch
 * is stored before its notice is handed to anyone. Returns the alerts stored.
 */
const distributed = async (
  batches: readonly AnalyzedMention[][],
  handOut: { first: number[]; second: number[]; storeOrder: number[] },
) => {
  const rt = await newRuntime()
  try {
    const notices = await noticesOf(rt, batches)
    const stored = new Set<number>()
    const storeUpTo = async (n: number) => {
      for (const s of handOut.storeOrder) {
        if (stored.has(n)) return
        if (stored.has(s)) continue
        await rt.store.saveNewMentions(batches[s]!)
        stored.add(s)
      }
    }
    for (const schedule of [handOut.first, handOut.second]) {
      const runners = Array.from({ length: DETECT_PARTITIONS }, (_, p) => createPartitionDetection(rt, p))
      for (const n of schedule) {
        await storeUpTo(n)
        for (const notice of notices[n]!) await runners[notice.partition]!.handle(notice)
      }
    }
    return await describeAlerts(rt)
  } finally {
    await rt.close()
  }
}

/**
 * Like `distributed`, with both runners alive at once: each step hands batch `n` to the `first` or the
 * `second` runner (created when first handed a batch), every batch stored before its notice is handed out.
 */
const overlapping = async (
  batches: readonly AnalyzedMention[][],
  steps: { to: 'first' | 'second'; n: number }[],
  /** then the second runner's clock ticks once (at a time long after the stream: only held batches move) */
  tickAfter = false,
) => {
  const rt = await newRuntime()
  try {
    const notices = await noticesOf(rt, batches)
    for (const batch of batches) await rt.store.saveNewMentions(batch)
    const runners = new Map<string, ReturnType<typeof createPartitionDetection>[]>()
    for (const { to, n } of steps) {
      if (!runners.has(to))
        runners.set(
          to,
          Array.from({ length: DETECT_PARTITIONS }, (_, p) => createPartitionDetection(rt, p)),
        )
      for (const notice of notices[n]!) await runners.get(to)![notice.partition]!.handle(notice)
    }
    if (tickAfter) for (const runner of runners.get('second') ?? []) await runner.tick(new Date())
    return await describeAlerts(rt)
  } finally {
    await rt.close()
  }
}

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i)
/** the first batch whose mentions reach `at` */
const batchAt = (batches: readonly AnalyzedMention[][], at: number) =>
  batches.findIndex((b) => b.at(-1)!.createdAt.getTime() >= at)

test('detect runners taking each other’s partitions over raise the alerts one process raises on the same stream', async () => {
  const { alerts, batches } = await reference()
  assert.ok(alerts.length >= BURST_BRANDS.length, alerts.join('\n'))
  const all = range(0, batches.length)
  // one runner alone, every batch in order: the alerts of one process
  assert.deepEqual(await distributed(batches, { first: all, second: [], storeOrder: all }), alerts)

  // the stop lands in the bursts: the first runner took batch h + 1 before batch h (two analyze workers
  // finish out of order) and stopped waiting for h; the second is handed the batches not yet handed out
  // first and h last (given back once the wait for the first runner's acknowledgement ran out); h is stored
  // after the batches that follow it (its analyze worker stopped too)
  for (const brand of [1, 3]) {
    const h = batchAt(batches, Date.UTC(2026, 0, 6, 12 + brand, 2))
    const order = [...range(0, h), h + 1, h + 2, h + 3, h, ...range(h + 4, batches.length)]
    const raised = await distributed(batches, {
      first: [...range(0, h), h + 1],
      second: [h + 2, h + 3, h, ...range(h + 4, batches.length)],
      storeOrder: order,
    })
    assert.deepEqual(raised, alerts, `stopped at batch ${h} of ${batches.length}`)
  }

  // the stop lands on a bucket boundary: the first runner handled every mention before the end of the bucket
  // that raises bravonet's first alert; it never closed that bucket, the second runner must
  const first = alerts.find((a) => a.startsWith(`${BURST_BRANDS[1]} `))
  assert.ok(first, alerts.join('\n'))
  const boundary = Date.parse(first.split(' ').at(-1)!)
  const all2 = batches.flat()
  const split = all2.findIndex((m) => m.createdAt.getTime() >= boundary)
  const cutAtBoundary = [...chunks(all2.slice(0, split)), ...chunks(all2.slice(split))]
  const edge = chunks(all2.slice(0, split)).length
  const raised = await distributed(cutAtBoundary, {
    first: range(0, edge),
    second: range(edge, cutAtBoundary.length),
    storeOrder: range(0, cutAtBoundary.length),
  })
  assert.deepEqual(raised, alerts, `stopped before ${new Date(boundary).toISOString()}, a bucket's end`)
})

const chunks = (mentions: readonly AnalyzedMention[], size = 250) =>
  Array.from({ length: Math.ceil(mentions.length / size) }, (_, i) =>
    mentions.slice(i * size, (i + 1) * size),
  )

test('a runner taking a partition over while the previous holder finishes the notice it had in hand raises the alerts one process raises', async () => {
  const { alerts, batches } = await reference()
  // the previous holder lost its lease while handling batch h (a long pause); the new holder read the
  // checkpoint (next: h) and was handed h + 1, held back waiting for h; then the previous holder finished h
  // and saved its checkpoint: the new holder must not wait for h forever
  for (const brand of [1, 4]) {
    const h = batchAt(batches, Date.UTC(2026, 0, 6, 12 + brand, 2))
    const steps = [
      ...range(0, h).map((n) => ({ to: 'first' as const, n })),
      { to: 'second' as const, n: h + 1 },
      { to: 'first' as const, n: h },
      ...range(h + 2, batches.length).map((n) => ({ to: 'second' as const, n })),
    ]
    assert.deepEqual(await overlapping(batches, steps), alerts, `overlap at batch ${h} of ${batches.length}`)
  }
  // the previous holder finishes h after the new holder was handed every later batch: no notice comes
  // after, the new holder's clock finds the checkpoint moved on
  const h = batchAt(batches, Date.UTC(2026, 0, 6, 12 + 2, 2))
  const steps = [
    ...range(0, h).map((n) => ({ to: 'first' as const, n })),
    ...range(h + 1, batches.length).map((n) => ({ to: 'second' as const, n })),
    { to: 'first' as const, n: h },
  ]
  assert.deepEqual(await overlapping(batches, steps, true), alerts, `overlap at batch ${h}, the last one`)
  assert.notDeepEqual(await overlapping(batches, steps), alerts, 'without the tick, the batches stay held')
})

test('a runner whose partition was taken by another writes nothing more: its notice goes back to the bus', async () => {
  const { batches } = await reference()
  const rt = await newRuntime()
  try {
    const notices = await noticesOf(rt, batches)
    for (const batch of batches) await rt.store.saveNewMentions(batch)
    const lost = new AbortController()
    const notice = notices[0]!.find((n) => n.mentions.length > 0)!
    const runner = createPartitionDetection(rt, notice.partition, lost.signal)
    await runner.handle(notice)
    const saved = await rt.store.getCursor('ws', `detect-partition:${notice.partition}`)
    assert.ok(saved, 'the holder saves where it stands')
    lost.abort()
    const next = notices[1]!.find((n) => n.partition === notice.partition)!
    await assert.rejects(runner.handle(next), /held by another worker/)
    assert.equal(await rt.store.getCursor('ws', `detect-partition:${notice.partition}`), saved)
  } finally {
    await rt.close()
  }
})

test('a detect runner’s clock closes a live stream’s bucket with no later mention, and leaves an import of the past alone', async () => {
  const { alerts, batches } = await reference()
  const first = alerts.find((a) => a.startsWith(`${BURST_BRANDS[0]} `))
  assert.ok(first, alerts.join('\n'))
  // the stream stops three minutes into alphacom's burst: nothing comes to close that bucket
  const burstAt = Date.UTC(2026, 0, 6, 12)
  const until = burstAt + 3 * 60_000
  const mentions = batches.flat().filter((m) => m.createdAt.getTime() < until)
  const raisedAt = async (now: number | undefined) => {
    const rt = await newRuntime()
    try {
      const notices = await noticesOf(rt, [mentions])
      await rt.store.saveNewMentions(mentions)
      const runners = Array.from({ length: DETECT_PARTITIONS }, (_, p) => createPartitionDetection(rt, p))
      for (const notice of notices[0]!) await runners[notice.partition]!.handle(notice)
      const before = await describeAlerts(rt)
      const ticked = []
      if (now !== undefined) for (const runner of runners) ticked.push(...(await runner.tick(new Date(now))))
      return { before, after: await describeAlerts(rt), ticked: ticked.length }
    } finally {
      await rt.close()
    }
  }
  // live: the clock is ten minutes past the last mention
  const live = await raisedAt(until + 10 * 60_000)
  assert.ok(!live.before.some((a) => a.startsWith('alphacom ')), live.before.join('\n'))
  const raised = live.after.filter((a) => a.startsWith('alphacom '))
  assert.ok(raised.length > 0 && live.ticked === raised.length, live.after.join('\n'))
  assert.match(raised[0]!, / (crisis|warning) 2026-01-06T12:0/)
  // the same mentions read a day later (an import): the clock leaves their event time alone
  const past = await raisedAt(until + 86_400_000)
  assert.deepEqual(past.after, past.before)
  assert.equal(past.ticked, 0)
})

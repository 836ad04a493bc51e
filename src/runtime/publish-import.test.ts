import assert from 'node:assert/strict'
import { existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'node:test'
import { setTimeout as sleep } from 'node:timers/promises'
import { AppError, type ImportJob } from '../core/index.ts'
import { createMemoryRuntime } from '../test/memory-runtime.ts'
import { tmp } from '../test/run-vigie.ts'
import { createImportJobs, type Runtime, startAnalyzeWorker } from './index.ts'
import type { RawBatch } from './raw-batch.ts'

/**
 * A runtime configured with a bus (`bus.url`), its messages carried by the in-process bus: what `vigie serve`
 * does with NATS, without NATS. `published` collects what reaches `raw.>`.
 */
const withBusRuntime = async (fn: (rt: Runtime, published: RawBatch[]) => Promise<void>) => {
  const memory = await createMemoryRuntime()
  try {
    await memory.store.upsertWorkspace({ id: 'acme', name: 'Acme', createdAt: new Date(0) })
    // a query every row matches: embedded, they would all be stored
    await memory.store.upsertQuery({ id: 'q1', workspaceId: 'acme', brand: 'Acme', query: 'acme', owned: [] })
    const published: RawBatch[] = []
    await memory.bus.subscribe('raw.>', (batch) => void published.push(batch as RawBatch))
    const rt: Runtime = {
      ...memory,
      config: { ...memory.config, bus: { ...memory.config.bus, url: 'nats://bus' } },
    }
    await fn(rt, published)
  } finally {
    await memory.close()
  }
}

const row = (n: number) =>
  JSON.stringify({ id: `j${n}`, source: 'forum', createdAt: `2026-03-13T10:0${n}:00Z`, text: `Acme ${n}` })

/** A JSONL upload of three good rows and two bad ones (lines 2 and 4), as the API leaves it on disk. */
const uploadFile = () => {
  const path = join(tmp(), 'upload.bin')
  writeFileSync(
    path,
    [
      row(1),
      '{"id": "broken',
      row(2),
      JSON.stringify({ id: 'j9', createdAt: '2026-03-13T10:00:00Z' }),
      row(3),
    ].join('\n'),
  )
  return path
}

const itemsOf = (batches: RawBatch[]) =>
  batches.flatMap((b) =>
    b.items.map((item) => ('mention' in item ? item.mention.id : `rejected:${item.rejected.line}`)),
  )

test('with a bus, an uploaded file is published for the analyze workers and its job counts what was published, not stored', async () => {
  await withBusRuntime(async (rt, published) => {
    const path = uploadFile()
    const { job: started, done } = await createImportJobs().start(rt, {
      workspaceId: 'acme',
      path,
      name: 'posts.jsonl',
    })
    assert.equal(started.mode, 'published')
    const job: ImportJob = await done
    assert.equal(job.status, 'done', job.error ?? '')
    assert.equal(job.mode, 'published')
    if (job.mode !== 'published') return
    assert.deepEqual([job.read, job.published, job.rejectedCount], [5, 3, 2])
    assert.equal(job.bytesRead, job.bytes)
    assert.deepEqual(
      job.rejected.map((r) => [r.reason, r.count, r.lines]),
      [
        ['invalid JSON', 1, [2]],
        ['text: missing', 1, [4]],
      ],
    )
    assert.match(job.rejected[0]!.example, /^line 2: invalid JSON \(/)
    for (const key of ['stored', 'duplicates', 'skipped', 'alerts'])
      assert.ok(!(key in job), `${key}: the workers' to count, not the server's`)
    // each row once on raw.acme, the rejected ones too (the workers keep them as dead letters)
    assert.deepEqual(itemsOf(published), ['forum:j1', 'rejected:2', 'forum:j2', 'rejected:4', 'forum:j3'])
    assert.ok(published.every((b) => b.workspaceId === 'acme' && b.sourceKey === 'upload:posts.jsonl'))
    const stored = await rt.store.listMentions({ workspaceId: 'acme', limit: 100 })
    assert.equal(stored.items.length, 0, 'nothing analysed nor stored by the server itself')
    assert.equal(existsSync(path), false, 'the uploaded file is removed once published')
  })
})

test('with a bus, an import asking not to detect is refused: detection is the workers’', async () => {
  await withBusRuntime(async (rt, published) => {
    const path = uploadFile()
    await assert.rejects(
      createImportJobs().start(rt, { workspaceId: 'acme', path, name: 'posts.jsonl', detect: false }),
      { code: 'invalid', message: /detect=false: with a bus/ },
    )
    assert.equal(published.length, 0)
    assert.equal(existsSync(path), false)
  })
})

test('with a bus that stays unreachable, an upload fails after the outage wait, saying what was read and that importing again publishes it whole', async () => {
  await withBusRuntime(async (rt, published) => {
    const tries: string[] = []
    const down: Runtime = {
      ...rt,
      bus: {
        ...rt.bus,
        async publish(_subject, _payload, options) {
          tries.push(options?.id ?? '')
          throw new AppError('unavailable', 'could not publish to vigie.raw.acme: TIMEOUT')
        },
      },
    }
    const imports = createImportJobs({ outage: { firstDelayMs: 1, maxDelayMs: 2, limitMs: 20 } })
    const { done } = await imports.start(down, {
      workspaceId: 'acme',
      path: uploadFile(),
      name: 'posts.jsonl',
    })
    const job = await done
    assert.equal(job.status, 'failed')
    assert.match(
      job.error ?? '',
      /^could not publish batch 1: the bus was still unreachable after 0\.02 s \(could not publish to vigie\.raw\.acme: TIMEOUT\); 0 batches \(0 mentions\) were published before it and the cursor is saved after them: importing the file again publishes it whole again, and what the workers stored already is stored once$/,
    )
    assert.ok(tries.length > 1 && new Set(tries).size === 1, 'the batch tried again under one message id')
    if (job.mode !== 'published') assert.fail('a published import')
    assert.deepEqual([job.read, job.published, job.rejectedCount], [5, 0, 2], 'read, none published')
    assert.equal(job.waiting, null, 'no longer waiting: it gave up, and says so in its error')
    assert.equal(published.length, 0)
  })
})

test('with a bus unreachable for a while, the job says it waits for the bus, why, since when and until when, and no longer once its batch went through', async () => {
  await withBusRuntime(async (rt, published) => {
    let down = true
    const flaky: Runtime = {
      ...rt,
      bus: {
        ...rt.bus,
        async publish(subject, payload, options) {
          if (down) throw new AppError('unavailable', 'could not publish to vigie.raw.acme: TIMEOUT')
          return rt.bus.publish(subject, payload, options)
        },
      },
    }
    const imports = createImportJobs({ outage: { firstDelayMs: 2, maxDelayMs: 5, limitMs: 60_000 } })
    const before = Date.now()
    const { job: started, done } = await imports.start(flaky, {
      workspaceId: 'acme',
      path: uploadFile(),
      name: 'posts.jsonl',
    })
    assert.equal(started.mode === 'published' && started.waiting, null, 'it flows until a batch is refused')
    let job = await imports.get('acme', started.id)
    for (let k = 0; k < 400 && job?.mode === 'published' && job.waiting === null; k++) {
      await sleep(5)
      job = await imports.get('acme', started.id)
    }
    if (job?.mode !== 'published' || !job.waiting) return assert.fail('the job says it waits')
    const { waiting } = job
    assert.equal(job.status, 'running')
    assert.deepEqual([job.read, job.published], [5, 0], 'the rows read are said, none published yet')
    assert.deepEqual([waiting.service, waiting.batch], ['bus', 1])
    assert.equal(waiting.reason, 'could not publish to vigie.raw.acme: TIMEOUT')
    assert.ok(waiting.since.getTime() >= before && waiting.since.getTime() <= Date.now())
    assert.equal(waiting.until.getTime() - waiting.since.getTime(), 60_000)
    assert.ok(waiting.nextTryAt >= waiting.since && waiting.nextTryAt <= waiting.until)
    down = false
    const ended = await done
    if (ended.mode !== 'published') return assert.fail('a published import')
    assert.equal(ended.status, 'done', ended.error ?? '')
    assert.equal(ended.waiting, null)
    assert.deepEqual([ended.published, ended.batches], [3, 1])
    assert.equal(published.length, 1)
  })
})

test("with a bus, the job's counts include the mentions the analyze workers rejected for it, by reason, and how many batches they handled", async () => {
  await withBusRuntime(async (rt) => {
    const worker = await startAnalyzeWorker({ rt })
    const path = join(tmp(), 'upload.bin')
    const old = JSON.stringify({
      id: 'j7',
      source: 'forum',
      createdAt: '1990-03-13T10:00:00Z',
      text: 'Acme 7',
    })
    writeFileSync(path, [row(1), '{"id": "broken', old, row(2)].join('\n'))
    const imports = createImportJobs()
    const { done } = await imports.start(rt, { workspaceId: 'acme', path, name: 'posts.jsonl' })
    // the in-process bus: each batch is handled by the worker before its publish resolves
    const job = await done
    if (job.mode !== 'published') return assert.fail('a published import')
    assert.equal(job.status, 'done', job.error ?? '')
    assert.deepEqual([job.read, job.published, job.batches], [4, 3, 1])
    assert.deepEqual(job.workers, { batches: 1, rejectedCount: 1 })
    assert.equal(job.rejectedCount, 2, 'the row the server could not read, and the one the worker refused')
    assert.deepEqual(
      job.rejected.map((r) => [r.reason, r.count, r.lines]),
      [
        ['invalid JSON', 1, [2]],
        ['createdAt: before 2000-01-01', 1, [3]],
      ],
    )
    assert.deepEqual(await imports.list('acme'), [job], 'the list shows it the same')
    const stored = await rt.store.listMentions({ workspaceId: 'acme', limit: 100 })
    assert.deepEqual(stored.items.map((m) => m.id).sort(), ['forum:j1', 'forum:j2'])
    await worker.stop()
  })
})

test('with the store unreachable after a batch is published, the job says it waits for the store to save its cursor, then goes on', async () => {
  await withBusRuntime(async (rt, published) => {
    let down = true
    const flaky: Runtime = {
      ...rt,
      store: {
        ...rt.store,
        async setCursor(workspaceId, key, cursor) {
          if (down)
            throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })
          return rt.store.setCursor(workspaceId, key, cursor)
        },
      },
    }
    const imports = createImportJobs({ outage: { firstDelayMs: 2, maxDelayMs: 5, limitMs: 60_000 } })
    const { job: started, done } = await imports.start(flaky, {
      workspaceId: 'acme',
      path: uploadFile(),
      name: 'posts.jsonl',
    })
    let job = await imports.get('acme', started.id)
    for (let k = 0; k < 400 && job?.mode === 'published' && job.waiting === null; k++) {
      await sleep(5)
      job = await imports.get('acme', started.id)
    }
    if (job?.mode !== 'published' || !job.waiting) return assert.fail('the job says it waits')
    assert.deepEqual(
      [job.waiting.service, job.waiting.batch, job.waiting.reason],
      ['store', 1, 'connect ECONNREFUSED 127.0.0.1:5432'],
    )
    assert.equal(published.length, 1, 'the batch is on the bus already')
    down = false
    const ended = await done
    if (ended.mode !== 'published') return assert.fail('a published import')
    assert.deepEqual([ended.status, ended.waiting, ended.published], ['done', null, 3])
    assert.equal(published.length, 1, 'not published again')
  })
})

import assert from 'node:assert/strict'
import { existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'node:test'
import { AppError, type ImportJob } from '../core/index.ts'
import { createMemoryRuntime } from '../test/memory-runtime.ts'
import { tmp } from '../test/run-vigie.ts'
import { createImportJobs, type Runtime } from './index.ts'
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
    assert.equal(published.length, 0)
  })
})

import assert from 'node:assert/strict'
import { test } from 'node:test'
import { fileURLToPath } from 'node:url'
import { isUnknownAuthor, UNKNOWN_AUTHOR } from '../core/index.ts'
import { createFileConnector } from '../sources/index.ts'
import { createMemoryRuntime } from '../test/memory-runtime.ts'
import { ingest } from './index.ts'

const fixture = fileURLToPath(new URL('./fixtures/authorless.jsonl', import.meta.url))

test('mentions without author ids, or without authors, are stored and read back end to end', async () => {
  const rt = await createMemoryRuntime()
  try {
    await rt.store.upsertWorkspace({ id: 'ws', name: 'ws', createdAt: new Date(0) })
    await rt.store.upsertQuery({
      id: 't',
      workspaceId: 'ws',
      brand: 'Télécomète',
      query: 'telecomete',
      owned: [],
    })
    const summary = await ingest({
      rt,
      workspaceId: 'ws',
      connector: createFileConnector({ path: fixture }),
      sourceKey: `file:${fixture}`,
    })
    assert.equal(summary.rejectedCount, 0, JSON.stringify(summary.rejected))
    assert.equal(summary.stored, 4)
    const byId = new Map(
      (await rt.store.listMentions({ workspaceId: 'ws', limit: 10 })).items.map((m) => [m.id, m.author]),
    )
    assert.deepEqual(byId.get('forum:a1'), UNKNOWN_AUTHOR)
    assert.deepEqual(byId.get('forum:a2'), { id: 'lea', handle: 'lea' })
    assert.deepEqual(byId.get('forum:a3'), { id: '8812', handle: '8812', followers: 40 })
    const derived = [...byId.entries()].find(([id]) => /^file:[0-9a-f]{16}$/.test(id))
    assert.ok(derived && isUnknownAuthor(derived[1]), 'no id, no author: a derived id and the unknown author')
  } finally {
    await rt.close()
  }
})

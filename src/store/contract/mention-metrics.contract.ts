import assert from 'node:assert/strict'
import { test } from 'node:test'
import { buildMention } from './build-mention.ts'
import type { UseStore } from './use-store.ts'

export const mentionMetricsContract = (use: UseStore) => {
  test('engagement counted after a mention was stored adds to its metrics, in its workspace only', () =>
    use(async (store) => {
      await store.saveMentions([
        buildMention({ id: 'bluesky:a', queries: ['q'], metrics: { likes: 2, reposts: 1, replies: 0 } }),
        buildMention({ id: 'bluesky:b', queries: ['q'] }),
        buildMention({ id: 'bluesky:a', workspaceId: 'globex', queries: ['q'] }),
      ])
      const updated = await store.addMentionMetrics('acme', [
        { id: 'bluesky:a', likes: 3, reposts: 1, replies: 2 },
        { id: 'bluesky:b', likes: 1, reposts: 0, replies: 0 },
        { id: 'bluesky:never-stored', likes: 5, reposts: 0, replies: 0 },
        { id: 'bluesky:b', likes: 0, reposts: 0, replies: 0 },
      ])
      assert.deepEqual(updated, ['bluesky:a', 'bluesky:b'])
      await store.addMentionMetrics('acme', [{ id: 'bluesky:b', likes: 1, reposts: 2, replies: 0 }])
      const metricsOf = async (workspaceId: string, queryId?: string) =>
        new Map(
          (await store.listMentions({ workspaceId, ...(queryId && { queryId }), limit: 10 })).items.map(
            (m) => [m.id, m.metrics],
          ),
        )
      for (const listed of [await metricsOf('acme'), await metricsOf('acme', 'q')]) {
        assert.deepEqual(listed.get('bluesky:a'), { likes: 5, reposts: 2, replies: 2 })
        assert.deepEqual(listed.get('bluesky:b'), { likes: 2, reposts: 2, replies: 0 })
      }
      assert.equal((await metricsOf('globex')).get('bluesky:a'), undefined)
    }))
}

import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { SourceDefinition } from '../../core/index.ts'
import type { UseStore } from './use-store.ts'

const T0 = Date.UTC(2026, 2, 14, 9)

const feed = (over: Partial<SourceDefinition> = {}): SourceDefinition => ({
  id: 'lemonde',
  workspaceId: 'acme',
  kind: 'rss',
  url: 'https://www.lemonde.fr/rss/une.xml',
  options: { fetchArticle: false },
  everyMs: 300_000,
  enabled: true,
  createdAt: new Date(T0),
  ...over,
})

export const sourcesContract = (use: UseStore) => {
  test('a source comes back as saved, listed per workspace without its secret', () =>
    use(async (store) => {
      await store.saveSource(feed())
      await store.saveSource({
        ...feed({ id: 'hook', kind: 'webhook', options: {} }),
        url: undefined,
        secret: 's3cret',
      })
      await store.saveSource(feed({ workspaceId: 'globex' }))
      const listed = await store.listSources('acme')
      assert.deepEqual(
        listed.map((s) => s.id),
        ['hook', 'lemonde'],
      )
      assert.deepEqual(listed[1], feed())
      assert.equal((listed[0] as { secret?: string }).secret, undefined)
      assert.equal((await store.getSource('acme', 'hook'))?.secret, 's3cret')
      assert.equal((await store.listSources()).length, 3)
    }))

  test('runs add up into the health, a failure keeps the last success, and saving again keeps the health', () =>
    use(async (store) => {
      await store.saveSource(feed())
      await store.recordSourceRun({
        workspaceId: 'acme',
        sourceId: 'lemonde',
        at: new Date(T0),
        stored: 3,
        rejected: 1,
      })
      await store.recordSourceRun({
        workspaceId: 'acme',
        sourceId: 'lemonde',
        at: new Date(T0 + 60_000),
        error: 'HTTP 503',
        stored: 0,
        rejected: 0,
      })
      await store.saveSource(feed({ everyMs: 600_000 }))
      assert.deepEqual(await store.listSourceHealth('acme'), [
        {
          sourceId: 'lemonde',
          workspaceId: 'acme',
          lastSuccessAt: new Date(T0),
          lastErrorAt: new Date(T0 + 60_000),
          lastError: 'HTTP 503',
          stored: 3,
          rejected: 1,
        },
      ])
      assert.equal((await store.getSource('acme', 'lemonde'))?.everyMs, 600_000)
    }))

  test('deleting an unknown source is not_found, and purging a workspace removes its sources', () =>
    use(async (store) => {
      await store.saveSource(feed())
      await assert.rejects(store.deleteSource('acme', 'nope'), { code: 'not_found' })
      await store.upsertWorkspace({ id: 'acme', name: 'Acme', createdAt: new Date(T0) })
      await store.purgeWorkspace('acme')
      assert.deepEqual(await store.listSources('acme'), [])
    }))
}

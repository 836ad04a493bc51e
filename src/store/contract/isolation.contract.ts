import assert from 'node:assert/strict'
import { test } from 'node:test'
import { buildMention, HOUR, T0 } from './build-mention.ts'
import { buildAlert } from './records.contract.ts'
import type { UseStore } from './use-store.ts'

export const isolationContract = (use: UseStore) => {
  test('the same mention id lives separately in two workspaces', () =>
    use(async (store) => {
      const inA = buildMention({
        id: 'same',
        workspaceId: 'a',
        text: 'panne chez numericable',
        queries: ['q'],
      })
      const inB = buildMention({ id: 'same', workspaceId: 'b', text: 'tout va bien', queries: ['q'] })
      assert.deepEqual(await store.saveMentions([inA, inB]), { inserted: 2, duplicates: 0 })
      assert.deepEqual(await store.getMention('b', 'same'), inB)
      assert.equal(await store.countMentions('b'), 1)
      assert.deepEqual([...(await store.findExistingMentionIds('c', ['same']))], [])
    }))

  test('mentions of one workspace never show in another', () =>
    use(async (store) => {
      await store.saveMentions([
        buildMention({ id: 'x', workspaceId: 'a', text: 'numericable', queries: ['q'] }),
      ])
      const listed = async (filter: { queryId?: string; text?: string }) =>
        (await store.listMentions({ workspaceId: 'b', ...filter })).items
      assert.deepEqual(await listed({}), [])
      assert.deepEqual(await listed({ queryId: 'q' }), [])
      assert.deepEqual(await listed({ text: 'numericable' }), [])
      assert.equal(await store.getMention('b', 'x'), undefined)
      for (const queryId of [undefined, 'q']) {
        const [bucket] = await store.volume({
          workspaceId: 'b',
          from: new Date(T0),
          to: new Date(T0 + HOUR),
          ...(queryId && { queryId }),
        })
        assert.equal(bucket?.total, 0)
      }
    }))

  test('alerts, queries, cursors and dead letters of one workspace never show in another', () =>
    use(async (store) => {
      await store.saveAlert(buildAlert('alert', T0, { workspaceId: 'a' }))
      await store.upsertQuery({ id: 'q', workspaceId: 'a', brand: 'A', query: 'a', owned: [] })
      await store.setCursor('a', 'rss', '1')
      await store.addDeadLetter({
        workspaceId: 'a',
        source: 'rss',
        stage: 'parse',
        reason: 'r',
        payload: 'p',
      })
      assert.equal(await store.getAlert('b', 'alert'), undefined)
      assert.deepEqual(await store.listAlerts({ workspaceId: 'b' }), [])
      await assert.rejects(store.setAlertStatus('b', 'alert', 'resolved'), { code: 'not_found' })
      assert.equal((await store.getAlert('a', 'alert'))?.status, 'open')
      assert.deepEqual(await store.listQueries('b'), [])
      await store.deleteQuery('b', 'q')
      assert.equal((await store.listQueries('a')).length, 1)
      assert.equal(await store.getCursor('b', 'rss'), undefined)
      assert.deepEqual(await store.listDeadLetters({ workspaceId: 'b' }), [])
    }))

  test('purging a workspace empties it, keeps its row, and leaves the others alone', () =>
    use(async (store) => {
      await store.upsertWorkspace({ id: 'a', name: 'A', createdAt: new Date(T0) })
      for (const ws of ['a', 'b']) {
        await store.saveMentions([
          buildMention({ id: 'x', workspaceId: ws, text: 'numericable', queries: ['q'] }),
        ])
        await store.saveAlert(buildAlert('alert', T0, { workspaceId: ws }))
        await store.upsertQuery({ id: 'q', workspaceId: ws, brand: 'A', query: 'a', owned: [] })
        await store.setCursor(ws, 'rss', '1')
        await store.addDeadLetter({
          workspaceId: ws,
          source: 'rss',
          stage: 'parse',
          reason: 'r',
          payload: 'p',
        })
      }
      await store.purgeWorkspace('a')
      assert.equal((await store.getWorkspace('a'))?.name, 'A')
      const held = async (ws: string) => [
        await store.countMentions(ws),
        (await store.listMentions({ workspaceId: ws, text: 'numericable' })).items.length,
        (await store.listMentions({ workspaceId: ws, queryId: 'q' })).items.length,
        (await store.listAlerts({ workspaceId: ws })).length,
        (await store.listQueries(ws)).length,
        (await store.getCursor(ws, 'rss')) === undefined ? 0 : 1,
        (await store.listDeadLetters({ workspaceId: ws })).length,
      ]
      assert.deepEqual(await held('a'), [0, 0, 0, 0, 0, 0, 0])
      assert.deepEqual(await held('b'), [1, 1, 1, 1, 1, 1, 1])
      assert.deepEqual(await store.saveMentions([buildMention({ id: 'x', workspaceId: 'a' })]), {
        inserted: 1,
        duplicates: 0,
      })
    }))
}

import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Alert } from '../../core/index.ts'
import { MAX_PAYLOAD_BYTES } from '../dead-letter-payload.ts'
import { HOUR, T0 } from './build-mention.ts'
import type { UseStore } from './use-store.ts'

export const buildAlert = (id: string, at: number, over: Partial<Alert> = {}): Alert => ({
  id,
  workspaceId: 'acme',
  queryId: 'q1',
  at: new Date(at),
  kind: 'volume',
  severity: 'alert',
  score: 72.5,
  explanation: 'five times the usual volume',
  mentions: ['m1', 'm2'],
  status: 'open',
  details: { baseline: 12, value: 60, nested: { detectors: ['volume'] } },
  ...over,
})

export const recordsContract = (use: UseStore) => {
  test('migrating again changes nothing and keeps the data', () =>
    use(async (store) => {
      await store.upsertWorkspace({ id: 'acme', name: 'Acme', createdAt: new Date(T0) })
      await store.migrate()
      assert.equal((await store.listWorkspaces()).length, 1)
    }))

  test("a workspace keeps its team's language, English when none was given", () =>
    use(async (store) => {
      await store.upsertWorkspace({ id: 'fr', name: 'Client FR', createdAt: new Date(T0), language: 'fr' })
      await store.upsertWorkspace({ id: 'en', name: 'Client EN', createdAt: new Date(T0) })
      assert.equal((await store.getWorkspace('fr'))?.language, 'fr')
      assert.equal((await store.getWorkspace('en'))?.language, 'en')
    }))

  test('workspaces are upserted by id', () =>
    use(async (store) => {
      await store.upsertWorkspace({ id: 'zeta', name: 'Zeta', createdAt: new Date(T0) })
      await store.upsertWorkspace({ id: 'acme', name: 'Acme', createdAt: new Date(T0) })
      await store.upsertWorkspace({ id: 'acme', name: 'Acme SA', createdAt: new Date(T0 + 1) })
      assert.deepEqual(await store.getWorkspace('acme'), {
        id: 'acme',
        name: 'Acme SA',
        createdAt: new Date(T0 + 1),
        language: 'en',
      })
      assert.deepEqual(
        (await store.listWorkspaces()).map((w) => w.id),
        ['acme', 'zeta'],
      )
      assert.equal(await store.getWorkspace('nope'), undefined)
    }))

  test('brand queries are upserted, listed and deleted', () =>
    use(async (store) => {
      const query = {
        id: 'q1',
        workspaceId: 'acme',
        brand: 'Acme',
        query: 'acme OR "acme corp"',
        owned: ['acme'],
      }
      await store.upsertQuery(query)
      await store.upsertQuery({ ...query, owned: ['acme', 'acme_support'] })
      await store.upsertQuery({ ...query, id: 'q2', owned: [] })
      assert.deepEqual(await store.listQueries('acme'), [
        { ...query, owned: ['acme', 'acme_support'] },
        { ...query, id: 'q2', owned: [] },
      ])
      await store.deleteQuery('acme', 'q1')
      assert.deepEqual(
        (await store.listQueries()).map((q) => q.id),
        ['q2'],
      )
    }))

  test('a cursor is kept per workspace and source, and moves forward when set again', () =>
    use(async (store) => {
      assert.equal(await store.getCursor('acme', 'rss:https://a.example/feed'), undefined)
      await store.setCursor('acme', 'rss:https://a.example/feed', '1')
      await store.setCursor('acme', 'rss:https://a.example/feed', '2')
      await store.setCursor('acme', 'mastodon', 'x')
      assert.equal(await store.getCursor('acme', 'rss:https://a.example/feed'), '2')
      assert.equal(await store.getCursor('acme', 'mastodon'), 'x')
    }))

  test('the sources of a workspace are listed with when their cursor moved and how many items they rejected', () =>
    use(async (store) => {
      await store.setCursor('acme', 'rss:https://a.example/feed', '1')
      await store.setCursor('acme', 'file:/in.jsonl', 'x')
      await store.setCursor('globex', 'mastodon', 'y')
      const dead = { workspaceId: 'acme', stage: 'parse', reason: 'bad', payload: '{' }
      await store.addDeadLetter({ ...dead, source: 'file:/in.jsonl', at: new Date(T0) })
      await store.addDeadLetter({ ...dead, source: 'file:/in.jsonl', at: new Date(T0 + HOUR) })
      await store.addDeadLetter({ ...dead, source: 'webhook', at: new Date(T0) })
      await store.addDeadLetter({ ...dead, workspaceId: 'globex', source: 'webhook', at: new Date(T0) })
      assert.deepEqual(
        (await store.listCursors('acme')).map((c) => c.source),
        ['file:/in.jsonl', 'rss:https://a.example/feed'],
      )
      assert.ok((await store.listCursors('acme')).every((c) => c.updatedAt instanceof Date))
      assert.deepEqual(await store.countDeadLetters('acme'), [
        { source: 'file:/in.jsonl', count: 2, lastAt: new Date(T0 + HOUR) },
        { source: 'webhook', count: 1, lastAt: new Date(T0) },
      ])
    }))

  test('an alert is saved again by id, and its status changes', () =>
    use(async (store) => {
      await store.saveAlert(buildAlert('a1', T0))
      await store.saveAlert(buildAlert('a1', T0, { severity: 'crisis', score: 90, details: {} }))
      await store.saveAlert(buildAlert('a2', T0 + HOUR))
      assert.deepEqual(
        await store.getAlert('acme', 'a1'),
        buildAlert('a1', T0, { severity: 'crisis', score: 90, details: {} }),
      )
      await store.setAlertStatus('acme', 'a1', 'acknowledged')
      assert.equal((await store.getAlert('acme', 'a1'))?.status, 'acknowledged')
      const ids = async (status?: Alert['status']) =>
        (await store.listAlerts({ workspaceId: 'acme', ...(status && { status }) })).map((a) => a.id)
      assert.deepEqual(await ids(), ['a2', 'a1'])
      assert.deepEqual(await ids('open'), ['a2'])
      assert.deepEqual(await ids('acknowledged'), ['a1'])
      assert.deepEqual(await store.listAlerts({ workspaceId: 'acme', limit: 1 }), [
        buildAlert('a2', T0 + HOUR),
      ])
    }))

  test('alerts come page by page, newest first, each once, with ties in time broken by id and a status filter kept', () =>
    use(async (store) => {
      // 7 alerts, three of them at the same time; one of another workspace
      const times = [T0, T0 + HOUR, T0 + HOUR, T0 + HOUR, T0 + 2 * HOUR, T0 + 3 * HOUR, T0 + 4 * HOUR]
      for (const [i, at] of times.entries())
        await store.saveAlert(buildAlert(`a${i}`, at, { status: i % 2 === 0 ? 'open' : 'resolved' }))
      await store.saveAlert(buildAlert('other', T0 + HOUR, { workspaceId: 'globex' }))
      const readAll = async (status?: Alert['status']) => {
        const pages: string[][] = []
        let before: string | undefined
        do {
          const page = await store.listAlertPage({ workspaceId: 'acme', status, limit: 2, before })
          pages.push(page.items.map((a) => a.id))
          before = page.next
        } while (before && pages.length < 10)
        return pages
      }
      assert.deepEqual(await readAll(), [['a6', 'a5'], ['a4', 'a3'], ['a2', 'a1'], ['a0']])
      assert.deepEqual(await readAll('open'), [
        ['a6', 'a4'],
        ['a2', 'a0'],
      ])
      // an alert raised after the first page was read does not shift the next pages
      const first = await store.listAlertPage({ workspaceId: 'acme', limit: 3 })
      await store.saveAlert(buildAlert('late', T0 + 9 * HOUR))
      const second = await store.listAlertPage({ workspaceId: 'acme', limit: 3, before: first.next })
      assert.deepEqual(
        second.items.map((a) => a.id),
        ['a3', 'a2', 'a1'],
      )
      await assert.rejects(
        store.listAlertPage({ workspaceId: 'acme', before: 'WzEsIngiXQ' }), // a mention page's token
        /not one this store gave out for a list of alerts/,
      )
    }))

  test('alerts stored after a position come back once each, in the order they were stored, all workspaces', () =>
    use(async (store) => {
      await store.saveAlert(buildAlert('before', T0))
      const start = await store.listAlertsStoredAfter({})
      assert.deepEqual(start.items, [])
      // stored in this order, whatever their event time
      await store.saveAlert(buildAlert('b', T0 + HOUR))
      await store.saveAlert(buildAlert('a', T0, { workspaceId: 'globex' }))
      await store.saveAlert(buildAlert('c', T0 - HOUR))
      const first = await store.listAlertsStoredAfter({ after: start.last, limit: 2 })
      assert.deepEqual(
        first.items.map((a) => a.id),
        ['b', 'a'],
      )
      assert.deepEqual(first.items[1], buildAlert('a', T0, { workspaceId: 'globex' }))
      const rest = await store.listAlertsStoredAfter({ after: first.last })
      assert.deepEqual(
        rest.items.map((a) => a.id),
        ['c'],
      )
      // saved again (a status change, a replayed detection): not new
      await store.setAlertStatus('acme', 'b', 'acknowledged')
      await store.saveAlert(buildAlert('c', T0 - HOUR, { score: 99 }))
      const none = await store.listAlertsStoredAfter({ after: rest.last })
      assert.deepEqual(none, { items: [], last: rest.last })
      assert.equal((await store.listAlertsStoredAfter({})).last, rest.last)
    }))

  test('positions of purged alerts are not given again to new ones', () =>
    use(async (store) => {
      await store.saveAlert(buildAlert('kept', T0, { workspaceId: 'globex' }))
      const start = await store.listAlertsStoredAfter({})
      await store.saveAlert(buildAlert('purged', T0))
      await store.purgeWorkspace('acme')
      await store.saveAlert(buildAlert('new', T0))
      const after = await store.listAlertsStoredAfter({ after: start.last })
      assert.deepEqual(
        after.items.map((a) => a.id),
        ['new'],
      )
      assert.ok(after.last > start.last + 1)
    }))

  test('the installation secret is random, created once, and the same for every caller', () =>
    use(async (store) => {
      const [first, second] = await Promise.all([store.installationSecret(), store.installationSecret()])
      assert.match(first, /^[0-9a-f]{64}$/)
      assert.equal(second, first)
      await store.migrate()
      assert.equal(await store.installationSecret(), first)
      await use(async (other) => assert.notEqual(await other.installationSecret(), first))
    }))

  test('an alert added again keeps the stored one and its status, and says it was not new', () =>
    use(async (store) => {
      assert.equal(await store.addAlert(buildAlert('a1', T0)), true)
      await store.setAlertStatus('acme', 'a1', 'acknowledged')
      assert.equal(await store.addAlert(buildAlert('a1', T0, { score: 10 })), false)
      const stored = await store.getAlert('acme', 'a1')
      assert.deepEqual(
        { status: stored?.status, score: stored?.score },
        { status: 'acknowledged', score: 72.5 },
      )
      assert.equal(await store.addAlert(buildAlert('a1', T0, { workspaceId: 'globex' })), true)
    }))

  test("an alert's notification is claimed once per workspace and alert, and again after a purge", () =>
    use(async (store) => {
      await store.upsertWorkspace({ id: 'acme', name: 'Acme', createdAt: new Date(T0) })
      assert.equal(await store.claimAlertNotification('acme', 'a1'), true)
      assert.equal(await store.claimAlertNotification('acme', 'a1'), false)
      assert.equal(await store.claimAlertNotification('globex', 'a1'), true)
      await store.purgeWorkspace('acme')
      assert.equal(await store.claimAlertNotification('acme', 'a1'), true)
    }))

  test('changing the status of an unknown alert is a not_found error', () =>
    use(async (store) => {
      await assert.rejects(store.setAlertStatus('acme', 'nope', 'resolved'), { code: 'not_found' })
    }))

  test('dead letters are kept newest first with their reason, filtered by source', () =>
    use(async (store) => {
      await store.addDeadLetter({
        workspaceId: 'acme',
        source: 'webhook',
        stage: 'parse',
        reason: 'bad json',
        payload: '{',
        at: new Date(T0),
      })
      await store.addDeadLetter({
        workspaceId: 'acme',
        source: 'file:/in.jsonl',
        stage: 'validate',
        reason: 'no text',
        payload: '{}',
      })
      const all = await store.listDeadLetters({ workspaceId: 'acme' })
      assert.deepEqual(
        all.map((l) => l.reason),
        ['no text', 'bad json'],
      )
      const [webhook] = await store.listDeadLetters({ workspaceId: 'acme', source: 'webhook' })
      assert.deepEqual(webhook && { ...webhook, id: 0 }, {
        id: 0,
        workspaceId: 'acme',
        source: 'webhook',
        stage: 'parse',
        reason: 'bad json',
        payload: '{',
        at: new Date(T0),
      })
      assert.ok(all[0]?.at instanceof Date)
    }))

  test('a dead letter keeps at most 64 KiB of its payload, without cutting a character', () =>
    use(async (store) => {
      const payload = `x${'é'.repeat(MAX_PAYLOAD_BYTES)}`
      await store.addDeadLetter({
        workspaceId: 'acme',
        source: 'webhook',
        stage: 'parse',
        reason: 'too big',
        payload,
      })
      const [letter] = await store.listDeadLetters({ workspaceId: 'acme' })
      const kept = letter?.payload ?? ''
      assert.ok(payload.startsWith(kept))
      assert.equal(Buffer.byteLength(kept), MAX_PAYLOAD_BYTES - 1)
    }))
}

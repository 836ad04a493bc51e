import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { AlertComment } from '../../core/index.ts'
import { MINUTE, T0 } from './build-mention.ts'
import { buildAlert } from './records.contract.ts'
import type { UseStore } from './use-store.ts'

const comment = (text: string, at: number, over: Partial<AlertComment> = {}): Omit<AlertComment, 'id'> => ({
  workspaceId: 'acme',
  alertId: 'a1',
  userId: 'alice',
  text,
  at: new Date(at),
  ...over,
})

export const alertCommentsContract = (use: UseStore) => {
  test('comments come back oldest first and a comment on an unknown alert is not_found', () =>
    use(async (store) => {
      await store.saveAlert(buildAlert('a1', T0))
      await store.saveAlert(buildAlert('a1', T0, { workspaceId: 'globex' }))
      const second = await store.addAlertComment(comment('on it', T0 + 2 * MINUTE))
      const first = await store.addAlertComment(comment('seen', T0 + MINUTE, { userId: 'bob' }))
      await store.addAlertComment(comment('elsewhere', T0, { workspaceId: 'globex' }))
      assert.deepEqual(second, { id: second.id, ...comment('on it', T0 + 2 * MINUTE) })
      assert.notEqual(first.id, second.id)
      assert.deepEqual(await store.listAlertComments('acme', 'a1'), [first, second])
      assert.deepEqual(await store.listAlertComments('acme', 'a2'), [])
      await assert.rejects(store.addAlertComment(comment('lost', T0, { alertId: 'a2' })), {
        code: 'not_found',
      })
      await assert.rejects(store.addAlertComment(comment('lost', T0, { workspaceId: 'initech' })), {
        code: 'not_found',
      })
      assert.equal((await store.listAlertComments('acme', 'a1')).length, 2)
    }))

  test('purging a workspace removes its alert comments and keeps its members', () =>
    use(async (store) => {
      for (const workspaceId of ['acme', 'globex']) {
        await store.saveAlert(buildAlert('a1', T0, { workspaceId }))
        await store.addAlertComment(comment('seen', T0, { workspaceId }))
        await store.setMembership({ userId: 'alice', workspaceId, role: 'responder' })
      }
      await store.purgeWorkspace('acme')
      assert.deepEqual(await store.listAlertComments('acme', 'a1'), [])
      assert.equal((await store.listAlertComments('globex', 'a1')).length, 1)
      assert.deepEqual(await store.listMemberships({ workspaceId: 'acme' }), [
        { userId: 'alice', workspaceId: 'acme', role: 'responder' },
      ])
      // a new alert with the same id starts without the purged comments
      await store.saveAlert(buildAlert('a1', T0))
      assert.deepEqual(await store.listAlertComments('acme', 'a1'), [])
    }))
}

import assert from 'node:assert/strict'
import { test } from 'node:test'
import { NotificationRule, type NotificationRuleInput } from '../../core/index.ts'
import { HOUR, T0 } from './build-mention.ts'
import type { UseStore } from './use-store.ts'

const rule = (id: string, over: Partial<NotificationRuleInput> = {}): NotificationRule =>
  NotificationRule.parse({
    id,
    workspaceId: 'acme',
    name: `rule ${id}`,
    trigger: { kind: 'mention', queryId: 'q1', sentiment: 'negative', minReach: 1000, lang: 'fr' },
    channel: { kind: 'slack', url: 'https://hooks.slack.com/services/T0/B0/secret' },
    createdAt: new Date(T0),
    updatedAt: new Date(T0),
    ...over,
  })

export const notificationRulesContract = (use: UseStore) => {
  test('a saved rule comes back whole, and saving it again replaces it', () =>
    use(async (store) => {
      const first = rule('r1')
      await store.saveNotificationRule(first)
      assert.deepEqual(await store.getNotificationRule('acme', 'r1'), first)
      const changed = rule('r1', {
        name: 'crisis only',
        enabled: false,
        trigger: { kind: 'alert', minSeverity: 'crisis' },
        channel: { kind: 'email', to: ['crise@acme.example', 'dg@acme.example'] },
        groupMinutes: 60,
        updatedAt: new Date(T0 + HOUR),
      })
      await store.saveNotificationRule(changed)
      assert.deepEqual(await store.getNotificationRule('acme', 'r1'), changed)
      assert.equal(await store.getNotificationRule('acme', 'r2'), undefined)
      assert.equal(await store.getNotificationRule('globex', 'r1'), undefined)
    }))

  test('rules are listed by workspace then id, of one workspace or of one trigger kind', () =>
    use(async (store) => {
      const digest = { kind: 'digest', period: 'weekly', hour: 7, weekday: 5 } as const
      await store.saveNotificationRule(rule('r2', { trigger: digest }))
      await store.saveNotificationRule(rule('r1'))
      await store.saveNotificationRule(rule('r1', { workspaceId: 'globex', trigger: digest }))
      const ids = (rules: NotificationRule[]) => rules.map((r) => `${r.workspaceId}/${r.id}`)
      assert.deepEqual(ids(await store.listNotificationRules({})), ['acme/r1', 'acme/r2', 'globex/r1'])
      assert.deepEqual(ids(await store.listNotificationRules({ workspaceId: 'acme' })), [
        'acme/r1',
        'acme/r2',
      ])
      assert.deepEqual(ids(await store.listNotificationRules({ trigger: 'digest' })), [
        'acme/r2',
        'globex/r1',
      ])
      assert.deepEqual(await store.listNotificationRules({ workspaceId: 'initech' }), [])
    }))

  test('a digest sent is recorded on its rule, and deleting a rule that is not there is not_found', () =>
    use(async (store) => {
      await store.saveNotificationRule(rule('r1', { trigger: { kind: 'digest', period: 'daily' } }))
      await store.setNotificationDigestSent('acme', 'r1', new Date(T0 + 8 * HOUR))
      assert.deepEqual((await store.getNotificationRule('acme', 'r1'))?.lastDigestAt, new Date(T0 + 8 * HOUR))
      await store.setNotificationDigestSent('acme', 'gone', new Date(T0))
      await assert.rejects(store.deleteNotificationRule('globex', 'r1'), { code: 'not_found' })
      await store.deleteNotificationRule('acme', 'r1')
      assert.equal(await store.getNotificationRule('acme', 'r1'), undefined)
      await assert.rejects(store.deleteNotificationRule('acme', 'r1'), { code: 'not_found' })
    }))

  test('purging a workspace removes its notification rules only', () =>
    use(async (store) => {
      await store.saveNotificationRule(rule('r1'))
      await store.saveNotificationRule(rule('r1', { workspaceId: 'globex' }))
      await store.purgeWorkspace('acme')
      assert.deepEqual(await store.listNotificationRules({ workspaceId: 'acme' }), [])
      assert.equal((await store.listNotificationRules({ workspaceId: 'globex' })).length, 1)
    }))
}

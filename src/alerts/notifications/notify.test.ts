import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { test } from 'node:test'
import { Alert, createManualClock } from '../../core/index.ts'
import { buildPost, buildRule } from '../../test/notification-builders.ts'
import { type NotifyState, notify } from './index.ts'

const alert = Alert.parse(
  JSON.parse(readFileSync(new URL('../fixtures/alert.json', import.meta.url), 'utf8')),
)
const MINUTE = 60_000

test('a burst of 1,000 mentions sends the first at once and one grouped message when the wait is over', () => {
  const clock = createManualClock(new Date('2026-03-14T09:00:00Z'))
  const rules = [buildRule('r1', { groupMinutes: 10 })]
  const burst = Array.from({ length: 1000 }, (_, i) => buildPost(String(i), { followers: i }))
  let state: NotifyState = new Map()
  const sent: string[] = []
  for (let i = 0; i < burst.length; i += 100) {
    const plan = notify({
      event: { kind: 'mentions', mentions: burst.slice(i, i + 100) },
      rules,
      state,
      now: clock.now(),
    })
    state = plan.state
    sent.push(...plan.messages.map((m) => m.content.kind))
    clock.advance(30_000)
  }
  assert.deepEqual(sent, ['mention'])
  assert.equal(notify({ event: { kind: 'tick' }, rules, state, now: clock.now() }).messages.length, 0)
  clock.set(new Date('2026-03-14T09:10:00Z'))
  const { messages, state: after } = notify({ event: { kind: 'tick' }, rules, state, now: clock.now() })
  assert.equal(messages.length, 1)
  const grouped = messages[0]!.content
  assert.equal(grouped.kind, 'mentions')
  if (grouped.kind !== 'mentions') return
  assert.equal(grouped.count, 999)
  assert.deepEqual(
    grouped.top.map((m) => m.followers),
    [999, 998, 997],
  )
  assert.deepEqual(grouped.from, new Date('2026-03-14T09:00:00Z'))
  assert.equal(notify({ event: { kind: 'tick' }, rules, state: after, now: clock.now() }).messages.length, 0)
})

test('after a quiet period longer than the wait, the next mention is sent at once again', () => {
  const rules = [buildRule('r1', { groupMinutes: 5 })]
  const first = notify({
    event: { kind: 'mentions', mentions: [buildPost('1')] },
    rules,
    state: new Map(),
    now: new Date(0),
  })
  const soon = notify({
    event: { kind: 'mentions', mentions: [buildPost('2')] },
    rules,
    state: first.state,
    now: new Date(MINUTE),
  })
  assert.equal(soon.messages.length, 0)
  // the tick was missed: the next batch after the wait sends the group, then waits again
  const later = notify({
    event: { kind: 'mentions', mentions: [buildPost('3')] },
    rules,
    state: soon.state,
    now: new Date(6 * MINUTE),
  })
  assert.deepEqual(
    later.messages.map((m) => [m.content.kind, m.content.kind === 'mentions' ? m.content.count : 1]),
    [['mentions', 2]],
  )
  const quiet = notify({
    event: { kind: 'mentions', mentions: [buildPost('4')] },
    rules,
    state: later.state,
    now: new Date(20 * MINUTE),
  })
  assert.deepEqual(
    quiet.messages.map((m) => m.content.kind),
    ['mention'],
  )
})

test('a mention rule sends only the mentions its filters let through', () => {
  const rules = [
    buildRule('r1', {
      trigger: {
        kind: 'mention',
        queryId: 'q-acme',
        lang: 'fr',
        sentiment: 'negative',
        minReach: 1000,
        source: 'mastodon',
      },
    }),
  ]
  const posts = [
    buildPost('en', { lang: 'en', followers: 5000 }),
    buildPost('pos', { sentiment: 'positive', followers: 5000 }),
    buildPost('small', { followers: 999 }),
    buildPost('unknown'),
    buildPost('rss', { source: 'rss', followers: 5000 }),
    buildPost('other', { queries: ['q-other'], followers: 5000 }),
    buildPost('elsewhere', { workspaceId: 'globex', followers: 5000 }),
    buildPost('yes', { followers: 1000 }),
  ]
  const { messages } = notify({
    event: { kind: 'mentions', mentions: posts },
    rules,
    state: new Map(),
    now: new Date(0),
  })
  assert.deepEqual(
    messages.map((m) => (m.content.kind === 'mention' ? m.content.mention.id : m.content.kind)),
    ['mastodon:yes'],
  )
})

test('an alert rule sends alerts from its level up, of its query, and a disabled rule sends nothing', () => {
  const rules = [
    buildRule('watch', { trigger: { kind: 'alert', minSeverity: 'watch' } }),
    buildRule('crisis', { trigger: { kind: 'alert', minSeverity: 'crisis' } }),
    buildRule('other-query', { trigger: { kind: 'alert', minSeverity: 'watch', queryId: 'q-other' } }),
    buildRule('off', { enabled: false, trigger: { kind: 'alert', minSeverity: 'watch' } }),
    buildRule('mentions'),
  ]
  const plan = (severity: Alert['severity']) =>
    notify({
      event: { kind: 'alert', alert: { ...alert, severity } },
      rules,
      state: new Map(),
      now: new Date(0),
    }).messages.map((m) => m.rule.id)
  assert.deepEqual(plan('alert'), ['watch'])
  assert.deepEqual(plan('crisis'), ['watch', 'crisis'])
  assert.deepEqual(
    notify({
      event: { kind: 'alert', alert: { ...alert, workspaceId: 'globex' } },
      rules,
      state: new Map(),
      now: new Date(0),
    }).messages,
    [],
  )
})

test('a daily digest is due once per day at its hour, for the day before it, and not for a day before the rule', () => {
  const rule = buildRule('d', { trigger: { kind: 'digest', period: 'daily', hour: 8 } })
  const at = (iso: string, lastDigestAt?: Date) =>
    notify({
      event: { kind: 'tick' },
      rules: [{ ...rule, lastDigestAt }],
      state: new Map(),
      now: new Date(iso),
    }).messages
  // made at 06:00 on the 14th: the first digest is on the 14th at 08:00
  assert.equal(at('2026-03-14T07:59:59Z').length, 0)
  const [due] = at('2026-03-14T08:00:00Z')
  assert.deepEqual(due?.content, {
    kind: 'digest',
    period: 'daily',
    from: new Date('2026-03-13T08:00:00Z'),
    to: new Date('2026-03-14T08:00:00Z'),
  })
  assert.equal(at('2026-03-14T20:00:00Z', new Date('2026-03-14T08:00:00Z')).length, 0)
  // down for three days: only the latest period is sent
  const [late] = at('2026-03-17T09:00:00Z', new Date('2026-03-14T08:00:00Z'))
  assert.deepEqual(late?.content.kind === 'digest' && late.content.from, new Date('2026-03-16T08:00:00Z'))
})

test('a weekly digest is due on its weekday at its hour, covering the seven days before', () => {
  // 2026-03-16 is a Monday; the rule wants Friday (5) at 17:00
  const rule = buildRule('w', { trigger: { kind: 'digest', period: 'weekly', hour: 17, weekday: 5 } })
  const at = (iso: string) =>
    notify({ event: { kind: 'tick' }, rules: [rule], state: new Map(), now: new Date(iso) }).messages
  assert.equal(at('2026-03-20T16:59:00Z').length, 0)
  const [due] = at('2026-03-22T10:00:00Z')
  assert.deepEqual(due?.content.kind === 'digest' && [due.content.from, due.content.to], [
    new Date('2026-03-13T17:00:00Z'),
    new Date('2026-03-20T17:00:00Z'),
  ])
})

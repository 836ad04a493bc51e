import assert from 'node:assert/strict'
import { test } from 'node:test'
import { type Alert, createManualClock, neutralEmotions } from '../core/index.ts'
import { createSqliteStore } from '../store/index.ts'
import { analyzedMention } from '../test/mention-stream.ts'
import { incidentTimeline, openIncident } from './index.ts'

const T0 = new Date('2026-03-10T08:00:00.000Z')
const min = (n: number) => new Date(T0.getTime() + n * 60_000)

const alert = (id: string, at: number, severity: Alert['severity'], queryId = 'q'): Alert => ({
  id,
  workspaceId: 'acme',
  queryId,
  at: min(at),
  kind: 'crisis',
  severity,
  score: severity === 'crisis' ? 90 : 60,
  explanation: `alert ${id}`,
  mentions: [],
  status: 'open',
  details: {},
})

const setUp = async () => {
  const store = createSqliteStore({ path: ':memory:' })
  await store.migrate()
  await store.upsertWorkspace({ id: 'acme', name: 'Acme', createdAt: T0 })
  await store.upsertQuery({ id: 'q', workspaceId: 'acme', brand: 'Acme', query: 'acme', owned: ['acme'] })
  await store.saveAlert(alert('a1', 10, 'alert'))
  const ctx = { store, clock: createManualClock(min(20)) }
  const incident = await openIncident({ ctx, input: { workspaceId: 'acme', alertId: 'a1', userId: 'u1' } })
  // the stream goes on after the opening: more alerts, the brand speaks, the conversation peaks
  await store.saveAlert(alert('a2', 70, 'crisis'))
  await store.saveAlert(alert('a3', 100, 'alert'))
  await store.saveAlert(alert('other', 80, 'crisis', 'q-other'))
  const posts = []
  for (let m = 0; m < 240; m += m >= 60 && m < 120 ? 1 : 10)
    posts.push(
      analyzedMention({
        workspaceId: 'acme',
        createdAt: min(m),
        analysis: {
          sentiment: { label: 'negative', score: -0.7, confidence: 0.9 },
          emotions: neutralEmotions(),
        },
      }),
    )
  posts.push(
    analyzedMention({
      id: 'brand-1',
      workspaceId: 'acme',
      createdAt: min(90),
      text: 'Nous sommes désolés : un point complet à 11 h.',
      author: { id: 'acme', handle: 'acme', followers: 40_000 },
      analysis: { owned: true },
    }),
  )
  await store.saveMentions(posts)
  return { store, incident }
}

test('the timeline reads later alerts of the query, an escalation when more severe, the brand’s posts and the peak hour', async () => {
  const { store, incident } = await setUp()
  const timeline = await incidentTimeline({ store, incident, now: min(240) })
  const lines = timeline.map((e) => [e.kind, e.at.toISOString(), e.alertId ?? e.mentionId])
  assert.deepEqual(
    lines.filter(([kind]) => ['alert', 'escalation', 'owned_post', 'peak'].includes(String(kind))),
    [
      ['alert', min(10).toISOString(), 'a1'],
      ['peak', min(60).toISOString(), null],
      ['escalation', min(70).toISOString(), 'a2'],
      ['owned_post', min(90).toISOString(), 'brand-1'],
      ['alert', min(100).toISOString(), 'a3'],
    ],
  )
  assert.equal(
    timeline.find((e) => e.kind === 'peak')?.text,
    '61',
    'a post a minute and the brand’s in its busiest hour',
  )
  assert.match(timeline.find((e) => e.kind === 'owned_post')?.text ?? '', /^@acme: Nous sommes désolés/)
  assert.ok(
    timeline
      .filter((e) => e.kind === 'escalation' || e.kind === 'owned_post' || e.kind === 'peak')
      .every((e) => e.id < 0),
    'what is read from the stream is not stored',
  )
  assert.equal(
    (await store.listTimeline('acme', incident.id)).some((e) => e.kind === 'escalation'),
    false,
  )
  await store.close()
})

test('a peak is not named while its hour is running, and nothing after the incident closed is read', async () => {
  const { store, incident } = await setUp()
  const early = await incidentTimeline({ store, incident, now: min(65) })
  assert.equal(
    early.some((e) => e.kind === 'peak' && e.at.getTime() === min(60).getTime()),
    false,
  )
  const closed = await incidentTimeline({
    store,
    incident: { ...incident, closedAt: min(80) },
    now: min(240),
  })
  assert.deepEqual(
    closed.filter((e) => e.kind === 'alert' || e.kind === 'escalation').map((e) => e.alertId),
    ['a1', 'a2'],
  )
  assert.equal(
    closed.some((e) => e.kind === 'owned_post'),
    false,
  )
  await store.close()
})

test('a response’s effect joins the timeline once its window after is over, before → after', async () => {
  const { store, incident } = await setUp()
  const effectAt = (now: number) =>
    incidentTimeline({ store, incident, now: min(now) }).then((t) => t.filter((e) => e.kind === 'effect'))
  assert.deepEqual(await effectAt(150), [], 'the two hours after the brand’s post are still running')
  const [effect] = await effectAt(240)
  assert.equal(effect?.at.toISOString(), min(210).toISOString(), 'two hours after the brand spoke')
  assert.equal(effect?.mentionId, 'brand-1')
  const figures = JSON.parse(effect?.text ?? '{}')
  assert.equal(figures.response, 'owned_post')
  assert.ok(figures.perHourBefore > 0 && figures.perHourAfter > 0)
  assert.equal(figures.negativeBefore, 1, 'every post before it was negative')
  await store.close()
})

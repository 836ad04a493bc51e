import assert from 'node:assert/strict'
import { test } from 'node:test'
import { type Alert, createManualClock } from '../core/index.ts'
import { createSqliteStore } from '../store/index.ts'
import { addIncidentNote, advisePosture, openIncident, updateIncident } from './index.ts'

const T0 = new Date('2026-03-10T09:00:00.000Z')

const alert: Alert = {
  id: 'a1',
  workspaceId: 'acme',
  queryId: 'q1',
  at: new Date('2026-03-10T08:40:00.000Z'),
  kind: 'crisis',
  severity: 'crisis',
  score: 87,
  explanation: 'Acme: 126 mentions in 5 min vs 0.3 expected',
  mentions: ['m2', 'm1'],
  status: 'open',
  details: {
    likelyCause: 'product_defect',
    originPost: {
      id: 'm1',
      author: '@lea',
      at: '2026-03-10T08:31:00.000Z',
      text: 'ma bouilloire Acme a pris feu',
    },
  },
}

const setUp = async () => {
  const store = createSqliteStore({ path: ':memory:' })
  await store.migrate()
  await store.upsertWorkspace({ id: 'acme', name: 'Acme', createdAt: T0 })
  await store.saveAlert(alert)
  return { store, clock: createManualClock(T0) }
}

test('an incident opened from an alert takes its query and cause, and its timeline starts at the origin post', async () => {
  const ctx = await setUp()
  const incident = await openIncident({ ctx, input: { workspaceId: 'acme', alertId: 'a1', userId: 'u1' } })
  assert.equal(incident.queryId, 'q1')
  assert.equal(incident.facts.cause, 'product_defect')
  assert.equal(incident.ownerId, 'u1')
  assert.deepEqual(incident.alertIds, ['a1'])
  const timeline = await ctx.store.listTimeline('acme', incident.id)
  assert.deepEqual(
    timeline.map((e) => [e.kind, e.at.toISOString()]),
    [
      ['origin_post', '2026-03-10T08:31:00.000Z'],
      ['first_signal', '2026-03-10T08:40:00.000Z'],
      ['alert', '2026-03-10T08:40:00.000Z'],
      ['state', T0.toISOString()],
    ],
  )
  assert.match(timeline[0]!.text, /^@lea: ma bouilloire/)
  assert.equal(timeline[0]!.mentionId, 'm1')
  assert.equal(timeline[2]!.alertId, 'a1')
  await ctx.store.close()
})

test('an alert already in an open incident opens no second one; an unknown alert is not found', async () => {
  const ctx = await setUp()
  const first = await openIncident({ ctx, input: { workspaceId: 'acme', alertId: 'a1', userId: 'u1' } })
  await assert.rejects(openIncident({ ctx, input: { workspaceId: 'acme', alertId: 'a1', userId: 'u2' } }), {
    code: 'conflict',
    message: new RegExp(first.id),
    details: { incidentId: first.id },
  })
  await assert.rejects(openIncident({ ctx, input: { workspaceId: 'acme', alertId: 'zz', userId: 'u2' } }), {
    code: 'not_found',
  })
  await assert.rejects(openIncident({ ctx, input: { workspaceId: 'acme', title: '  ', userId: 'u2' } }), {
    code: 'invalid',
  })
  await ctx.store.close()
})

test('state, posture and corrected facts are written on the timeline with who changed them; closing records when', async () => {
  const ctx = await setUp()
  const opened = await openIncident({
    ctx,
    input: { workspaceId: 'acme', title: 'Rumeur de rappel', userId: 'u1' },
  })
  ctx.clock.advance(60_000)
  const changed = await updateIncident({
    ctx,
    input: {
      workspaceId: 'acme',
      id: opened.id,
      userId: 'u2',
      change: { state: 'responding', posture: 'acknowledge', facts: { victims: true, harm: 'severe' } },
    },
  })
  assert.equal(changed.facts.cause, 'none', 'facts not given stay')
  assert.equal(changed.facts.victims, true)
  ctx.clock.advance(60_000)
  const closed = await updateIncident({
    ctx,
    input: { workspaceId: 'acme', id: opened.id, userId: 'u2', change: { state: 'closed' } },
  })
  assert.equal(closed.closedAt?.getTime(), T0.getTime() + 120_000)
  await addIncidentNote({
    ctx,
    input: { workspaceId: 'acme', id: opened.id, userId: 'u3', text: 'client rappelé' },
  })
  const timeline = await ctx.store.listTimeline('acme', opened.id)
  assert.deepEqual(
    timeline.map((e) => [e.kind, e.userId]),
    [
      ['state', 'u1'],
      ['state', 'u2'],
      ['posture', 'u2'],
      ['facts', 'u2'],
      ['state', 'u2'],
      ['note', 'u3'],
    ],
  )
  // the advice reads the incident's facts as corrected
  const advice = advisePosture({ ...closed.facts, lang: 'fr' })
  assert.equal(advice.recommended, 'acknowledge')
  await assert.rejects(
    updateIncident({
      ctx,
      input: { workspaceId: 'acme', id: opened.id, userId: 'u2', change: { state: 'gone' } },
    }),
  )
  await assert.rejects(
    updateIncident({ ctx, input: { workspaceId: 'other', id: opened.id, userId: 'u2', change: {} } }),
    { code: 'not_found' },
  )
  await ctx.store.close()
})

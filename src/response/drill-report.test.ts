import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Alert } from '../core/index.ts'
import { createSqliteStore } from '../store/index.ts'
import { drillReport } from './index.ts'

const T0 = new Date('2026-03-10T09:00:00.000Z')
const min = (n: number) => new Date(T0.getTime() + n * 60_000)

test('a drill report times each step from the first alert, in wall-clock minutes at the drill’s speed', async () => {
  const store = createSqliteStore({ path: ':memory:' })
  await store.migrate()
  await store.upsertWorkspace({ id: 'acme-drill', name: 'Acme — exercice', createdAt: T0 })
  await store.saveDrill({
    workspaceId: 'acme-drill',
    sourceWorkspaceId: 'acme',
    scenario: 'demo',
    startedAt: T0,
    startedBy: 'u1',
    onsetAt: min(1),
    speed: 2,
    endedAt: null,
  })
  const alert = (id: string, at: Date): Alert => ({
    id,
    workspaceId: 'acme-drill',
    queryId: 'q',
    at,
    kind: 'crisis',
    severity: 'crisis',
    score: 80,
    explanation: 'x',
    mentions: [],
    status: 'open',
    details: {},
  })
  await store.saveAlert(alert('late', min(30)))
  await store.saveAlert(alert('first', min(10)))
  await store.saveIncident({
    id: 'i1',
    workspaceId: 'acme-drill',
    queryId: 'q',
    title: 'Exercice',
    state: 'open',
    ownerId: null,
    openedAt: min(16),
    openedBy: 'u1',
    closedAt: null,
    alertIds: ['first'],
    facts: { cause: 'employee_post', harm: 'none', victims: false, pastCrises: 0, reputation: 'good' },
    posture: null,
  })
  await store.addTimelineEntries([
    {
      workspaceId: 'acme-drill',
      incidentId: 'i1',
      at: min(20),
      kind: 'posture',
      text: 'acknowledge',
      mentionId: null,
      alertId: null,
      userId: 'u1',
    },
  ])
  const report = await drillReport(store, 'acme-drill')
  assert.equal(report.firstAlertAt?.toISOString(), min(10).toISOString())
  const minutes = Object.fromEntries(report.steps.map((s) => [s.step, s.minutes]))
  // event time runs twice as fast as the team's clock: 6 event minutes are 3 real ones
  assert.deepEqual(minutes, {
    incident_opened: 3,
    posture_chosen: 5,
    first_draft: null,
    submitted: null,
    approved: null,
    published: null,
  })
  await assert.rejects(drillReport(store, 'acme'), /is not a drill/)
})

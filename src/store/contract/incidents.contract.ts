import assert from 'node:assert/strict'
import { test } from 'node:test'
import { Incident, type TimelineEntry } from '../../core/index.ts'
import { HOUR, T0 } from './build-mention.ts'
import type { UseStore } from './use-store.ts'

const incident = (id: string, over: Partial<Incident> = {}): Incident =>
  Incident.parse({
    id,
    workspaceId: 'acme',
    queryId: 'q1',
    title: `Rappel de produit ${id}`,
    state: 'open',
    ownerId: null,
    openedAt: new Date(T0),
    openedBy: 'u1',
    closedAt: null,
    alertIds: ['a1'],
    facts: { cause: 'product_defect' },
    posture: null,
    ...over,
  })

const entry = (over: Partial<Omit<TimelineEntry, 'id'>> = {}): Omit<TimelineEntry, 'id'> => ({
  workspaceId: 'acme',
  incidentId: 'i1',
  at: new Date(T0),
  kind: 'note',
  text: 'appel du service juridique',
  mentionId: null,
  alertId: null,
  userId: 'u1',
  ...over,
})

export const incidentsContract = (use: UseStore) => {
  test('a saved incident comes back whole, and saving it again replaces it', () =>
    use(async (store) => {
      const first = incident('i1')
      await store.saveIncident(first)
      assert.deepEqual(await store.getIncident('acme', 'i1'), first)
      const changed = incident('i1', {
        state: 'closed',
        ownerId: 'u2',
        closedAt: new Date(T0 + 5 * HOUR),
        alertIds: ['a1', 'a2'],
        facts: {
          cause: 'product_defect',
          crisisType: 'human_error_product_harm',
          victims: true,
          harm: 'severe',
          pastCrises: 0,
          reputation: 'good',
        },
        posture: 'acknowledge',
      })
      await store.saveIncident(changed)
      assert.deepEqual(await store.getIncident('acme', 'i1'), changed)
      assert.equal(await store.getIncident('globex', 'i1'), undefined)
    }))

  test('incidents are listed newest opened first, of one state or all, within one workspace', () =>
    use(async (store) => {
      await store.saveIncident(incident('old', { openedAt: new Date(T0) }))
      await store.saveIncident(incident('new', { openedAt: new Date(T0 + HOUR), state: 'responding' }))
      await store.saveIncident(incident('other', { workspaceId: 'globex' }))
      const ids = async (input: Parameters<typeof store.listIncidents>[0]) =>
        (await store.listIncidents(input)).map((i) => i.id)
      assert.deepEqual(await ids({ workspaceId: 'acme' }), ['new', 'old'])
      assert.deepEqual(await ids({ workspaceId: 'acme', state: 'open' }), ['old'])
      assert.deepEqual(await ids({ workspaceId: 'acme', limit: 1 }), ['new'])
      assert.deepEqual(await ids({ workspaceId: 'globex' }), ['other'])
    }))

  test('a timeline lists its entries in time order, ties in the order added, and only its own', () =>
    use(async (store) => {
      await store.saveIncident(incident('i1'))
      await store.saveIncident(incident('i2'))
      const added = await store.addTimelineEntries([
        entry({ at: new Date(T0 + HOUR), text: 'second' }),
        entry({ at: new Date(T0), kind: 'first_signal', text: 'first', mentionId: 'm1', userId: null }),
        entry({ at: new Date(T0 + HOUR), text: 'third' }),
      ])
      assert.equal(new Set(added.map((e) => e.id)).size, 3)
      await store.addTimelineEntries([entry({ incidentId: 'i2', text: 'elsewhere' })])
      const timeline = await store.listTimeline('acme', 'i1')
      assert.deepEqual(
        timeline.map((e) => e.text),
        ['first', 'second', 'third'],
      )
      assert.deepEqual(timeline[0], { ...added[1], id: timeline[0]!.id })
      assert.deepEqual(await store.listTimeline('globex', 'i1'), [])
    }))

  test('a timeline entry for an incident that is not stored is refused, and nothing is written', () =>
    use(async (store) => {
      await assert.rejects(store.addTimelineEntries([entry({ incidentId: 'nope' })]), { code: 'not_found' })
      await store.saveIncident(incident('i1', { workspaceId: 'globex' }))
      await assert.rejects(store.addTimelineEntries([entry()]), { code: 'not_found' })
      assert.deepEqual(await store.listTimeline('acme', 'i1'), [])
    }))

  test('purging a workspace deletes its incidents and timelines, not another workspace’s', () =>
    use(async (store) => {
      await store.upsertWorkspace({ id: 'acme', name: 'Acme', createdAt: new Date(T0) })
      await store.upsertWorkspace({ id: 'globex', name: 'Globex', createdAt: new Date(T0) })
      await store.saveIncident(incident('i1'))
      await store.saveIncident(incident('i1', { workspaceId: 'globex' }))
      await store.addTimelineEntries([entry()])
      await store.addTimelineEntries([entry({ workspaceId: 'globex' })])
      await store.purgeWorkspace('acme')
      assert.equal(await store.getIncident('acme', 'i1'), undefined)
      assert.deepEqual(await store.listTimeline('acme', 'i1'), [])
      assert.equal((await store.listTimeline('globex', 'i1')).length, 1)
    }))
}

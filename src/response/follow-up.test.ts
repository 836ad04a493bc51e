import assert from 'node:assert/strict'
import { test } from 'node:test'
import { type Alert, type Incident, neutralEmotions, ReplyDraft } from '../core/index.ts'
import { createSqliteStore } from '../store/index.ts'
import { analyzedMention } from '../test/mention-stream.ts'
import { followUp } from './index.ts'

const T0 = new Date('2026-03-10T09:00:00.000Z')
const min = (n: number) => new Date(T0.getTime() + n * 60_000)

const incident: Incident = {
  id: 'i1',
  workspaceId: 'acme',
  queryId: 'q',
  title: 'Panne',
  state: 'responding',
  ownerId: null,
  openedAt: min(20),
  openedBy: null,
  closedAt: null,
  alertIds: ['a1'],
  facts: { cause: 'customer_service', harm: 'minor', victims: false, pastCrises: 0, reputation: 'neutral' },
  posture: 'acknowledge',
}

const alert: Alert = {
  id: 'a1',
  workspaceId: 'acme',
  queryId: 'q',
  at: min(0),
  kind: 'crisis',
  severity: 'crisis',
  score: 80,
  explanation: 'panne',
  mentions: [],
  status: 'open',
  details: {},
}

/** Angry, negative posts every `every` minutes over [from, to) minutes. */
const posts = (from: number, to: number, every: number, angry: boolean) => {
  const out = []
  for (let m = from; m < to; m += every)
    out.push(
      analyzedMention({
        workspaceId: 'acme',
        createdAt: min(m),
        analysis: {
          sentiment: angry
            ? { label: 'negative', score: -0.8, confidence: 0.9 }
            : { label: 'neutral', score: 0, confidence: 0.9 },
          emotions: { ...neutralEmotions(), anger: angry ? 0.9 : 0 },
        },
      }),
    )
  return out
}

const setUp = async () => {
  const store = createSqliteStore({ path: ':memory:' })
  await store.migrate()
  await store.upsertWorkspace({ id: 'acme', name: 'Acme', createdAt: T0 })
  await store.upsertQuery({ id: 'q', workspaceId: 'acme', brand: 'Acme', query: 'acme', owned: ['acme'] })
  await store.saveIncident(incident)
  await store.saveAlert(alert)
  return store
}

const published = (at: Date) =>
  ReplyDraft.parse({
    id: 'd1',
    workspaceId: 'acme',
    incidentId: 'i1',
    posture: 'acknowledge',
    audience: 'customers',
    channel: 'short_post',
    network: 'mastodon',
    lang: 'fr',
    parts: ['Nous sommes désolés'],
    state: 'published',
    revision: 2,
    step: 1,
    decisions: [],
    flags: [],
    createdBy: 'w',
    createdAt: T0,
    editedBy: 'w',
    updatedAt: at,
    changes: 1,
    publications: [
      { publisherId: 'masto', part: 0, remoteId: '1', url: 'https://social.example/@acme/1', at },
    ],
  })

test('the response time runs from the first alert to the first published reply, and its effect is measured', async () => {
  const store = await setUp()
  // two hours of anger at one post a minute, then calm at one post every four minutes after the reply
  await store.saveMentions([...posts(-120, 120, 1, true), ...posts(120, 240, 4, false)])
  await store.saveReplyDraft(published(min(120)))
  const f = await followUp({ store, incident, now: min(300) })
  assert.equal(f.firstSignalAt.toISOString(), min(0).toISOString())
  assert.equal(f.firstPublicWordAt?.toISOString(), min(120).toISOString())
  assert.equal(f.responseMinutes, 120)
  assert.equal(f.responses.length, 1)
  const r = f.responses[0]!
  assert.equal(r.kind, 'reply')
  assert.equal(r.url, 'https://social.example/@acme/1')
  assert.equal(r.before.mentions, 120)
  assert.equal(r.after.mentions, 30)
  assert.equal(r.volumeRatio, 0.25)
  assert.equal(r.before.negativeShare, 1)
  assert.equal(r.negativeShareChange, -1)
  assert.equal(r.before.emotions.anger, 1)
  assert.equal(r.after.emotions.anger, 0)
  assert.equal(r.complete, true)
})

test('a post of the brand’s own account counts as its first word; a window still running is marked partial', async () => {
  const store = await setUp()
  await store.saveMentions(posts(-60, 50, 2, true))
  await store.saveMentions([
    analyzedMention({
      id: 'owned-1',
      workspaceId: 'acme',
      createdAt: min(45),
      author: { id: 'acme', handle: 'acme' },
      analysis: { owned: true },
    }),
  ])
  const f = await followUp({ store, incident, now: min(60) })
  assert.equal(f.responseMinutes, 45)
  assert.equal(f.responses[0]!.kind, 'owned_post')
  assert.equal(f.responses[0]!.mentionId, 'owned-1')
  assert.equal(f.responses[0]!.complete, false)
})

test('while the brand is silent there is no response time, and no figures are made up', async () => {
  const store = await setUp()
  await store.saveMentions(posts(0, 60, 1, true))
  const f = await followUp({ store, incident, now: min(60) })
  assert.equal(f.firstPublicWordAt, null)
  assert.equal(f.responseMinutes, null)
  assert.deepEqual(f.responses, [])
  await assert.rejects(followUp({ store, incident, now: min(60), windowMinutes: 5 }), /between 15 minutes/)
})

import assert from 'node:assert/strict'
import { test } from 'node:test'
import { createManualClock, type Incident, neutralEmotions, ReplyDraft } from '../core/index.ts'
import { createSqliteStore } from '../store/index.ts'
import { analyzedMention } from '../test/mention-stream.ts'
import { buildCrisisReport, pinKeyPost, renderReportHtml } from './index.ts'

const T0 = new Date('2026-03-10T09:00:00.000Z')
const min = (n: number) => new Date(T0.getTime() + n * 60_000)

const setUp = async (title: string) => {
  const store = createSqliteStore({ path: ':memory:' })
  await store.migrate()
  await store.upsertWorkspace({ id: 'acme', name: 'Acme Fibre', createdAt: T0, language: 'fr' })
  await store.upsertQuery({ id: 'q', workspaceId: 'acme', brand: 'Acme', query: 'acme', owned: [] })
  const incident: Incident = {
    id: 'i1',
    workspaceId: 'acme',
    queryId: 'q',
    title,
    state: 'monitoring',
    ownerId: null,
    openedAt: min(0),
    openedBy: null,
    closedAt: null,
    alertIds: [],
    facts: { cause: 'customer_service', harm: 'minor', victims: true, pastCrises: 0, reputation: 'neutral' },
    posture: 'deny',
  }
  await store.saveIncident(incident)
  await store.addTimelineEntries([
    {
      workspaceId: 'acme',
      incidentId: 'i1',
      at: min(5),
      kind: 'note',
      text: 'appel du <b>juridique</b>',
      mentionId: null,
      alertId: null,
      userId: null,
    },
  ])
  const angry = []
  for (let m = 0; m < 180; m += 2)
    angry.push(
      analyzedMention({
        workspaceId: 'acme',
        createdAt: min(m),
        text: m === 10 ? 'Panne totale <script>alert(1)</script> chez Acme' : `panne ${m}`,
        author: { id: `u${m}`, handle: `client${m}`, followers: m },
        metrics: { likes: m === 10 ? 900 : 1, reposts: 0, replies: 0 },
        analysis: {
          sentiment: { label: 'negative', score: -0.8, confidence: 0.9 },
          emotions: { ...neutralEmotions(), anger: 0.9 },
        },
      }),
    )
  await store.saveMentions(angry)
  await store.saveReplyDraft(
    ReplyDraft.parse({
      id: 'd1',
      workspaceId: 'acme',
      incidentId: 'i1',
      posture: 'acknowledge',
      audience: 'customers',
      channel: 'short_post',
      network: 'mastodon',
      lang: 'fr',
      parts: ['Nous sommes désolés pour la panne.'],
      state: 'published',
      revision: 2,
      step: 1,
      decisions: [{ step: 0, userId: 'lead', decision: 'approved', comment: '', at: min(55), revision: 2 }],
      flags: [],
      createdBy: 'w',
      createdAt: min(30),
      editedBy: 'w',
      updatedAt: min(60),
      changes: 1,
      publications: [
        { publisherId: 'masto', part: 0, remoteId: '1', url: 'https://social.example/@acme/1', at: min(60) },
      ],
    }),
  )
  return store
}

test('a crisis report gathers the response time, the peak, the key posts, what was published and the timeline', async () => {
  const store = await setUp('Panne du réseau')
  const report = await buildCrisisReport({ store, workspaceId: 'acme', incidentId: 'i1', now: min(240) })
  assert.equal(report.lang, 'fr')
  assert.equal(report.followUp.responseMinutes, 60)
  assert.equal(report.outcome.mentions, 90)
  assert.equal(report.outcome.negativeShare, 1)
  assert.equal(report.outcome.peak?.mentions, 30)
  assert.equal(report.keyPosts[0]!.engagement, 900)
  assert.deepEqual(report.drafts, { total: 1, approved: 1, rejected: 0, published: 1 })
  const html = renderReportHtml(report)
  assert.match(html, /<html lang="fr">/)
  assert.match(html, /Rapport de crise — Panne du réseau/)
  assert.match(html, /Délai de réponse<\/th><td>60 min/)
  assert.match(html, /https:\/\/social\.example\/@acme\/1/)
  assert.match(html, /<svg viewBox/)
  // the team chose to deny where people were harmed: the report says it plainly
  assert.match(html, /class="warn"/)
})

test('everything in a report that came from outside is written as text, never as markup', async () => {
  const store = await setUp('<img src=x onerror=alert(1)>')
  const html = renderReportHtml(
    await buildCrisisReport({ store, workspaceId: 'acme', incidentId: 'i1', now: min(240), lang: 'en' }),
  )
  assert.doesNotMatch(html, /<script>|<img src=x|<b>juridique/)
  assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/)
  assert.match(html, /Crisis report — &lt;img src=x onerror=alert\(1\)&gt;/)
  assert.doesNotMatch(html, /<script/)
})

test('a report puts the team’s pinned posts first, lists who amplified it, and names timeline lines in its language', async () => {
  const store = await setUp('Panne du réseau')
  const quiet = (await store.listMentions({ workspaceId: 'acme', sort: 'oldest', limit: 1 })).items[0]!
  await pinKeyPost({
    ctx: { store, clock: createManualClock(min(100)) },
    input: { workspaceId: 'acme', id: 'i1', userId: 'lead', change: { mentionId: quiet.id, pinned: true } },
  })
  const report = await buildCrisisReport({ store, workspaceId: 'acme', incidentId: 'i1', now: min(240) })
  assert.deepEqual(
    report.keyPosts.slice(0, 2).map((p) => [p.id, p.pinned]),
    [
      [quiet.id, true],
      [report.keyPosts[1]!.id, false],
    ],
  )
  assert.equal(report.keyPosts[1]!.engagement, 900, 'then the most engaging')
  assert.equal(report.amplifiers[0]?.handle, 'client178', 'the widest audience first')
  const html = renderReportHtml(report)
  assert.match(html, /épinglé par l’équipe · @client0/)
  assert.match(html, /<h2>Qui l’a amplifié<\/h2>/)
  assert.match(html, /<td>Message clé épinglé<\/td>/)
  assert.doesNotMatch(html, /<td>pinned<\/td>|<td>note<\/td>/)
})

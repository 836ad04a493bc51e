import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { type AppError, createManualClock, type Incident, type Publisher, ReplyDraft } from '../core/index.ts'
import { pausePublishing, publishDraft, publishDueDrafts, resumePublishing } from '../response/index.ts'
import { createSqliteStore } from '../store/index.ts'
import { startPublishServers } from '../test/fake-publish-servers.ts'
import { publishClients } from './publishing.ts'

const T0 = new Date('2026-03-10T09:00:00.000Z')
const secrets = {
  mastodonToken: 'mastodon-token',
  blueskyHandle: 'acme.bsky.social',
  blueskyPassword: 'abcd-efgh-ijkl-mnop',
  webhookSecret: 'hook-secret',
}
const env = {
  ACME_MASTODON_TOKEN: secrets.mastodonToken,
  ACME_BLUESKY_PASSWORD: secrets.blueskyPassword,
  ACME_HOOK_SECRET: secrets.webhookSecret,
}
let servers: Awaited<ReturnType<typeof startPublishServers>>
before(async () => {
  servers = await startPublishServers(secrets)
})
after(() => servers.close())

const incident: Incident = {
  id: 'i1',
  workspaceId: 'acme',
  queryId: null,
  title: 'Panne fibre',
  state: 'responding',
  ownerId: null,
  openedAt: T0,
  openedBy: null,
  closedAt: null,
  alertIds: [],
  facts: { cause: 'customer_service', harm: 'minor', victims: false, pastCrises: 0, reputation: 'neutral' },
  posture: 'acknowledge',
}

const approved = (id: string, parts: string[], over: Partial<ReplyDraft> = {}) =>
  ReplyDraft.parse({
    id,
    workspaceId: 'acme',
    incidentId: 'i1',
    posture: 'acknowledge',
    audience: 'customers',
    channel: parts.length > 1 ? 'thread' : 'short_post',
    network: 'mastodon',
    lang: 'fr',
    parts,
    state: 'approved',
    revision: 2,
    step: 1,
    decisions: [],
    flags: [],
    createdBy: 'writer',
    createdAt: T0,
    editedBy: 'writer',
    updatedAt: T0,
    changes: 1,
    ...over,
  })

const setUp = async (allowHosts = ['127.0.0.1']) => {
  const store = createSqliteStore({ path: ':memory:' })
  await store.migrate()
  await store.upsertWorkspace({ id: 'acme', name: 'Acme', createdAt: T0 })
  await store.saveIncident(incident)
  const clock = createManualClock(T0)
  const publisher = (id: string, kind: Publisher['kind'], path: string, secretEnv: string): Publisher => ({
    id,
    workspaceId: 'acme',
    kind,
    name: `Acme on ${kind}`,
    url: `${servers.base}${path}`,
    handle: kind === 'bluesky' ? secrets.blueskyHandle : null,
    secretEnv,
    createdAt: T0,
  })
  await store.savePublisher(publisher('masto', 'mastodon', '', 'ACME_MASTODON_TOKEN'))
  await store.savePublisher(publisher('bsky', 'bluesky', '/', 'ACME_BLUESKY_PASSWORD'))
  await store.savePublisher(publisher('intranet', 'webhook', '/hook', 'ACME_HOOK_SECRET'))
  await store.savePublisher(publisher('unset', 'mastodon', '', 'NOT_SET_ANYWHERE'))
  const ctx = { store, clock, clientFor: publishClients({ clock }, { env, policy: { allowHosts } }) }
  return { store, clock, ctx }
}

const actor = { userId: 'lead', role: 'analyst' as const }
const publish = (ctx: Awaited<ReturnType<typeof setUp>>['ctx'], id: string, request: object) =>
  publishDraft({ ctx, input: { workspaceId: 'acme', id, actor, request } })

test('a thread goes out on Mastodon part after part, each in reply to the one before', async () => {
  const { ctx, store } = await setUp()
  await store.saveReplyDraft(approved('d1', ['Nous sommes désolés (1/2)', 'Le service revient à 14 h (2/2)']))
  const before = servers.posts.length
  const done = await publish(ctx, 'd1', { publisherId: 'masto' })
  assert.equal(done.state, 'published')
  const sent = servers.posts.slice(before)
  assert.deepEqual(
    sent.map((p) => [p.network, p.text, p.lang]),
    [
      ['mastodon', 'Nous sommes désolés (1/2)', 'fr'],
      ['mastodon', 'Le service revient à 14 h (2/2)', 'fr'],
    ],
  )
  assert.equal(sent[1]!.inReplyTo, sent[0]!.id)
  assert.deepEqual(
    done.publications.map((p) => p.url),
    sent.map((p) => `https://social.example/@acme/${p.id}`),
  )
  const timeline = await store.listTimeline('acme', 'i1')
  assert.match(
    timeline.at(-1)!.text,
    /^published on mastodon \(Acme on mastodon\): https:\/\/social\.example/,
  )
  const trail = await store.listAuditEntries({ workspaceId: 'acme', draftId: 'd1' })
  assert.equal(trail.at(-1)!.action, 'published')
})

test('a thread that stops half-way says so, and publishing again sends the rest, nothing twice', async () => {
  const { ctx, store } = await setUp()
  await store.saveReplyDraft(approved('d2', ['un (1/3)', 'deux (2/3)', 'trois (3/3)']))
  const before = servers.posts.length
  servers.failNext(1, 429, 1)
  await assert.rejects(publish(ctx, 'd2', { publisherId: 'masto' }), (e: Error) => {
    assert.match(e.message, /refused part 2 of 3: .*429.*retry after 30 s.*1 part\(s\) went out/)
    const { refusal, ...rest } = (e as AppError).details as { refusal: string }
    assert.deepEqual(rest, { reason: 'partial', published: 1, of: 3 })
    assert.match(refusal, /429/)
    return true
  })
  const half = await store.getReplyDraft('acme', 'd2')
  assert.equal(half?.state, 'approved')
  assert.equal(half?.publications.length, 1)
  const done = await publish(ctx, 'd2', { publisherId: 'masto' })
  assert.equal(done.state, 'published')
  const sent = servers.posts.slice(before)
  assert.deepEqual(
    sent.map((p) => p.text),
    ['un (1/3)', 'deux (2/3)', 'trois (3/3)'],
  )
  assert.equal(sent[2]!.inReplyTo, sent[1]!.id)
  await assert.rejects(publish(ctx, 'd2', { publisherId: 'masto' }), /published: only an approved draft/)
})

test('a Bluesky thread names its root and parent by URI and CID, from an app-password session', async () => {
  const { ctx, store } = await setUp()
  await store.saveReplyDraft(
    approved('d3', ['one (1/3)', 'two (2/3)', 'three (3/3)'], { network: 'bluesky', lang: 'en' }),
  )
  const before = servers.posts.length
  const done = await publish(ctx, 'd3', { publisherId: 'bsky' })
  const sent = servers.posts.slice(before)
  assert.equal(sent.length, 3)
  assert.equal(sent[0]!.root, null)
  assert.equal(sent[1]!.root, sent[0]!.id)
  assert.equal(sent[2]!.root, sent[0]!.id)
  assert.equal(sent[2]!.inReplyTo, sent[1]!.id)
  assert.match(
    done.publications[0]!.url!,
    /^https:\/\/bsky\.app\/profile\/did:plc:vigietestaccount\/post\/3lvigie/,
  )
})

test('a webhook publisher gets each part signed; a press statement goes there, not on a network', async () => {
  const { ctx, store } = await setUp()
  await store.saveReplyDraft(
    approved('d4', ['Acme : déclaration du 10 mars 2026'], { channel: 'press_statement', network: null }),
  )
  await assert.rejects(publish(ctx, 'd4', { publisherId: 'masto' }), {
    message: /press statement is not posted on mastodon/,
    details: { reason: 'channel', channel: 'press_statement', network: 'mastodon' },
  })
  const done = await publish(ctx, 'd4', { publisherId: 'intranet' })
  assert.equal(done.state, 'published')
  assert.equal(servers.posts.at(-1)!.network, 'webhook')
  assert.match(done.publications[0]!.url!, /^https:\/\/intranet\.example\/news\/hook-/)
})

test('what cannot go out is refused with the reason: no secret, a private address, too long, not approved', async () => {
  const { ctx, store } = await setUp()
  await store.saveReplyDraft(approved('d5', ['bonjour']))
  await assert.rejects(publish(ctx, 'd5', { publisherId: 'unset' }), {
    message: /NOT_SET_ANYWHERE is not set/,
    details: { reason: 'secret_missing', variable: 'NOT_SET_ANYWHERE' },
  })
  await store.saveReplyDraft(approved('d6', ['x'.repeat(301)], { network: 'x' }))
  await assert.rejects(publish(ctx, 'd6', { publisherId: 'bsky' }), {
    message: /part 1 is longer than bluesky allows \(300/,
    details: { reason: 'too_long', part: 1, network: 'bluesky', limit: 300 },
  })
  await store.saveReplyDraft(approved('d7', ['brouillon'], { state: 'in_review' }))
  await assert.rejects(publish(ctx, 'd7', { publisherId: 'masto' }), {
    message: /in_review: only an approved draft/,
    details: { reason: 'not_approved', state: 'in_review' },
  })
  const guarded = await setUp([])
  await guarded.store.saveReplyDraft(approved('d8', ['bonjour']))
  await assert.rejects(publish(guarded.ctx, 'd8', { publisherId: 'masto' }), /127\.0\.0\.1/)
  assert.equal((await guarded.store.getReplyDraft('acme', 'd8'))?.publications.length, 0)
})

test('the pause switch holds every scheduled reply until it is lifted, and refuses publishing now', async () => {
  const { ctx, store, clock } = await setUp()
  await store.saveReplyDraft(approved('d9', ['à 10 h']))
  await store.saveReplyDraft(approved('d10', ['tout de suite']))
  const scheduled = await publish(ctx, 'd9', { publisherId: 'masto', at: '2026-03-10T10:00:00.000Z' })
  assert.equal(scheduled.state, 'approved')
  assert.equal(scheduled.schedule?.publisherId, 'masto')
  assert.deepEqual(await publishDueDrafts(ctx), { published: [], waiting: [], failed: [] })
  await pausePublishing({ ctx, input: { workspaceId: 'acme', actor, reason: 'crise en cours' } })
  await assert.rejects(
    publish(ctx, 'd10', { publisherId: 'masto' }),
    /paused .*\(crise en cours\): lift the pause/,
  )
  clock.set(new Date('2026-03-10T10:05:00.000Z'))
  assert.deepEqual(await publishDueDrafts(ctx), { published: [], waiting: ['d9'], failed: [] })
  assert.equal((await store.getReplyDraft('acme', 'd9'))?.state, 'approved')
  await resumePublishing({ ctx, input: { workspaceId: 'acme', actor } })
  assert.deepEqual(await publishDueDrafts(ctx), { published: ['d9'], waiting: [], failed: [] })
  const done = await store.getReplyDraft('acme', 'd9')
  assert.equal(done?.state, 'published')
  assert.equal(done?.schedule, null)
  const actions = (await store.listAuditEntries({ workspaceId: 'acme' })).map((e) => e.action)
  assert.deepEqual(actions, ['scheduled', 'publishing_paused', 'publishing_resumed', 'published'])
})

test('a scheduled reply that fails keeps its reason and goes out at a later round', async () => {
  const { ctx, store, clock } = await setUp()
  await store.saveReplyDraft(approved('d11', ['plus tard']))
  await publish(ctx, 'd11', { publisherId: 'masto', at: '2026-03-10T09:30:00.000Z' })
  clock.set(new Date('2026-03-10T09:31:00.000Z'))
  servers.failNext(1, 503)
  const first = await publishDueDrafts(ctx)
  assert.equal(first.failed.length, 1)
  assert.match((await store.getReplyDraft('acme', 'd11'))?.schedule?.lastError ?? '', /503/)
  assert.deepEqual((await publishDueDrafts(ctx)).published, ['d11'])
})

import assert from 'node:assert/strict'
import { test } from 'node:test'
import { createApiToken, createUser } from '../accounts/index.ts'
import { systemClock } from '../core/index.ts'
import { publishClients } from '../runtime/index.ts'
import { createTestApp } from '../test/api-test-app.ts'
import { startPublishServers } from '../test/fake-publish-servers.ts'

type App = Awaited<ReturnType<typeof createTestApp>>

/** A member of a workspace with a token, as the team's people would be. */
const member = async (
  h: App,
  name: string,
  role: 'responder' | 'analyst' | 'viewer',
  workspaceId = 'acme',
) => {
  const ctx = { store: h.store, clock: systemClock }
  const user = await createUser({
    ctx,
    input: { email: `${name}@acme.example`, role, workspaceId, password: 'long enough pass 1' },
  })
  const { token } = await createApiToken({ ctx, userId: user.id, input: {} })
  return {
    id: user.id,
    call: (method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, payload?: object) =>
      h.app.inject({
        method,
        url: `/api/v1/workspaces/${workspaceId}${url}`,
        headers: { authorization: `Bearer ${token}` },
        payload: payload ?? {},
      }),
  }
}

test('a reply goes from first draft to approval through the API, each step by the right person, all audited', async () => {
  const h = await createTestApp()
  try {
    const opened = await h.app.inject({
      method: 'POST',
      url: '/api/v1/workspaces/acme/incidents',
      payload: { alertId: 'alert-1' },
    })
    const incident = opened.json().id
    const writer = await member(h, 'camille', 'responder')
    const lead = await member(h, 'dominique', 'analyst')
    const viewer = await member(h, 'sacha', 'viewer')
    const chain = await h.app.inject({
      method: 'PUT',
      url: '/api/v1/workspaces/acme/approval-chain',
      payload: {
        steps: [
          { name: 'Community lead', role: 'analyst' },
          { name: 'Legal', userIds: [lead.id] },
        ],
      },
    })
    assert.equal(chain.statusCode, 200, chain.body)
    assert.equal((await writer.call('PUT', '/approval-chain', { steps: [{ name: 'x' }] })).statusCode, 403)

    const created = await writer.call('POST', `/incidents/${incident}/drafts`, {
      audience: 'customers',
      channel: 'thread',
      network: 'mastodon',
      lang: 'en',
    })
    assert.equal(created.statusCode, 201, created.body)
    const draft = created.json()
    assert.equal(draft.state, 'draft')
    assert.ok(draft.parts.length >= 1)
    assert.equal(
      (
        await viewer.call('POST', `/incidents/${incident}/drafts`, {
          audience: 'press',
          channel: 'press_statement',
        })
      ).statusCode,
      403,
    )

    const gaps = await writer.call('POST', `/drafts/${draft.id}/submit`)
    assert.equal(gaps.statusCode, 400, gaps.body)
    assert.match(gaps.json().error.message, /fill in the gaps/)
    const edited = await writer.call('PATCH', `/drafts/${draft.id}`, {
      parts: ['We are sorry about the outage. Service is back since 14:00; details at acme.example/status'],
      revision: 1,
    })
    assert.equal(edited.statusCode, 200, edited.body)
    assert.equal((await writer.call('POST', `/drafts/${draft.id}/submit`)).json().state, 'in_review')

    assert.equal(
      (await writer.call('POST', `/drafts/${draft.id}/decision`, { decision: 'approved' })).statusCode,
      403,
    )
    const step1 = await lead.call('POST', `/drafts/${draft.id}/decision`, {
      decision: 'approved',
      revision: 2,
    })
    assert.equal(step1.statusCode, 200, step1.body)
    assert.equal(step1.json().step, 1)
    const twice = await lead.call('POST', `/drafts/${draft.id}/decision`, { decision: 'approved' })
    assert.equal(twice.statusCode, 403)
    assert.match(twice.json().error.message, /already approved this revision/)
    const rejected = await lead.call('POST', `/drafts/${draft.id}/decision`, {
      decision: 'rejected',
      comment: 'wait for the engineers’ confirmation',
    })
    assert.equal(rejected.json().state, 'rejected')

    const audit = await lead.call('GET', `/audit?incident=${incident}`)
    assert.deepEqual(
      audit.json().items.map((e: { action: string }) => e.action),
      ['created', 'edited', 'submitted', 'approved', 'rejected'],
    )
    assert.equal((await writer.call('GET', '/audit')).statusCode, 403)
    const listed = await viewer.call('GET', `/incidents/${incident}/drafts`)
    assert.deepEqual(
      listed.json().items.map((d: { id: string }) => d.id),
      [draft.id],
    )
    const other = await h.app.inject({ method: 'GET', url: `/api/v1/workspaces/globex/drafts/${draft.id}` })
    assert.equal(other.statusCode, 404)
  } finally {
    await h.close()
  }
})

test('with no chain set, one analyst who did not write the draft approves it, after the charter’s checker flagged a phone number and an insult', async () => {
  const h = await createTestApp()
  try {
    const incident = (
      await h.app.inject({
        method: 'POST',
        url: '/api/v1/workspaces/acme/incidents',
        payload: { title: 'Fuite de données clients' },
      })
    ).json().id
    assert.deepEqual(
      (await h.app.inject({ method: 'GET', url: '/api/v1/workspaces/acme/approval-chain' })).json().steps,
      [{ name: 'Communication', role: 'analyst', userIds: [] }],
    )
    const writer = await member(h, 'camille', 'responder')
    const lead = await member(h, 'dominique', 'analyst')
    const draft = (
      await writer.call('POST', `/incidents/${incident}/drafts`, {
        audience: 'customers',
        channel: 'short_post',
        network: 'x',
        lang: 'fr',
      })
    ).json()
    await writer.call('PATCH', `/drafts/${draft.id}`, {
      parts: ['Bande d’abrutis, arrêtez de pleurnicher. Appelez Julie au 06 12 34 56 78.'],
    })
    const submitted = (await writer.call('POST', `/drafts/${draft.id}/submit`)).json()
    assert.deepEqual(submitted.flags.map((f: { kind: string }) => f.kind).sort(), [
      'aggressive_tone',
      'insult',
      'personal_data',
    ])
    // the charter's checker found a phone number (high): approving needs the risk accepted, said in the audit
    const blocked = await lead.call('POST', `/drafts/${draft.id}/decision`, { decision: 'approved' })
    assert.equal(blocked.statusCode, 409)
    assert.match(blocked.json().error.message, /flagged personal_data/)
    const approved = await lead.call('POST', `/drafts/${draft.id}/decision`, {
      decision: 'approved',
      acceptRisks: true,
    })
    assert.equal(approved.json().state, 'approved')
  } finally {
    await h.close()
  }
})

test('an approved reply is published through the API to a Mastodon-like server; the pause switch stops it', async () => {
  const servers = await startPublishServers({
    mastodonToken: 'tok',
    blueskyHandle: 'acme.bsky.social',
    blueskyPassword: 'pw',
    webhookSecret: 's',
  })
  const h = await createTestApp({
    publishClients: publishClients(
      { clock: systemClock },
      { env: { ACME_TOKEN: 'tok' }, policy: { allowHosts: ['127.0.0.1'] } },
    ),
  })
  try {
    const writer = await member(h, 'camille', 'responder')
    const lead = await member(h, 'dominique', 'analyst')
    const added = await h.app.inject({
      method: 'POST',
      url: '/api/v1/workspaces/acme/publishers',
      payload: { id: 'masto', kind: 'mastodon', name: 'Acme', url: servers.base, secretEnv: 'ACME_TOKEN' },
    })
    assert.equal(added.statusCode, 201, added.body)
    assert.equal(
      (
        await writer.call('POST', '/publishers', {
          id: 'x',
          kind: 'webhook',
          name: 'x',
          url: servers.base,
          secretEnv: 'X',
        })
      ).statusCode,
      403,
    )
    assert.doesNotMatch((await writer.call('GET', '/publishers')).body, /tok/)
    const incident = (
      await h.app.inject({
        method: 'POST',
        url: '/api/v1/workspaces/acme/incidents',
        payload: { title: 'Panne' },
      })
    ).json().id
    const draft = (
      await writer.call('POST', `/incidents/${incident}/drafts`, {
        audience: 'customers',
        channel: 'short_post',
        network: 'mastodon',
        lang: 'fr',
      })
    ).json()
    await writer.call('PATCH', `/drafts/${draft.id}`, {
      parts: ['Le service est rétabli. Merci de votre patience.'],
    })
    await writer.call('POST', `/drafts/${draft.id}/submit`)
    assert.equal(
      (await writer.call('POST', `/drafts/${draft.id}/publish`, { publisherId: 'masto' })).statusCode,
      409,
    )
    await lead.call('POST', `/drafts/${draft.id}/decision`, { decision: 'approved' })

    assert.equal((await writer.call('PUT', '/publishing/pause', { reason: 'crise' })).statusCode, 200)
    const held = await writer.call('POST', `/drafts/${draft.id}/publish`, { publisherId: 'masto' })
    assert.equal(held.statusCode, 409)
    assert.match(held.json().error.message, /paused/)
    assert.equal((await writer.call('DELETE', '/publishing/pause')).statusCode, 403)
    assert.equal((await lead.call('DELETE', '/publishing/pause')).statusCode, 200)
    assert.deepEqual((await writer.call('GET', '/publishing/pause')).json(), { pause: null })

    const published = await writer.call('POST', `/drafts/${draft.id}/publish`, { publisherId: 'masto' })
    assert.equal(published.statusCode, 200, published.body)
    assert.equal(published.json().state, 'published')
    assert.deepEqual(
      servers.posts.map((p) => p.text),
      ['Le service est rétabli. Merci de votre patience.'],
    )
  } finally {
    await h.close()
    await servers.close()
  }
})

test('a server that does not publish says so instead of pretending', async () => {
  const h = await createTestApp()
  try {
    await h.app.inject({
      method: 'POST',
      url: '/api/v1/workspaces/acme/publishers',
      payload: {
        id: 'hook',
        kind: 'webhook',
        name: 'Intranet',
        url: 'https://intranet.example/hook',
        secretEnv: 'HOOK',
      },
    })
    const incident = (
      await h.app.inject({
        method: 'POST',
        url: '/api/v1/workspaces/acme/incidents',
        payload: { title: 'Panne' },
      })
    ).json().id
    const writer = await member(h, 'camille', 'responder')
    const draft = (
      await writer.call('POST', `/incidents/${incident}/drafts`, {
        audience: 'press',
        channel: 'press_statement',
        lang: 'fr',
      })
    ).json()
    await writer.call('PATCH', `/drafts/${draft.id}`, { parts: ['Communiqué'] })
    await writer.call('POST', `/drafts/${draft.id}/submit`)
    await h.app.inject({
      method: 'POST',
      url: `/api/v1/workspaces/acme/drafts/${draft.id}/decision`,
      payload: { decision: 'approved' },
    })
    const res = await writer.call('POST', `/drafts/${draft.id}/publish`, { publisherId: 'hook' })
    assert.equal(res.statusCode, 503)
    assert.match(res.json().error.message, /publishing runs in vigie serve/)
    assert.deepEqual(res.json().error.details, { reason: 'no_publishing' })
  } finally {
    await h.close()
  }
})

import assert from 'node:assert/strict'
import { test } from 'node:test'
import { createApiToken, createUser } from '../accounts/index.ts'
import { systemClock } from '../core/index.ts'
import { createTestApp } from '../test/api-test-app.ts'

test('a drill copies the team and approval chain into a sandbox, the team runs the crisis there and publishes nowhere, and the report times each step', async () => {
  const h = await createTestApp({}, { runtime: true })
  try {
    const ctx = { store: h.store, clock: systemClock }
    const writer = await createUser({
      ctx,
      input: {
        email: 'camille@acme.example',
        role: 'responder',
        workspaceId: 'acme',
        password: 'long enough pass 1',
      },
    })
    const { token } = await createApiToken({ ctx, userId: writer.id, input: {} })
    const asWriter = { authorization: `Bearer ${token}` }
    await h.app.inject({
      method: 'PUT',
      url: '/api/v1/workspaces/acme/approval-chain',
      payload: { steps: [{ name: 'Direction', role: 'admin' }] },
    })
    const refused = await h.app.inject({
      method: 'POST',
      url: '/api/v1/workspaces/acme/drills',
      headers: asWriter,
      payload: {},
    })
    assert.equal(refused.statusCode, 403)
    const started = await h.app.inject({
      method: 'POST',
      url: '/api/v1/workspaces/acme/drills',
      payload: { speed: 60, crisisAfterSeconds: 3600, scenario: 'product_defect' },
    })
    assert.equal(started.statusCode, 201, started.body)
    const drill = started.json()
    assert.equal(drill.scenario, 'product_defect')
    const unknown = await h.app.inject({
      method: 'POST',
      url: '/api/v1/workspaces/acme/drills',
      payload: { scenario: 'alien_invasion' },
    })
    assert.equal(unknown.statusCode, 400)
    const sandbox = drill.workspaceId as string
    assert.match(sandbox, /^acme-drill-\d{12}$/)
    assert.equal(drill.sourceWorkspaceId, 'acme')
    // the team is there with the same roles, and the chain came along; the real workspace's data did not
    const chain = await h.app.inject({
      method: 'GET',
      url: `/api/v1/workspaces/${sandbox}/approval-chain`,
      headers: asWriter,
    })
    assert.equal(chain.statusCode, 200, chain.body)
    assert.equal(chain.json().steps[0].name, 'Direction')
    assert.equal(
      (await h.store.listAlerts({ workspaceId: sandbox })).some((a) => a.id === 'alert-1'),
      false,
    )
    // the workspace list says which workspace is a drill's sandbox, and of which workspace
    const mine = (await h.app.inject({ method: 'GET', url: '/api/v1/workspaces', headers: asWriter })).json()
      .items as { id: string; drill?: { sourceWorkspaceId: string } }[]
    assert.equal(mine.find((w) => w.id === sandbox)?.drill?.sourceWorkspaceId, 'acme')
    assert.equal(mine.find((w) => w.id === 'acme')?.drill, undefined)
    const listed = await h.app.inject({ method: 'GET', url: '/api/v1/workspaces/acme/drills' })
    assert.deepEqual(
      listed.json().items.map((d: { workspaceId: string }) => d.workspaceId),
      [sandbox],
    )
    const inSandbox = (
      method: 'GET' | 'POST' | 'PATCH',
      rest: string,
      payload: object = {},
      headers = asWriter,
    ) => h.app.inject({ method, url: `/api/v1/workspaces/${sandbox}${rest}`, headers, payload })
    const incident = (
      await inSandbox('POST', '/incidents', { title: 'Exercice : message d’un salarié' })
    ).json()
    await inSandbox('PATCH', `/incidents/${incident.id}`, { posture: 'acknowledge' })
    const draft = (
      await inSandbox('POST', `/incidents/${incident.id}/drafts`, {
        audience: 'customers',
        channel: 'short_post',
        network: 'x',
      })
    ).json()
    await inSandbox('PATCH', `/drafts/${draft.id}`, {
      parts: ['Nous sommes désolés : ce message ne reflète pas nos valeurs.'],
    })
    await inSandbox('POST', `/drafts/${draft.id}/submit`)
    const approved = await h.app.inject({
      method: 'POST',
      url: `/api/v1/workspaces/${sandbox}/drafts/${draft.id}/decision`,
      payload: { decision: 'approved' },
    })
    assert.equal(approved.statusCode, 200, approved.body)
    const published = await inSandbox('POST', `/drafts/${draft.id}/publish`, { publisherId: 'drill' })
    assert.equal(published.statusCode, 200, published.body)
    assert.equal(published.json().state, 'published')
    assert.match(published.json().publications[0].remoteId, /^drill:/)
    // outside a drill, "drill" is no publisher
    const real = (
      await h.app.inject({
        method: 'POST',
        url: '/api/v1/workspaces/acme/incidents',
        payload: { title: 'x' },
      })
    ).json()
    const realDraft = (
      await h.app.inject({
        method: 'POST',
        url: `/api/v1/workspaces/acme/incidents/${real.id}/drafts`,
        payload: { audience: 'press', channel: 'press_statement' },
      })
    ).json()
    await h.store.saveReplyDraft({
      ...(await h.store.getReplyDraft('acme', realDraft.id))!,
      state: 'approved',
      changes: 2,
    })
    const notDrill = await h.app.inject({
      method: 'POST',
      url: `/api/v1/workspaces/acme/drafts/${realDraft.id}/publish`,
      payload: { publisherId: 'drill' },
    })
    assert.equal(notDrill.statusCode, 404)

    const report = (await inSandbox('GET', '/drill')).json()
    const steps = Object.fromEntries(
      report.steps.map((s: { step: string; at: string | null }) => [s.step, s.at]),
    )
    for (const step of [
      'incident_opened',
      'posture_chosen',
      'first_draft',
      'submitted',
      'approved',
      'published',
    ])
      assert.ok(steps[step], `${step} is recorded`)
    const stopped = await h.app.inject({
      method: 'POST',
      url: `/api/v1/workspaces/${sandbox}/drill/stop`,
      payload: {},
    })
    assert.equal(stopped.statusCode, 200, stopped.body)
    assert.ok(stopped.json().endedAt)
    const fromDrill = await h.app.inject({
      method: 'POST',
      url: `/api/v1/workspaces/${sandbox}/drills`,
      payload: {},
    })
    assert.equal(fromDrill.statusCode, 400)
  } finally {
    await h.close()
  }
})

test('a server without pipelines says drills run in vigie serve', async () => {
  const h = await createTestApp()
  try {
    const res = await h.app.inject({ method: 'POST', url: '/api/v1/workspaces/acme/drills', payload: {} })
    assert.equal(res.statusCode, 503)
    assert.match(res.json().error.message, /drills run in vigie serve/)
  } finally {
    await h.close()
  }
})

import assert from 'node:assert/strict'
import { existsSync } from 'node:fs'
import { test } from 'node:test'
import { printPdf } from '../runtime/index.ts'
import { createTestApp } from '../test/api-test-app.ts'
import { needService } from '../test/services.ts'

type TestApp = Awaited<ReturnType<typeof createTestApp>>

/** Opens an incident in acme through the API, from its seeded alert or by hand with a title; its id. */
const openIncident = async (
  h: TestApp,
  payload: { alertId: string } | { title: string } = { alertId: 'alert-1' },
) => {
  const res = await h.app.inject({ method: 'POST', url: '/api/v1/workspaces/acme/incidents', payload })
  assert.equal(res.statusCode, 201, res.body)
  return res.json().id as string
}

test('an incident opened from an alert is read back with its timeline and the advice for its facts', async () => {
  const h = await createTestApp()
  try {
    const opened = await h.app.inject({
      method: 'POST',
      url: '/api/v1/workspaces/acme/incidents',
      payload: { alertId: 'alert-1' },
    })
    assert.equal(opened.statusCode, 201, opened.body)
    const { id } = opened.json()
    const again = await h.app.inject({
      method: 'POST',
      url: '/api/v1/workspaces/acme/incidents',
      payload: { alertId: 'alert-1' },
    })
    assert.equal(again.statusCode, 409)
    const patched = await h.app.inject({
      method: 'PATCH',
      url: `/api/v1/workspaces/acme/incidents/${id}`,
      payload: { state: 'responding', posture: 'deny', facts: { crisisType: 'organizational_misdeed' } },
    })
    assert.equal(patched.statusCode, 200, patched.body)
    const note = await h.app.inject({
      method: 'POST',
      url: `/api/v1/workspaces/acme/incidents/${id}/notes`,
      payload: { text: 'communiqué en relecture' },
    })
    assert.equal(note.statusCode, 201, note.body)
    const read = await h.app.inject({ method: 'GET', url: `/api/v1/workspaces/acme/incidents/${id}?lang=fr` })
    assert.equal(read.statusCode, 200, read.body)
    const view = read.json()
    assert.equal(view.incident.state, 'responding')
    assert.deepEqual(view.incident.alertIds, ['alert-1'])
    const kinds = view.timeline.map((e: { kind: string }) => e.kind)
    assert.ok(kinds.includes('alert') && kinds.includes('posture') && kinds.includes('note'), kinds.join())
    assert.equal(view.advice.recommended, 'acknowledge')
    assert.match(view.advice.warnings.join(' '), /risque élevé/)
    const list = await h.app.inject({
      method: 'GET',
      url: '/api/v1/workspaces/acme/incidents?state=responding',
    })
    assert.deepEqual(
      list.json().items.map((i: { id: string }) => i.id),
      [id],
    )
    const other = await h.app.inject({ method: 'GET', url: `/api/v1/workspaces/globex/incidents/${id}` })
    assert.equal(other.statusCode, 404)
  } finally {
    await h.close()
  }
})

test("an incident's follow-up says the brand has not spoken yet, and refuses a window out of range", async () => {
  const h = await createTestApp()
  try {
    const id = await openIncident(h)
    const res = await h.app.inject({
      method: 'GET',
      url: `/api/v1/workspaces/acme/incidents/${id}/follow-up`,
    })
    assert.equal(res.statusCode, 200, res.body)
    const body = res.json()
    assert.equal(body.responseMinutes, null)
    assert.equal(body.windowMinutes, 120)
    assert.deepEqual(body.responses, [])
    const bad = await h.app.inject({
      method: 'GET',
      url: `/api/v1/workspaces/acme/incidents/${id}/follow-up?window=5`,
    })
    assert.equal(bad.statusCode, 400)
    const other = await h.app.inject({
      method: 'GET',
      url: `/api/v1/workspaces/globex/incidents/${id}/follow-up`,
    })
    assert.equal(other.statusCode, 404)
  } finally {
    await h.close()
  }
})

test('the crisis report downloads as HTML, and as a PDF printed by Chromium', async (t) => {
  const h = await createTestApp({
    printPdf: (html) => printPdf(html, { chromium: '/usr/bin/chromium' }),
  })
  try {
    const id = await openIncident(h)
    const html = await h.app.inject({
      method: 'GET',
      url: `/api/v1/workspaces/acme/incidents/${id}/report?lang=fr`,
    })
    assert.equal(html.statusCode, 200, html.body)
    assert.match(String(html.headers['content-type']), /^text\/html/)
    assert.match(
      String(html.headers['content-disposition']),
      /attachment; filename="acme-incident-\d{4}-\d\d-\d\d\.html"/,
    )
    assert.match(html.body, /Rapport de crise/)
    const ok = await needService(t, 'chromium', async () => {
      if (!existsSync('/usr/bin/chromium'))
        throw new Error('/usr/bin/chromium is missing (scripts/install-browser.sh)')
    })
    if (!ok) return
    const pdf = await h.app.inject({
      method: 'GET',
      url: `/api/v1/workspaces/acme/incidents/${id}/report?format=pdf`,
    })
    assert.equal(pdf.statusCode, 200, pdf.body.slice(0, 300))
    assert.equal(pdf.headers['content-type'], 'application/pdf')
    assert.equal(pdf.rawPayload.subarray(0, 5).toString('latin1'), '%PDF-')
  } finally {
    await h.close()
  }
})

test('a server that cannot print says to download the HTML report instead', async () => {
  const h = await createTestApp()
  try {
    const id = await openIncident(h, { title: 'Rumeur' })
    const res = await h.app.inject({
      method: 'GET',
      url: `/api/v1/workspaces/acme/incidents/${id}/report?format=pdf`,
    })
    assert.equal(res.statusCode, 503)
    assert.match(res.json().error.message, /download the HTML one/)
  } finally {
    await h.close()
  }
})

test('a responder pins a key post of the incident; the room reads pinned posts, the most engaging, amplifiers and sources', async () => {
  const h = await createTestApp()
  try {
    const id = await openIncident(h)
    const pin = (mentionId: string, pinned = true, ws = 'acme') =>
      h.app.inject({
        method: 'POST',
        url: `/api/v1/workspaces/${ws}/incidents/${id}/key-posts`,
        payload: { mentionId, pinned },
      })
    const pinned = await pin('mastodon:4')
    assert.equal(pinned.statusCode, 200, pinned.body)
    assert.deepEqual(pinned.json(), { pinned: ['mastodon:4'] })
    assert.equal((await pin('mastodon:5')).statusCode, 404, "another client's post cannot be pinned")
    assert.equal((await pin('mastodon:4', true, 'globex')).statusCode, 404)
    assert.equal((await pin('')).statusCode, 400)
    const res = await h.app.inject({ method: 'GET', url: `/api/v1/workspaces/acme/incidents/${id}/posts` })
    assert.equal(res.statusCode, 200, res.body)
    const posts = res.json()
    assert.deepEqual(
      posts.pinned.map((m: { id: string }) => m.id),
      ['mastodon:4'],
    )
    assert.ok(posts.mostEngaged.length > 0)
    assert.ok(
      posts.mostEngaged.every((m: { workspaceId: string }) => m.workspaceId === 'acme'),
      'only the workspace’s posts',
    )
    assert.ok(posts.amplifiers.some((a: { handle: string }) => a.handle === 'mallory'))
    assert.ok(posts.sources.length > 0)
    const timeline = (
      await h.app.inject({ method: 'GET', url: `/api/v1/workspaces/acme/incidents/${id}` })
    ).json().timeline
    assert.ok(
      timeline.some(
        (e: { kind: string; mentionId: string }) => e.kind === 'pinned' && e.mentionId === 'mastodon:4',
      ),
    )
  } finally {
    await h.close()
  }
})

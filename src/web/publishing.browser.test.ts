import assert from 'node:assert/strict'
import type { Page } from 'playwright-core'
import { createApiToken, createUser } from '../accounts/index.ts'
import { systemClock } from '../core/index.ts'
import { publishClients } from '../runtime/index.ts'
import { browserTest, type DashboardSession, logIn } from '../test/dashboard-browser.ts'
import { startPublishServers } from '../test/fake-publish-servers.ts'

/** Whether the page scrolls sideways (content wider than the viewport). */
const scrollsSideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth)

const TOKEN = 'mastodon-token-never-shown-42'
const HOSTILE = '<img src=x onerror="window.__pwned=1">Acme'

/**
 * An approved draft of an incident, made through the API as a team would: the admin writes and submits,
 * another member approves (four eyes).
 */
const approvedDraft = async (
  h: DashboardSession['h'],
  approver: string,
  incident: string,
  draft: { channel: 'short_post' | 'thread'; parts: string[] },
) => {
  const call = async (method: 'POST' | 'PATCH', url: string, payload: object, token?: string) => {
    const res = await h.app.inject({
      method,
      url: `/api/v1/workspaces/acme${url}`,
      payload,
      ...(token ? { headers: { authorization: `Bearer ${token}` } } : {}),
    })
    assert.ok(res.statusCode < 300, res.body)
    return res.json() as { id: string; revision: number }
  }
  const created = await call('POST', `/incidents/${incident}/drafts`, {
    audience: 'customers',
    channel: draft.channel,
    network: 'mastodon',
    lang: 'en',
  })
  const edited = await call('PATCH', `/drafts/${created.id}`, { parts: draft.parts })
  await call('POST', `/drafts/${created.id}/submit`, {})
  await call(
    'POST',
    `/drafts/${created.id}/decision`,
    { decision: 'approved', comment: '', revision: edited.revision },
    approver,
  )
  return created.id
}

browserTest(
  'in a browser, an admin adds a Mastodon publisher; publishing is refused while paused, then an approved reply goes out with its link, a thread refused half-way is sent again, and a scheduled reply is taken off the schedule',
  {
    logIn: 'en',
    expected: /(409 \(Conflict\)|503 \(Service Unavailable\)) http:\/\/127\.0\.0\.1/,
    timeout: 150_000,
    overrides: {
      publishClients: publishClients(
        { clock: systemClock },
        { env: { ACME_TOKEN: TOKEN }, policy: { allowHosts: ['127.0.0.1'] } },
      ),
    },
  },
  async ({ page, address, h }) => {
    const servers = await startPublishServers({
      mastodonToken: TOKEN,
      blueskyHandle: 'acme.bsky.social',
      blueskyPassword: 'pw',
      webhookSecret: 's',
    })
    try {
      // the admin adds the publisher in the settings: its secret is named, never given nor shown
      await page.getByRole('link', { name: 'Settings' }).click()
      const settings = page.getByRole('region', { name: 'Publishers' })
      await settings.getByText('No publisher yet').waitFor()
      await settings.getByLabel('Kind').selectOption('mastodon')
      await settings.getByText('write:statuses').waitFor()
      await settings.getByLabel(/^Identifier/).fill('masto')
      await settings.getByLabel('Name', { exact: true }).fill(HOSTILE)
      await settings.getByLabel('Address').fill(servers.base)
      await settings.getByLabel(/^Environment variable of the secret/).fill('ACME_TOKEN')
      await settings.getByRole('button', { name: 'Add the publisher' }).click()
      const row = settings.locator('tr[data-id="masto"]')
      await row.getByText('ACME_TOKEN').waitFor()
      assert.match(
        String(await row.locator('th').textContent()),
        /<img src=x onerror="window.__pwned=1">Acme/,
      )
      assert.doesNotMatch(String(await page.content()), new RegExp(TOKEN))
      await page.setViewportSize({ width: 390, height: 844 })
      assert.equal(await scrollsSideways(page), false, 'the settings scroll sideways on a phone')
      await page.setViewportSize({ width: 1280, height: 900 })

      const incident = (
        await h.app.inject({
          method: 'POST',
          url: '/api/v1/workspaces/acme/incidents',
          payload: { title: 'Kettle recall' },
        })
      ).json().id as string
      const claire = await createUser({
        ctx: { store: h.store, clock: systemClock },
        input: {
          email: 'claire@acme.example',
          password: 'a long enough password',
          name: 'Claire',
          role: 'analyst',
          workspaceId: 'acme',
        },
      })
      const { token } = await createApiToken({
        ctx: { store: h.store, clock: systemClock },
        userId: claire.id,
        input: {},
      })
      const post = 'The service is back. Thank you for your patience.'
      const now = await approvedDraft(h, token, incident, { channel: 'short_post', parts: [post] })
      const thread = await approvedDraft(h, token, incident, {
        channel: 'thread',
        parts: ['1/2 We are sorry for the outage.', '2/2 Every order will be refunded.'],
      })
      const later = await approvedDraft(h, token, incident, {
        channel: 'short_post',
        parts: ['Our full report comes out tomorrow.'],
      })

      // the pause switch, with its reason, shows in a banner on the crisis room
      await page.goto(`${address}/#/acme/incidents?id=${encodeURIComponent(incident)}`)
      await page.locator('.incident-room').waitFor()
      // by keyboard: the button opens the reason's field, focused; Enter pauses
      await page.getByRole('button', { name: 'Pause all publishing' }).focus()
      await page.keyboard.press('Enter')
      // typed only once the field has the focus: on a loaded machine it may come a moment after the field
      await page
        .getByLabel(/^Why pause\?/)
        .and(page.locator(':focus'))
        .waitFor()
      await page.keyboard.type('Crisis: every post waits')
      await page.keyboard.press('Enter')
      const banner = page.getByRole('region', { name: 'Publishing is paused' })
      await banner.getByText('Crisis: every post waits').waitFor()
      await banner.getByText(/by you/).waitFor()
      await page.setViewportSize({ width: 390, height: 844 })
      assert.equal(
        await scrollsSideways(page),
        false,
        'the crisis room with the banner scrolls sideways on a phone',
      )
      await page.setViewportSize({ width: 1280, height: 900 })

      const first = page.locator(`.reply-draft[data-id="${now}"]`)
      await first.getByLabel('Publish through').selectOption('masto')
      await first.getByRole('button', { name: 'Publish', exact: true }).click()
      await first
        .getByRole('alert')
        .getByText(
          /Not published: publishing is paused since .*, by you\. Lift the pause first\. Reason: Crisis/,
        )
        .waitFor()
      assert.equal(servers.posts.length, 0)

      // the banner is on the incidents page too; lifting it lets the reply go out
      await page.getByRole('link', { name: 'All incidents' }).click()
      await page.getByRole('region', { name: 'Publishing is paused' }).waitFor()
      await page.getByRole('button', { name: 'Lift the pause' }).click()
      await page.getByRole('button', { name: 'Pause all publishing' }).waitFor()
      await page.locator('.incident-list a', { hasText: 'Kettle recall' }).click()
      await first.getByRole('button', { name: 'Publish', exact: true }).click()
      await page.locator(`.reply-draft[data-id="${now}"][data-state="published"]`).waitFor()
      await first.getByRole('link', { name: 'https://social.example/@acme/1001' }).waitFor()
      assert.deepEqual(
        servers.posts.map((p) => p.text),
        [post],
      )
      await page.locator('.timeline li[data-kind="reply"]', { hasText: 'published on mastodon' }).waitFor()

      // a thread refused half-way: how many went out is said, and publishing again sends the rest
      servers.failNext(1, 503, 1)
      const second = page.locator(`.reply-draft[data-id="${thread}"]`)
      await second.getByRole('button', { name: 'Publish', exact: true }).click()
      await second
        .getByRole('alert')
        .getByText(/refused post 2 of 2 .*: 1 went out\. Publish again to send the rest/)
        .waitFor()
      await second.getByText('1 of 2 posts went out').waitFor()
      await second.getByRole('button', { name: 'Publish', exact: true }).click()
      await page.locator(`.reply-draft[data-id="${thread}"][data-state="published"]`).waitFor()
      assert.equal(await second.locator('.publications li a').count(), 2)
      assert.deepEqual(
        servers.posts.slice(1).map((p) => p.text),
        ['1/2 We are sorry for the outage.', '2/2 Every order will be refunded.'],
      )

      // scheduled at a local date and time, then taken off the schedule (it stays approved)
      const third = page.locator(`.reply-draft[data-id="${later}"]`)
      await third.getByRole('radio', { name: 'at a date and time' }).check()
      await third.getByLabel('Date and time (your local time)').fill('2030-01-02T09:30')
      await third.getByRole('button', { name: 'Schedule', exact: true }).click()
      await third.getByText(/Scheduled for 02\/01\/2030, 09:30 through <img src=x/).waitFor()
      const saved = await h.store.getReplyDraft('acme', later)
      assert.equal(saved?.schedule?.at.toISOString(), '2030-01-02T09:30:00.000Z')
      await third.getByRole('button', { name: 'Unschedule' }).click()
      await third.locator('.draft-publishing[data-scheduled="false"]').waitFor()
      await third.getByRole('button', { name: 'Publish', exact: true }).waitFor()
      assert.equal((await h.store.getReplyDraft('acme', later))?.state, 'approved')
      assert.equal(servers.posts.length, 3)
      assert.equal(await page.locator('main img, main script').count(), 0)
      assert.equal(await page.evaluate(() => (window as { __pwned?: number }).__pwned), undefined)
    } finally {
      await servers.close()
    }
  },
)

browserTest(
  'in a browser, in French, a responder sees the pause banner with its reason but may not lift it, and the publishers stay an admin’s',
  {},
  async ({ page, address, h }) => {
    const paused = await h.app.inject({
      method: 'PUT',
      url: '/api/v1/workspaces/acme/publishing/pause',
      payload: { reason: 'Crise en cours : tout attend' },
    })
    assert.equal(paused.statusCode, 200, paused.body)
    const camille = { email: 'camille@acme.example', password: 'a long enough password' }
    await createUser({
      ctx: { store: h.store, clock: systemClock },
      input: { ...camille, name: 'Camille', role: 'responder', workspaceId: 'acme' },
    })
    await logIn(page, address, 'fr', camille)
    await page.getByRole('link', { name: 'Incidents' }).click()
    const banner = page.getByRole('region', { name: 'La publication est en pause' })
    await banner.getByText('Crise en cours : tout attend').waitFor()
    await banner.getByText('Lever la pause demande le rôle analyste.').waitFor()
    assert.equal(await page.getByRole('button', { name: 'Lever la pause' }).count(), 0)
    await page.getByRole('link', { name: 'Réglages' }).click()
    await page.getByRole('heading', { level: 1, name: 'Réglages' }).waitFor()
    assert.equal(await page.getByRole('region', { name: 'Canaux de publication' }).count(), 0)
  },
)

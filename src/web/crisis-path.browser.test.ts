import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { createUser } from '../accounts/index.ts'
import { systemClock } from '../core/index.ts'
import { printPdf, publishClients } from '../runtime/index.ts'
import { browserTest, draftMastodonPost, fillLogin } from '../test/dashboard-browser.ts'
import { startPublishServers } from '../test/fake-publish-servers.ts'

const TOKEN = 'mastodon-token-of-the-path-test'
const CLAIRE = { email: 'claire@acme.example', password: 'a long enough password' }
const REPLY = 'We are sorry about the faulty kettles. Every one will be replaced free of charge this week.'

browserTest(
  'in a browser, a whole crisis: alert, incident, posture, key post, draft checked, approved by another person, published to Mastodon, its effect followed, and the PDF report downloaded',
  {
    logIn: 'en',
    timeout: 180_000,
    overrides: {
      publishClients: publishClients(
        { clock: systemClock },
        { env: { ACME_TOKEN: TOKEN }, policy: { allowHosts: ['127.0.0.1'] } },
      ),
      printPdf: (html) => printPdf(html, { chromium: '/usr/bin/chromium' }),
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
      const added = await h.app.inject({
        method: 'POST',
        url: '/api/v1/workspaces/acme/publishers',
        payload: {
          id: 'masto',
          kind: 'mastodon',
          name: 'Acme on Mastodon',
          url: servers.base,
          secretEnv: 'ACME_TOKEN',
        },
      })
      assert.equal(added.statusCode, 201, added.body)
      await createUser({
        ctx: { store: h.store, clock: systemClock },
        input: { ...CLAIRE, name: 'Claire Moreau', role: 'analyst', workspaceId: 'acme' },
      })

      // the alert: one click opens the incident, whose timeline starts with the alert
      await page.getByRole('link', { name: /Alerts/ }).click()
      await page
        .locator('.alert-card[data-id="alert-1"]')
        .getByRole('button', { name: 'Open an incident' })
        .click()
      await page.waitForURL(/#\/acme\/incidents\?id=/)
      const room = page.locator('.incident-room')
      await room.waitFor()
      const id = String(await room.getAttribute('data-id'))
      await page.locator('.timeline li[data-kind="alert"]').waitFor()

      // the posture the advice recommends
      await page.getByLabel('Crisis type (SCCT)').selectOption('technical_error_product_harm')
      await page.getByRole('radio', { name: 'Acknowledge and repair' }).check()
      await page.getByRole('button', { name: 'Save the facts and posture' }).click()
      await page.locator('.timeline li[data-kind="posture"]', { hasText: 'Acknowledge and repair' }).waitFor()

      // a key post pinned from the most engaging posts: it joins the key posts and the timeline
      const posts = page.getByRole('region', { name: 'Key posts and amplifiers' })
      await posts.getByText('No key post pinned yet').waitFor()
      await posts.getByRole('button', { name: 'Pin as a key post' }).first().click()
      await posts.locator('li[data-pinned="true"]').first().waitFor()
      await posts.getByRole('button', { name: 'Unpin' }).first().waitFor()
      await page.locator('.timeline li[data-kind="pinned"]').waitFor()
      await posts.getByRole('table').getByRole('row').nth(1).waitFor()
      await posts.getByText(/^Potential reach: [\d,]+ followers of \d+ authors\.$/).waitFor()

      // a draft written for Mastodon, checked by the charter on submission (clean: no flag)
      const { replies, draft } = await draftMastodonPost(page)
      await draft.getByLabel('Text').fill(REPLY)
      await draft.getByRole('button', { name: 'Submit for approval' }).click()
      await replies.locator('.reply-draft[data-state="in_review"]').waitFor()
      assert.equal(await draft.locator('mark.flag').count(), 0, 'a clean reply raises no flag')
      const draftId = String(await draft.getAttribute('data-id'))

      // another person approves it and publishes it
      await page.getByRole('button', { name: 'Log out' }).click()
      await fillLogin(page, 'en', CLAIRE)
      await page.locator('.live[data-state="live"]').waitFor()
      await page.goto(`${address}/#/acme/incidents?id=${encodeURIComponent(id)}`)
      const mine = page.locator(`.reply-draft[data-id="${draftId}"]`)
      await mine.getByRole('button', { name: 'Approve' }).click()
      await page.locator(`.reply-draft[data-id="${draftId}"][data-state="approved"]`).waitFor()
      await mine.getByLabel('Publish through').selectOption('masto')
      await mine.getByRole('button', { name: 'Publish', exact: true }).click()
      await page.locator(`.reply-draft[data-id="${draftId}"][data-state="published"]`).waitFor()
      assert.deepEqual(
        servers.posts.map((p) => p.text),
        [REPLY],
      )
      await page.locator('.timeline li[data-kind="reply"]', { hasText: 'published on mastodon' }).waitFor()

      // its effect: the follow-up measures the time to the first public word and before → after
      const follow = page.locator('[data-panel="incident-follow-up"]')
      await follow.getByText(/First public word of the brand \d+ min after the first signal/).waitFor()
      await follow.getByText('Reply published').waitFor()
      await follow.getByText(/mentions\/h, negative share/).waitFor()

      // the report, printed as a PDF by Chromium, downloads from the room
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: 'Download the report (PDF)' }).click(),
      ])
      assert.match(download.suggestedFilename(), /^acme-incident-\d{4}-\d\d-\d\d\.pdf$/)
      const pdf = await readFile(await download.path())
      assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-')
    } finally {
      await servers.close()
    }
  },
)

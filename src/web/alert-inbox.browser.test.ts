import assert from 'node:assert/strict'
import type { Page } from 'playwright-core'
import { createUser } from '../accounts/index.ts'
import { systemClock } from '../core/index.ts'
import { browserTest, fillLogin } from '../test/dashboard-browser.ts'

/** Waits until the inbox shows `n` alerts (a function: the page's policy refuses evaluated strings). */
const cards = (page: Page, n: number) =>
  page.waitForFunction((count) => document.querySelectorAll('.alert-list .alert-card').length === count, n)

browserTest(
  'in a browser, the alerts inbox shows the newest alerts first and loads older ones page by page',
  { logIn: 'en' },
  async ({ page, h }) => {
    const base = h.seed.alerts[0]!
    for (let i = 0; i < 130; i++)
      await h.store.saveAlert({
        ...base,
        id: `alert-old-${String(i).padStart(3, '0')}`,
        at: new Date(Date.parse('2026-02-01T00:00:00Z') + i * 3_600_000),
        status: 'open',
      })
    await page.reload()
    await page.locator('.live[data-state="live"]').waitFor()
    await page.getByRole('link', { name: /Alerts/ }).click()
    await page.getByRole('button', { name: 'All', exact: true }).click() // one seed alert is resolved
    await cards(page, 100)
    await page.getByText('Alerts loaded: 100').waitFor()
    // the two seed alerts are the newest, then the old ones from the most recent down
    assert.equal(await page.locator('.alert-card').nth(2).getAttribute('data-id'), 'alert-old-129')
    await page.getByRole('button', { name: 'Load older alerts' }).click()
    await cards(page, 132)
    assert.equal(await page.locator('.alert-card').last().getAttribute('data-id'), 'alert-old-000')
    assert.equal(await page.getByRole('button', { name: 'Load older alerts' }).count(), 0)
    const ids = await page
      .locator('.alert-card')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-id')))
    assert.equal(new Set(ids).size, 132, 'no alert twice')
  },
)

browserTest(
  "in a browser, a member who is not an admin sees comment authors and the workspace's people by name, without emails",
  {},
  async ({ page, address, h }) => {
    const ctx = { store: h.store, clock: systemClock }
    const lea = await createUser({
      ctx,
      input: { email: 'lea@acme.example', name: 'Léa Martin', role: 'responder', workspaceId: 'acme' },
    })
    const paul = { email: 'paul@acme.example', password: 'a long enough password' }
    await createUser({ ctx, input: { ...paul, name: 'Paul Durand', role: 'viewer', workspaceId: 'acme' } })
    await h.store.addAlertComment({
      workspaceId: 'acme',
      alertId: 'alert-1',
      userId: lea.id,
      text: 'Cellule de crise ouverte',
      at: new Date('2026-03-14T12:00:00Z'),
    })
    await page.goto(`${address}/?lang=fr`)
    await fillLogin(page, 'fr', paul)
    await page.locator('.live[data-state="live"]').waitFor()
    await page.getByRole('link', { name: /Alertes/ }).click()
    const card = page.locator('.alert-card[data-id="alert-1"]')
    await card.getByRole('button', { name: 'Commentaires' }).click()
    await card.locator('.comments .author', { hasText: 'Léa Martin' }).waitFor()
    assert.doesNotMatch(String(await card.locator('.comments').textContent()), new RegExp(lea.id))

    await page.getByRole('link', { name: 'Réglages' }).click()
    const people = page.getByRole('region', { name: 'Personnes de cet espace' })
    await people.getByText('Léa Martin').waitFor()
    await people.getByText('Paul Durand').waitFor()
    assert.doesNotMatch(String(await people.textContent()), /@acme\.example/)
  },
)

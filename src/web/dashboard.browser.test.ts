import assert from 'node:assert/strict'
import { browserTest, logIn } from '../test/dashboard-browser.ts'

browserTest(
  'in a browser, a person logs in, lands on the overview, switches workspace and language',
  { logIn: 'fr' },
  async ({ page }) => {
    assert.match(page.url(), /\/#\/acme\/overview$/, 'the language asked by the form is dropped from the URL')
    await page.getByRole('heading', { name: 'Vue d’ensemble' }).waitFor()
    await page.locator('.level-card[data-query="q-acme"][data-level="alert"]').waitFor()
    await page.locator('.volume-chart canvas').first().waitFor()

    await page.getByRole('combobox', { name: 'Espace' }).selectOption('globex')
    await page.waitForURL(/#\/globex\/overview$/)
    await page.getByText('Aucune requête de marque : ajoutez-en une dans Requêtes.').waitFor()

    await page.getByRole('button', { name: 'EN', exact: true }).click()
    await page.getByRole('heading', { name: 'Overview' }).waitFor()
    assert.equal(await page.locator('html').getAttribute('lang'), 'en')
    await page.reload()
    await page.getByRole('heading', { name: 'Overview' }).waitFor() // remembered for this user
    assert.match(await page.title(), /^Overview · Globex <Corp> — Vigie$/)
  },
)

browserTest(
  'in a browser, a crisis alert arrives live: the level, the title badge, then acknowledged in the inbox',
  { logIn: 'fr' },
  async ({ page, h }) => {
    const explanations = {
      fr: 'Crise : des éclats de verre, repris partout',
      en: 'Crisis: glass shards everywhere',
    }
    const live = {
      ...h.seed.alerts[0]!,
      id: 'alert-live',
      severity: 'crisis' as const,
      score: 91,
      explanation: explanations.en,
      details: { explanations },
    }
    await h.store.saveAlert(live) // as the runtime does: stored first, then published
    h.hub.publish(live)

    const level = page.locator('.level-card[data-query="q-acme"][data-level="crisis"]')
    await level.getByText(explanations.fr).waitFor()
    await page.waitForFunction(() => document.title.startsWith('(1) '))
    await page.getByRole('link', { name: /Alertes/ }).click()
    const card = page.locator('.alert-card[data-id="alert-live"]')
    await card.getByText(explanations.fr).waitFor()
    assert.match(String(await card.getAttribute('class')), /\bnew\b/)
    assert.equal(await card.locator('.badge.level-crisis').textContent(), 'crise')
    await page.waitForFunction(() => !document.title.startsWith('('), null, { timeout: 5000 })

    await card.getByRole('button', { name: 'Prendre en compte' }).click()
    await page.locator('.alert-card[data-id="alert-live"][data-status="acknowledged"]').waitFor()
    assert.equal((await h.store.getAlert('acme', 'alert-live'))?.status, 'acknowledged')

    await card.getByRole('button', { name: 'Commentaires' }).click()
    await card.getByPlaceholder('Ajouter un commentaire').fill('Cellule de crise ouverte')
    await card.getByRole('button', { name: 'Envoyer' }).click()
    await card.getByText('Cellule de crise ouverte').waitFor()
  },
)

browserTest(
  'in a browser, a language switched by a logged-in person is saved to their account and used at the next login',
  { logIn: 'fr' },
  async ({ page, address, h }) => {
    await page.getByRole('heading', { name: 'Vue d’ensemble' }).waitFor()
    await page.getByRole('button', { name: 'EN', exact: true }).click()
    await page.getByRole('heading', { name: 'Overview' }).waitFor()
    await waitFor(async () => (await h.store.getUser(h.admin.id))?.language === 'en')

    await page.getByRole('button', { name: 'Log out' }).click()
    await page.waitForURL(/\/login/)
    await page.evaluate(() => window.localStorage.clear()) // nothing left in this browser: the account decides
    await logIn(page, address, 'fr')
    await page.getByRole('heading', { name: 'Overview' }).waitFor()
    assert.equal(await page.locator('html').getAttribute('lang'), 'en')
  },
)

browserTest(
  'in a browser, a demo visitor’s language stays in their browser',
  { overrides: { auth: { demoWorkspaceId: 'acme' } } },
  async ({ page, address }) => {
    await page.goto(`${address}/?lang=fr`)
    await page.getByRole('heading', { name: 'Vue d’ensemble' }).waitFor()
    await page.getByRole('button', { name: 'EN', exact: true }).click()
    await page.getByRole('heading', { name: 'Overview' }).waitFor()
    await page.goto(`${address}/`)
    await page.getByRole('heading', { name: 'Overview' }).waitFor()
  },
)

const waitFor = async (done: () => Promise<boolean>, ms = 5000) => {
  const until = Date.now() + ms
  while (!(await done())) {
    if (Date.now() > until) throw new Error('timed out')
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

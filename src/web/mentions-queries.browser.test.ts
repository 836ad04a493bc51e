import assert from 'node:assert/strict'
import { browserTest } from '../test/dashboard-browser.ts'

browserTest(
  'in a browser, mentions are searched with the words marked, filtered and their sentiment corrected',
  { logIn: 'fr' },
  async ({ page, h }) => {
    await page.getByRole('link', { name: 'Mentions' }).click()
    const shown = (count: number) =>
      page.waitForFunction(
        (n) => document.querySelectorAll('.mention-list article.mention').length === n,
        count,
      )
    await shown(4) // the last 7 days by default
    await page.getByLabel('Période').selectOption('24h')
    await shown(3)
    assert.equal(await page.locator('.mention[data-id="mastodon:1"]').count(), 0, 'older than 24 h')
    await page.getByRole('searchbox', { name: 'Rechercher' }).fill('eclats')
    await page.getByRole('searchbox', { name: 'Rechercher' }).press('Enter')
    await page.locator('.mention[data-id="mastodon:2"] mark', { hasText: 'éclats' }).waitFor()
    await shown(1)

    await page.getByRole('searchbox', { name: 'Rechercher' }).fill('')
    await page.locator('select[name="sentiment"]').selectOption('negative')
    await shown(2)

    const correct = page
      .locator('.mention[data-id="mastodon:3"]')
      .getByRole('combobox', { name: 'Corriger la tonalité' })
    await correct.selectOption('positive')
    await page.locator('.mention[data-id="mastodon:3"][data-sentiment="positive"]').waitFor()
    const [stored] = (await h.store.listMentions({ workspaceId: 'acme', limit: 10 })).items.filter(
      (m) => m.id === 'mastodon:3',
    )
    assert.equal(stored?.analysis.sentiment.label, 'positive')
  },
)

browserTest(
  'in a browser, a query with a syntax error shows it at its column, then previews and saves once fixed',
  // the browser logs the previews the server refused (400): those were asked for
  { logIn: 'en', expected: /400 \(Bad Request\) http:\/\/127\.0\.0\.1/ },
  async ({ page, h }) => {
    await page.getByRole('link', { name: 'Queries' }).click()
    await page.getByRole('button', { name: 'New query' }).click()
    await page.getByLabel('Brand', { exact: true }).fill('Acme recall')
    const text = page.getByRole('textbox', { name: /^Query/ })
    await text.fill('acme AND')
    const error = page.locator('.query-error[data-column="9"]')
    await error.getByText('Syntax error at line 1, column 9').waitFor()
    assert.match(String(await error.locator('pre').textContent()), /^acme AND\n {8}\^$/)

    await text.fill('acme AND (rappel OR recalls)')
    await page.getByText('2 of the 4 newest mentions match.').waitFor()
    assert.equal(await page.locator('.query-error').count(), 0)
    await page.getByRole('button', { name: 'Save' }).click()
    await page.locator('.query-list > li[data-id="q-acme-recall"]').waitFor()
    const saved = (await h.store.listQueries('acme')).find((q) => q.id === 'q-acme-recall')
    assert.equal(saved?.query, 'acme AND (rappel OR recalls)')
  },
)

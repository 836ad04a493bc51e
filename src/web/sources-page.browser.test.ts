import assert from 'node:assert/strict'
import { browserTest, logIn } from '../test/dashboard-browser.ts'

const INPUT = 'file:/exports/acme.jsonl'

browserTest(
  'in a browser, the sources page lists an input with its rejections and their reason, as text',
  {},
  async ({ page, address, h }) => {
    await h.store.setCursor('acme', INPUT, '120')
    await h.store.addDeadLetter({
      workspaceId: 'acme',
      source: INPUT,
      stage: 'parse',
      reason: 'line 3: <b>not</b> JSON',
      payload: '<img src=x onerror="document.title=1">',
    })
    await logIn(page, address, 'fr')
    await page.getByRole('link', { name: 'Sources' }).click()
    await page.getByRole('heading', { name: 'Sources', level: 1 }).waitFor()
    const row = page.locator(`table.inputs tr[data-source="${INPUT}"][data-rejected="1"]`)
    await row.getByText('rejets').waitFor()
    await page.locator('table.last-day tr[data-source="mastodon"]').waitFor()
    const letter = page.locator(`.dead-letters li[data-source="${INPUT}"]`)
    await letter.getByText('line 3: <b>not</b> JSON').waitFor()
    await letter.getByText('Ce qui a été reçu').click()
    await letter.getByText('<img src=x onerror="document.title=1">').waitFor()
    assert.equal(await page.locator('.dead-letters img, .dead-letters b').count(), 0)
    assert.equal(
      await page.locator('table.declared-sources').count(),
      0,
      'no declared sources in this answer',
    )
  },
)

browserTest(
  'in a browser, the sources page shows declared sources with their health when the server lists them',
  {},
  async ({ page, address }) => {
    const declared = [
      {
        id: 'feed-press',
        kind: 'rss',
        url: 'https://press.example/feed.xml',
        everyMs: 300_000,
        enabled: true,
        health: {
          lastSuccessAt: '2026-03-14T10:00:00.000Z',
          lastErrorAt: '2026-03-14T11:00:00.000Z',
          lastError: 'HTTP 503',
          stored: 12,
          rejected: 1,
        },
      },
      { id: 'hook', kind: 'webhook', everyMs: 300_000, enabled: false },
    ]
    await page.route('**/api/v1/workspaces/acme/sources', async (route) => {
      const response = await route.fetch()
      await route.fulfill({ response, json: { ...(await response.json()), sources: declared } })
    })
    await logIn(page, address, 'en')
    await page.getByRole('link', { name: 'Sources' }).click()
    const feed = page.locator('table.declared-sources tr[data-source="feed-press"][data-state="failing"]')
    await feed.getByText('HTTP 503').waitFor()
    await feed.getByText('5 min').waitFor()
    await page.locator('tr[data-source="hook"][data-state="disabled"]').getByText('disabled').waitFor()
  },
)

import assert from 'node:assert/strict'
import { browserTest, logIn } from '../test/dashboard-browser.ts'

const RUN = (n: number) => `window.__pwned=${n}`

browserTest(
  'in a browser, hostile post text, author name, URL and alert explanation are shown as text and never run',
  {},
  async ({ page, address, h }) => {
    const base = h.seed.mentions.find((m) => m.id === 'mastodon:2')!
    const text = `<img src=x onerror="${RUN(1)}"> acme <script>${RUN(2)}</script>`
    const name = `"><svg onload="${RUN(3)}">`
    await h.store.saveMentions([
      {
        ...base,
        id: 'mastodon:evil',
        createdAt: new Date('2026-03-14T12:00:00.000Z'),
        text,
        url: `javascript:${RUN(4)}`,
        author: { id: 'evil', handle: 'evil<b>', name, followers: 12_345 },
        metrics: { likes: 900, reposts: 500, replies: 3 },
      },
    ])
    const explanation = `<img src=x onerror="${RUN(5)}"> négatif`
    const alert = { ...h.seed.alerts[0]!, id: 'alert-evil', severity: 'crisis' as const, explanation }
    await h.store.saveAlert(alert)

    await logIn(page, address, 'fr')
    await page.locator('.level-card[data-level="crisis"]').getByText(explanation).waitFor()
    const top = page.locator('.mention[data-id="mastodon:evil"]')
    await top.getByText(name).waitFor() // a top post: most reposted
    await page.getByRole('link', { name: 'Mentions' }).click()
    await page.getByRole('searchbox', { name: 'Rechercher' }).fill('acme script')
    await page.getByRole('searchbox', { name: 'Rechercher' }).press('Enter')
    const post = page.locator('.mention-list .mention[data-id="mastodon:evil"]')
    await post.locator('mark', { hasText: 'script' }).first().waitFor()
    assert.equal(await post.locator('.mention-text').textContent(), text)
    assert.equal(await post.locator('.author-name').textContent(), name)
    assert.equal(await post.getByRole('link').count(), 0, 'a javascript: URL never becomes a link')
    await page.getByRole('link', { name: /Alertes/ }).click()
    await page.locator('.alert-card[data-id="alert-evil"] .explanation').getByText(explanation).waitFor()

    assert.equal(await page.locator('main img, main svg, main script').count(), 0)
    assert.equal(await page.locator('a[href^="javascript"]').count(), 0)
    assert.equal(await page.evaluate(() => (window as { __pwned?: number }).__pwned), undefined)
  },
)

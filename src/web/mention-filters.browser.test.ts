import assert from 'node:assert/strict'
import { browserTest } from '../test/dashboard-browser.ts'

browserTest(
  'in a browser, a filtered mention view survives a reload and its export link carries the filters',
  { logIn: 'en' },
  async ({ page, address }) => {
    await page.getByRole('link', { name: 'Mentions' }).click()
    const shown = (ids: string[]) =>
      page.waitForFunction(
        (wanted) =>
          [...document.querySelectorAll('.mention-list article.mention')]
            .map((m) => m.getAttribute('data-id'))
            .join(',') === wanted.join(','),
        ids,
      )
    await shown(['mastodon:4', 'mastodon:3', 'mastodon:2', 'mastodon:1'])
    await page.locator('select[name="lang"]').selectOption('fr')
    await page.getByLabel('Order').selectOption('oldest')
    await shown(['mastodon:1', 'mastodon:2', 'mastodon:4'])
    await page.getByLabel('Author').fill('@LEA')
    await page.getByLabel('Author').press('Enter')
    await shown(['mastodon:2'])
    assert.match(page.url(), /#\/acme\/mentions\?lang=fr&author=%40LEA&sort=oldest$/)

    await page.reload()
    await shown(['mastodon:2'])
    assert.equal(await page.getByLabel('Author').inputValue(), '@LEA')
    assert.equal(await page.locator('select[name="lang"]').inputValue(), 'fr')

    const csv = page.getByRole('link', { name: 'CSV' })
    const href = String(await csv.getAttribute('href'))
    assert.match(href, /^\/api\/v1\/workspaces\/acme\/mentions\/export\?/)
    const params = new URL(href, address).searchParams
    assert.equal(params.get('lang'), 'fr')
    assert.equal(params.get('author'), '@LEA')
    assert.equal(params.get('format'), 'csv')
    assert.ok(params.get('from'), 'the period goes with it')
    const body = await page.evaluate(async (url) => (await fetch(url)).text(), href)
    const lines = body.trim().split(/\r?\n/)
    assert.equal(lines.length, 2, body)
    assert.match(lines[0]!, /^id,created_at,source,/)
    assert.match(lines[1]!, /^mastodon:2,2026-03-14T10:05:00.000Z,mastodon,/)
    const jsonl = String(await page.getByRole('link', { name: 'JSON Lines' }).getAttribute('href'))
    assert.match(jsonl, /format=jsonl/)

    // a shared link opens the same view in another tab
    const other = await page.context().newPage()
    await other.goto(`${address}/#/acme/mentions?sentiment=negative`)
    await other.locator('.mention[data-id="mastodon:3"]').waitFor()
    assert.equal(await other.locator('.mention-list article.mention').count(), 2)
    assert.equal(await other.locator('select[name="sentiment"]').inputValue(), 'negative')
  },
)

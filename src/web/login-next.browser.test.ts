import assert from 'node:assert/strict'
import type { Page } from 'playwright-core'
import { browserTest, fillLogin } from '../test/dashboard-browser.ts'

/** The page has drawn what it asked for: nothing says "loading" any more. */
const settled = (page: Page) => page.waitForFunction(() => !document.querySelector('.loading'))

browserTest(
  'in a browser, a logged-out person opening a dashboard view logs in and comes back to that view',
  {},
  async ({ page, address }) => {
    await page.goto(`${address}/?lang=en#/acme/alerts`)
    await page.waitForURL(/\/login\?/)
    await fillLogin(page, 'en')
    await page.waitForURL(/\/#\/acme\/alerts$/)
    await page.getByRole('heading', { name: 'Alerts', level: 1 }).waitFor()
  },
)

browserTest(
  'in a browser, a dashboard view asked for in the login link survives the login, another site does not',
  {},
  async ({ page, address }) => {
    const view = encodeURIComponent('/#/acme/mentions?sentiment=negative')
    await page.goto(`${address}/login?lang=fr&next=${view}`)
    await fillLogin(page, 'fr')
    await page.waitForURL(/\/#\/acme\/mentions\?sentiment=negative$/)
    await page.getByRole('heading', { name: 'Mentions', level: 1 }).waitFor()
    await settled(page)
    await page.getByRole('button', { name: 'Se déconnecter' }).click()
    await page.waitForURL(/\/login/)
    // other origins on this machine (another port): a failure of the check never leaves the loopback
    for (const evil of ['//127.0.0.1:9/x', 'http://127.0.0.1:9/x']) {
      await page.goto(`${address}/login?lang=fr&next=${encodeURIComponent(evil)}`)
      await fillLogin(page, 'fr')
      await page.waitForURL(/\/#\/acme\/overview$/)
      await page.getByRole('heading', { name: 'Vue d’ensemble', level: 1 }).waitFor()
      assert.equal(new URL(page.url()).origin, address, `${evil} is refused`)
      // a request still on its way when the session ends is refused (401), which the browser logs
      await settled(page)
      await page.getByRole('button', { name: 'Se déconnecter' }).click()
      await page.waitForURL(/\/login/)
    }
  },
)

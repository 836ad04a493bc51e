import { existsSync } from 'node:fs'
import type { TestContext } from 'node:test'
import { type Browser, chromium, type Page } from 'playwright-core'
import type { ApiContext } from '../api/index.ts'
import { createTestApp, TEST_ADMIN } from './api-test-app.ts'
import { builtDashboard } from './built-dashboard.ts'
import { needService } from './services.ts'

const CHROMIUM = '/usr/bin/chromium'

export type DashboardSession = NonNullable<Awaited<ReturnType<typeof openDashboard>>>

/**
 * Chromium on the seeded test app serving the dashboard as built from the sources now; undefined (the
 * test skipped with a notice) when Chromium is missing. Every page error and console error is collected:
 * a policy violation (an inline script or style refused) shows there.
 */
export const openDashboard = async (
  t: TestContext,
  overrides: Partial<ApiContext> = {},
  options: { runtime?: boolean } = {},
) => {
  let browser: Browser | undefined
  const available = await needService(t, 'chromium', async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing (scripts/install-browser.sh)`)
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] })
  })
  if (!available || !browser) return undefined
  const h = await createTestApp({ dashboardDir: await builtDashboard(), ...overrides }, options)
  const address = await h.app.listen({ port: 0, host: '127.0.0.1' })
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, timezoneId: 'UTC' })
  const page = await context.newPage()
  const problems: string[] = []
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
  page.on('console', (message) => {
    const where = message.location().url
    // the server-rendered login page has no icon: the browser's own try at /favicon.ico is not a problem
    if (message.type() === 'error' && !where.endsWith('/favicon.ico'))
      problems.push(`console: ${message.text()} ${where}`)
  })
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`)
    void dialog.dismiss()
  })
  const close = async () => {
    await browser?.close()
    await h.close()
  }
  return { h, address, page, problems, close }
}

/** Logs in through the login form, as a person does, and waits for the dashboard. */
export const logIn = async (page: Page, address: string, lang: 'fr' | 'en' = 'fr') => {
  await page.goto(`${address}/?lang=${lang}`)
  await page.waitForURL(/\/login\?/)
  await page.getByLabel(lang === 'fr' ? 'E-mail' : 'Email').fill(TEST_ADMIN.email)
  await page.getByLabel(lang === 'fr' ? 'Mot de passe' : 'Password').fill(TEST_ADMIN.password)
  await page.getByRole('button', { name: lang === 'fr' ? 'Se connecter' : 'Log in' }).click()
  await page.locator('.live[data-state="live"]').waitFor()
}

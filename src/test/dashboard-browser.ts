import assert from 'node:assert/strict'
import { existsSync } from 'node:fs'
import { type TestContext, test } from 'node:test'
import { type Browser, chromium, type Page } from 'playwright-core'
import type { ApiContext } from '../api/index.ts'
import { createTestApp, TEST_ADMIN } from './api-test-app.ts'
import { builtDashboard } from './built-dashboard.ts'
import { needService } from './services.ts'

const CHROMIUM = '/usr/bin/chromium'

export type DashboardSession = NonNullable<Awaited<ReturnType<typeof openDashboard>>>

/** Debian's Chromium, headless; undefined (the test skipped with a notice) when it is missing. */
export const launchChromium = async (t: TestContext): Promise<Browser | undefined> => {
  let browser: Browser | undefined
  const available = await needService(t, 'chromium', async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing (scripts/install-browser.sh)`)
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] })
  })
  return available ? browser : undefined
}

/** Collects every page error, console error and dialog of a page: a policy violation shows there. */
export const watchProblems = (page: Page): string[] => {
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
  return problems
}

/**
 * Chromium on the seeded test app serving the dashboard as built from the sources now; undefined (the
 * test skipped with a notice) when Chromium is missing. Every page error and console error is collected.
 */
export const openDashboard = async (
  t: TestContext,
  overrides: Partial<ApiContext> = {},
  options: { runtime?: boolean } = {},
) => {
  const browser = await launchChromium(t)
  if (!browser) return undefined
  const h = await createTestApp({ dashboardDir: await builtDashboard(), ...overrides }, options)
  const address = await h.app.listen({ port: 0, host: '127.0.0.1' })
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, timezoneId: 'UTC' })
  const page = await context.newPage()
  // a loaded 2-core machine (the whole suite, other work) can take longer than Playwright's 30 s per step
  page.setDefaultTimeout(60_000)
  const problems = watchProblems(page)
  const close = async () => {
    await browser.close()
    await h.close()
  }
  return { h, address, page, problems, close }
}

export interface BrowserTestOptions {
  /** the test app's context, changed (e.g. `auth: { demoWorkspaceId: 'acme' }`) */
  overrides?: Partial<ApiContext>
  /** log in through the form first, in this language, as the installation admin */
  logIn?: 'fr' | 'en'
  /** problems (console errors) the test provokes on purpose */
  expected?: RegExp
  timeout?: number
  /** the test app runs a runtime's pipelines (drills, the demo) */
  runtime?: boolean
}

/**
 * A browser test of the dashboard: opens it (skipped without Chromium), logs in if asked, runs `body`,
 * then fails on any page error, console error or dialog it did not expect, and always closes everything.
 */
export const browserTest = (
  name: string,
  options: BrowserTestOptions,
  body: (s: DashboardSession) => Promise<void>,
) =>
  test(name, { timeout: options.timeout ?? 90_000 }, async (t) => {
    const s = await openDashboard(t, options.overrides, { runtime: options.runtime })
    if (!s) return
    try {
      if (options.logIn) await logIn(s.page, s.address, options.logIn)
      await body(s)
      const expected = options.expected
      assert.deepEqual(expected ? s.problems.filter((p) => !expected.test(p)) : s.problems, [])
    } finally {
      await s.close()
    }
  })

/** In a crisis room (in English), asks for a first draft of a short Mastodon post to customers; its locator. */
export const draftMastodonPost = async (page: Page) => {
  const replies = page.getByRole('region', { name: 'Replies' })
  await replies.getByLabel('Audience').selectOption('customers')
  await replies.getByLabel('Channel').selectOption('short_post')
  await replies.getByLabel('Network').selectOption('mastodon')
  await replies.getByLabel('Language').selectOption('en')
  await replies.getByRole('button', { name: 'Draft it' }).click()
  return { replies, draft: replies.locator('.reply-draft') }
}

/** Fills the login form, as a person does (the page must show it). */
export const fillLogin = async (
  page: Page,
  lang: 'fr' | 'en',
  who: { email: string; password: string } = TEST_ADMIN,
) => {
  await page.getByLabel(lang === 'fr' ? 'E-mail' : 'Email').fill(who.email)
  await page.getByLabel(lang === 'fr' ? 'Mot de passe' : 'Password').fill(who.password)
  await page.getByRole('button', { name: lang === 'fr' ? 'Se connecter' : 'Log in' }).click()
}

/** Logs in through the login form, as a person does, and waits for the dashboard. */
export const logIn = async (
  page: Page,
  address: string,
  lang: 'fr' | 'en' = 'fr',
  who: { email: string; password: string } = TEST_ADMIN,
) => {
  await page.goto(`${address}/?lang=${lang}`)
  await page.waitForURL(/\/login\?/)
  await fillLogin(page, lang, who)
  await page.locator('.live[data-state="live"]').waitFor()
}

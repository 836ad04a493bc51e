import assert from 'node:assert/strict'
import { mkdirSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { AnalyzedMention } from '../core/index.ts'
import { browserTest, type DashboardSession, logIn } from '../test/dashboard-browser.ts'

/** `VIGIE_SCREENSHOTS=1 npm test -- src/web/screenshots.browser.test.ts` refreshes the README's pictures. */
const OUT =
  process.env.VIGIE_SCREENSHOTS === '1'
    ? fileURLToPath(new URL('../../docs/screenshots/', import.meta.url))
    : mkdtempSync(join(tmpdir(), 'vigie-screenshots-'))

const TEXTS = [
  ['Des éclats de verre dans mon yaourt Acme, scandaleux #AcmeRappel', 'negative', 'anger'],
  ['Acme rappelle ses yaourts : vérifiez vos lots #rappel', 'neutral', 'fear'],
  ['Glass in Acme yoghurt?! My kid almost ate it #AcmeRecall', 'negative', 'fear'],
  ['Toujours fan des yaourts Acme au citron', 'positive', 'joy'],
  ['Acme customer service answered fast, thanks', 'positive', 'joy'],
  ['Plus jamais Acme. Honteux. #boycott', 'negative', 'disgust'],
] as const
const NO_EMOTION = { anger: 0, fear: 0, sadness: 0, joy: 0, surprise: 0, disgust: 0 }
const RECALL = {
  id: 'q-acme-recall',
  workspaceId: 'acme',
  brand: 'Acme recall',
  query: 'acme AND (rappel OR glass)',
  owned: [],
}

/** A busy two days for acme: ordinary chatter, then a negative burst in the last hours before "now". */
const seedBusyDays = async (h: DashboardSession['h']) => {
  const base = h.seed.mentions.find((m) => m.id === 'mastodon:2')!
  const now = Date.parse('2026-03-14T12:30:00.000Z')
  const mentions: AnalyzedMention[] = Array.from({ length: 120 }, (_, i) => {
    const burst = i >= 70
    const [text, label, emotion] = TEXTS[burst ? [0, 2, 5, 1][i % 4]! : i % TEXTS.length]!
    const minutesAgo = burst ? (120 - i) * 3 : 180 + (70 - i) * 38
    return {
      ...base,
      id: `mastodon:busy-${i}`,
      createdAt: new Date(now - minutesAgo * 60_000),
      text,
      author: {
        id: `a${i % 17}`,
        handle: `user${i % 17}`,
        name: `User ${i % 17}`,
        followers: (i * 7919) % 40_000,
      },
      metrics: { likes: (i * 31) % 200, reposts: burst ? (i * 13) % 90 : i % 5, replies: i % 7 },
      analysis: {
        ...base.analysis,
        sentiment: { label, score: label === 'negative' ? -0.7 : 0.5, confidence: 0.8 },
        emotions: { ...NO_EMOTION, [emotion]: i % 3 === 0 ? 0.4 : 0.8 },
        queries: /rappel|glass/i.test(text) ? ['q-acme', RECALL.id] : ['q-acme'],
      },
    }
  })
  await h.store.upsertQuery(RECALL)
  await h.store.saveMentions(mentions)
  await seedSourceHealth(h)
  const explanations = {
    fr: 'Crise : le volume est 12× l’habituel et 78 % des mentions sont négatives ; « éclats de verre » se répand, repris par des comptes influents.',
    en: 'Crisis: volume is 12× the usual and 78 % of mentions are negative; “glass shards” is spreading, picked up by influential accounts.',
  }
  const crisis = {
    ...h.seed.alerts[0]!,
    id: 'alert-crisis',
    at: new Date(now - 40 * 60_000),
    severity: 'crisis' as const,
  }
  await h.store.saveAlert({ ...crisis, score: 88, explanation: explanations.en, details: { explanations } })
}

/** An imported file that delivered, with one line it refused. */
const seedSourceHealth = async (h: DashboardSession['h']) => {
  const input = 'file:/exports/acme-2026-03.jsonl'
  await h.store.setCursor('acme', input, '4812')
  await h.store.addDeadLetter({
    workspaceId: 'acme',
    source: input,
    stage: 'parse',
    reason: 'line 4813: Unexpected end of JSON input',
    payload: '{"id":"tw-991","text":"Acme rappel',
  })
}

const shoot = async (s: DashboardSession, name: string) => {
  await s.page.waitForLoadState('networkidle')
  await s.page.screenshot({ path: join(OUT, `${name}.png`), fullPage: true })
}

browserTest(
  'in a browser, every main page renders without a script error or a refused inline script or style',
  // the query editor's preview of a broken query answers 400 on purpose
  { timeout: 120_000, expected: /400 \(Bad Request\)/ },
  async (s) => {
    mkdirSync(OUT, { recursive: true })
    await seedBusyDays(s.h)
    const { page, address } = s
    await logIn(page, address, 'en')
    await page.locator('.level-card[data-level="crisis"]').waitFor()
    await page.locator('.ranked[data-list="emotions"]').waitFor()
    await shoot(s, 'overview')
    await page.getByRole('link', { name: 'Mentions' }).click()
    await page.getByRole('searchbox', { name: 'Search' }).fill('glass')
    await page.getByLabel('Order').selectOption('engagement')
    await page.getByRole('searchbox', { name: 'Search' }).press('Enter')
    await page.locator('.mention mark').first().waitFor()
    await shoot(s, 'mentions')
    await page.getByRole('link', { name: /Alerts/ }).click()
    await page.locator('.alert-card').first().getByRole('button', { name: 'Comments' }).click()
    await shoot(s, 'alerts')
    await page.getByRole('link', { name: 'Queries' }).click()
    await page.locator('.query-list > li[data-id="q-acme"]').getByRole('button', { name: 'Edit' }).click()
    await page.getByRole('textbox', { name: /^Query/ }).fill('acme OR ("acme corp" AND')
    await page.locator('.query-error').waitFor()
    await shoot(s, 'queries')
    await page.getByRole('link', { name: 'Sources' }).click()
    await page.locator('.dead-letters li').waitFor()
    await shoot(s, 'sources')
    await page.getByRole('link', { name: 'Settings' }).click()
    await page.getByRole('heading', { name: 'Users of the installation' }).waitFor()
    await shoot(s, 'settings')
    await page.setViewportSize({ width: 390, height: 844 })
    await page.getByRole('link', { name: 'Overview' }).click()
    await page.getByRole('button', { name: 'FR', exact: true }).click()
    await page.locator('.level-card[data-level="crisis"]').waitFor()
    await shoot(s, 'overview-phone-fr')
  },
)

browserTest('in a browser, the mention list comes page by page with "more"', {}, async (s) => {
  await seedBusyDays(s.h)
  await logIn(s.page, s.address, 'en')
  await s.page.getByRole('link', { name: 'Mentions' }).click()
  const shown = (n: number) =>
    s.page.waitForFunction((count) => document.querySelectorAll('.mention-list .mention').length === count, n)
  await shown(50)
  await s.page.getByRole('button', { name: 'More' }).click()
  await shown(100)
  await s.page.getByRole('button', { name: 'More' }).click()
  await shown(124) // the 120 of the busy days and the 4 of the seed, all within 7 days
  assert.equal(await s.page.getByRole('button', { name: 'More' }).count(), 0)
})

browserTest(
  'in a browser, the crisis room of an incident opened from the crisis alert renders its advice, figures and a reply',
  { timeout: 120_000 },
  async (s) => {
    mkdirSync(OUT, { recursive: true })
    await seedBusyDays(s.h)
    const { page, address } = s
    await logIn(page, address, 'en')
    await page.getByRole('link', { name: /Alerts/ }).click()
    await page
      .locator('.alert-card[data-id="alert-crisis"]')
      .getByRole('button', { name: 'Open an incident' })
      .click()
    await page.locator('.incident-room').waitFor()
    await page.getByLabel(/^Cause/).selectOption('product_defect')
    await page.getByLabel(/^Harm/).selectOption('severe')
    await page.getByLabel('People were hurt or lost money or data').check()
    await page.getByRole('radio', { name: 'Deny or minimise' }).check()
    await page.locator('.advice-warnings[data-chosen-risk="high"]').waitFor()
    await page.getByRole('button', { name: 'Save the facts and posture' }).click()
    await page.locator('.timeline li[data-kind="posture"]').waitFor()
    const replies = page.getByRole('region', { name: 'Replies' })
    await replies.getByLabel('Network').selectOption('x')
    await replies.getByRole('button', { name: 'Draft it' }).click()
    await replies.locator('.reply-draft mark.gap').first().waitFor()
    await page.locator('[data-panel="figures"] .volume-chart canvas').first().waitFor()
    await page.locator('.ranked[data-list="emotions"]').waitFor()
    await shoot(s, 'incident')
  },
)

import assert from 'node:assert/strict'
import type { Page } from 'playwright-core'
import { browserTest } from '../test/dashboard-browser.ts'

/** Whether the page scrolls sideways (content wider than the viewport). */
const scrollsSideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth)

browserTest(
  "in a browser, the volume chart's figures are a table a keyboard opens, with the chart's totals",
  { logIn: 'en' },
  async ({ page }) => {
    await page.getByRole('heading', { name: 'Overview' }).waitFor()
    const summary = page.getByText('The figures as a table')
    await summary.focus()
    await page.keyboard.press('Enter')
    const table = page.getByRole('table', { name: 'Volume and sentiment' })
    await table.waitFor()
    const rows = table.locator('tbody tr')
    // the 48 hours up to 12:30 touch 49 hourly buckets (the first and the last partly): one row each
    assert.equal(await rows.count(), 49)
    const sums = await rows.evaluateAll((trs) =>
      trs.reduce(
        (sum, tr) => {
          const cells = [...tr.querySelectorAll('td')].map((td) => Number(td.textContent?.replace(/\D/g, '')))
          return { total: sum.total + cells[0]!, negative: sum.negative + cells[1]! }
        },
        { total: 0, negative: 0 },
      ),
    )
    // the table adds up to what the chart's summary says
    const summaryText = String(await page.locator('[data-panel="chart"] p.muted').first().textContent())
    assert.match(summaryText, new RegExp(`^${sums.total} mentions, ${sums.negative} negative`))
    assert.ok(sums.total > 0)
    // the alert of the seed is in the row of its hour
    await table.locator('tbody tr td', { hasText: 'alert' }).first().waitFor()
    assert.equal(await page.locator('.volume-chart').getAttribute('aria-hidden'), 'true')
  },
)

browserTest(
  'in a browser, the keyboard reaches the skip link first, then the content, with the focus visible',
  { logIn: 'en' },
  async ({ page }) => {
    await page.getByRole('heading', { name: 'Overview' }).waitFor()
    await page.locator('body').focus()
    await page.keyboard.press('Tab')
    const skip = page.getByRole('button', { name: 'Skip to the content' })
    assert.ok(await skip.evaluate((el) => el === document.activeElement), 'the skip link comes first')
    const box = await skip.boundingBox()
    assert.ok(box && box.x >= 0 && box.width > 0, 'shown on screen once focused')
    await page.keyboard.press('Enter')
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'main')
    // the sections are links a keyboard reaches, each showing where the focus is
    const alerts = page.getByRole('link', { name: /Alerts/ })
    await alerts.focus()
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { name: 'Alerts', level: 1 }).waitFor()
    await page.keyboard.press('Shift+Tab')
    await page.keyboard.press('Tab')
    const outline = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement
      const style = getComputedStyle(el)
      return { tag: el.tagName, outline: style.outlineStyle, width: Number.parseFloat(style.outlineWidth) }
    })
    assert.notEqual(outline.outline, 'none', `${outline.tag} shows its focus`)
    assert.ok(outline.width >= 2, `${outline.tag} outline ${outline.width}px`)
    // every button, link and field of the inbox can take the focus
    const unreachable = await page.evaluate(
      () =>
        [...document.querySelectorAll('main button, main a[href], main input, main select')].filter(
          (el) => (el as HTMLElement).tabIndex < 0,
        ).length,
    )
    assert.equal(unreachable, 0)
  },
)

browserTest(
  'in a browser, on a phone (390 px wide) the overview and the mentions never scroll sideways',
  { logIn: 'fr' },
  async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 })
    await page.getByRole('heading', { name: 'Vue d’ensemble' }).waitFor()
    await page.locator('.volume-chart canvas').first().waitFor()
    await page.locator('[data-panel="top"] .mention').first().waitFor()
    await page.getByText('Les chiffres en tableau').click()
    await page.getByRole('table', { name: 'Volume et tonalité' }).waitFor()
    assert.equal(await scrollsSideways(page), false, 'overview')
    await page.getByRole('link', { name: 'Mentions' }).click()
    await page.locator('.mention-list .mention').first().waitFor()
    assert.equal(await scrollsSideways(page), false, 'mentions')
  },
)

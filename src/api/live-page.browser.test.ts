import assert from 'node:assert/strict'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { test } from 'node:test'
import { createTestApp, TEST_ADMIN } from '../test/api-test-app.ts'
import { fillLogin, launchChromium, watchProblems } from '../test/dashboard-browser.ts'

test('in a browser, a new alert arrives live at the top, highlighted, and can be acknowledged', {
  timeout: 60_000,
}, async (t) => {
  const browser = await launchChromium(t)
  if (!browser) return
  const h = await createTestApp()
  try {
    const address = await h.app.listen({ port: 0, host: '127.0.0.1' })
    const page = await browser.newPage()
    const problems = watchProblems(page)
    // not logged in: the page sends to the login form, which opens a session and comes back to it
    await page.goto(`${address}/live?ws=acme&lang=fr`)
    await page.waitForURL(/\/login\?lang=fr&next=%2Flive%3Fws%3Dacme$/)
    await fillLogin(page, 'fr', { email: TEST_ADMIN.email, password: 'not the password' })
    await page.getByText('E-mail ou mot de passe incorrect.').waitFor()
    await fillLogin(page, 'fr')
    await page.waitForURL(/\/live\?ws=acme&lang=fr$/)
    await page.locator('#live-status[data-state="live"]').waitFor()
    const explanation = '<img src=x onerror=alert(1)> pic de mentions négatives'
    const live = { ...h.seed.alerts[0]!, id: 'alert-live', severity: 'crisis' as const, explanation }
    await h.store.saveAlert(live) // as the runtime does: stored first, then published
    h.hub.publish(live)

    const first = page.locator('#alerts > li').first()
    await first.locator('.explanation').getByText(explanation).waitFor()
    assert.equal(await first.getAttribute('data-id'), 'alert-live')
    assert.match(String(await first.getAttribute('class')), /\bnew\b/)
    assert.equal(await first.locator('.severity').textContent(), 'crise')

    await first.locator('button[data-action="acknowledge"]').click()
    await page.locator('#alerts > li[data-id="alert-live"][data-status="acknowledged"]').waitFor()
    assert.equal(await first.locator('.status').textContent(), 'prise en compte')
    // the wrong password's 401 was asked for
    assert.deepEqual(
      problems.filter((p) => !p.includes('401 (Unauthorized)')),
      [],
    )
  } finally {
    await browser.close()
    await h.close()
  }
})

test('in a browser, a page of another site cannot acknowledge an alert, with or without no-cors', {
  timeout: 60_000,
}, async (t) => {
  const browser = await launchChromium(t)
  if (!browser) return
  const h = await createTestApp()
  const evil = createServer()
  try {
    const target = `${await h.app.listen({ port: 0, host: '127.0.0.1' })}/api/v1/workspaces/acme/alerts/alert-1/acknowledge`
    // another origin (another port): what a malicious page open in the analyst's browser would run
    const attack = `<!doctype html><title>waiting</title><script>
      const url = ${JSON.stringify(target)}
      Promise.allSettled([
        fetch(url, { method: 'POST', mode: 'no-cors', headers: { 'Content-Type': 'application/json' }, body: '{}' }),
        fetch(url, { method: 'POST', mode: 'no-cors', body: 'x' }),
        fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' }),
      ]).then((outcomes) => { document.title = 'sent ' + outcomes.map((o) => o.status).join(',') })
    </script>`
    evil.on('request', (_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(attack))
    await new Promise<void>((resolve) => evil.listen(0, '127.0.0.1', resolve))
    const page = await browser.newPage()
    // the analyst is logged in, in the same browser: a SameSite=Strict cookie is not sent by another site
    const login = await page.request.post(target.replace(/workspaces.*$/, 'session'), {
      data: { email: TEST_ADMIN.email, password: TEST_ADMIN.password },
    })
    assert.equal(login.status(), 200)
    const answered: number[] = []
    page.on('response', (res) => {
      if (res.url() === target) answered.push(res.status())
    })
    await page.goto(`http://127.0.0.1:${(evil.address() as AddressInfo).port}/`)
    await page.waitForFunction(() => document.title.startsWith('sent'))
    // the no-cors requests reach the server and are refused; the JSON one is stopped at its preflight
    assert.equal(await page.title(), 'sent fulfilled,fulfilled,rejected')
    assert.deepEqual(answered, [403, 403])
    assert.equal((await h.store.getAlert('acme', 'alert-1'))?.status, 'open')
  } finally {
    evil.close()
    await browser.close()
    await h.close()
  }
})

import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { createMeter } from '../core/index.ts'
import { createSqliteStore } from '../store/index.ts'
import { actAsAdmin } from '../test/act-as-admin.ts'
import { createTestApp } from '../test/api-test-app.ts'
import { createApp } from './index.ts'
import { LIVE_SCRIPT } from './page/live-script.ts'
import { pickLanguage } from './page/page-messages.ts'

let h: Awaited<ReturnType<typeof createTestApp>>
before(async () => {
  h = await createTestApp()
})
after(() => h.close())

const page = async (url: string, headers: Record<string, string> = {}) => {
  const res = await h.app.inject({ method: 'GET', url, headers })
  return { status: res.statusCode, body: res.body, headers: res.headers }
}

test('the page shows the first workspace: recent mentions with author and sentiment, and alerts', async () => {
  const { status, body, headers } = await page('/live?lang=en')
  assert.equal(status, 200)
  assert.match(String(headers['content-type']), /^text\/html/)
  assert.match(body, /<html lang="en">/)
  assert.match(body, /Rappel produit chez Acmé : des éclats de verre/)
  assert.match(body, /@camille \(Camille D\.\)/)
  assert.match(body, /<li class="mention" data-sentiment="negative">/)
  assert.match(body, /<span class="sentiment">negative<\/span>/)
  assert.match(body, /<li class="alert" data-id="alert-1" data-severity="alert" data-status="open">/)
  assert.doesNotMatch(body, /Globex is fine/)
})

test('the chart has one bar per hour of the last 48 hours and sums the mentions', async () => {
  const { body } = await page('/live?lang=en')
  assert.equal(body.match(/<rect class="bar" /g)?.length, 48)
  assert.match(body, /aria-label="4 mentions in 48 hours, 2 negative"/)
  assert.match(body, /<title>14\/03,? 10:00 — 2 \(negative: 2\)<\/title>/)
})

test('user content is escaped everywhere: text, author, alert explanation, workspace name, links', async () => {
  const { body } = await page('/live?lang=en')
  assert.doesNotMatch(body, /<script>alert\('pwned'\)/)
  assert.match(body, /&lt;script&gt;alert\(&#39;pwned&#39;\)&lt;\/script&gt; acme/)
  assert.doesNotMatch(body, /<img src=x/)
  assert.match(body, /&quot;&gt;&lt;img src=x onerror=alert\(1\)&gt;/)
  assert.doesNotMatch(body, /<b>rappel<\/b>/)
  assert.doesNotMatch(body, /javascript:/)
  assert.match(body, />Globex &lt;Corp&gt;<\/a>/)
  const scripts = body.match(/<script[\s>]/g) ?? []
  assert.equal(scripts.length, 2) // the JSON data block and the live script, nothing injected
})

test('an alert is explained in the page language when it kept both, as it is otherwise', async () => {
  const fr = (await page('/live?lang=fr')).body
  assert.match(fr, /La part négative est montée à 40 %/)
  assert.doesNotMatch(fr, /Negative share rose/)
  assert.match(fr, /Volume 9× the usual/, 'an alert with one sentence shows it')
  assert.match((await page('/live?lang=en')).body, /Negative share rose to 40 %/)
})

test('only the nonce-bearing inline script may run', async () => {
  const { body, headers } = await page('/live')
  const nonce = String(headers['content-security-policy']).match(/script-src 'nonce-([^']+)'/)?.[1]
  assert.ok(nonce)
  assert.ok(body.includes(`<script nonce="${nonce}">`))
  assert.match(String(headers['content-security-policy']), /default-src 'none'/)
})

test('the language comes from ?lang, else from Accept-Language, else English', async () => {
  assert.match(
    (await page('/live', { 'accept-language': 'fr-FR,fr;q=0.9,en;q=0.8' })).body,
    /<html lang="fr">/,
  )
  assert.match((await page('/live', { 'accept-language': 'fr-FR' })).body, /Mentions récentes/)
  assert.match((await page('/live?lang=en', { 'accept-language': 'fr' })).body, /Recent mentions/)
  assert.match((await page('/live')).body, /<html lang="en">/)
  assert.equal(pickLanguage(undefined, 'de-DE, en;q=0.3, fr;q=0.5'), 'fr')
  assert.equal(pickLanguage(undefined, 'fr;q=0, en'), 'en')
  assert.equal(pickLanguage('xx', 'es'), 'en')
})

test('?ws= picks another workspace, and an unknown one is a 404', async () => {
  assert.match((await page('/live?ws=globex')).body, /Globex is fine/)
  assert.equal((await page('/live?ws=nope')).status, 404)
})

test('with no workspace yet the page says what to do', async () => {
  const store = createSqliteStore({ path: ':memory:' })
  await store.migrate()
  const app = createApp({ store, hub: h.hub, meter: createMeter(), version: 'x' })
  await actAsAdmin(app, store)
  try {
    const res = await app.inject({ method: 'GET', url: '/live?lang=fr' })
    assert.equal(res.statusCode, 200)
    assert.match(res.body, /Aucun espace pour l’instant/)
  } finally {
    await app.close()
    await store.close()
  }
})

test('the inline live script is valid JavaScript', () => {
  assert.doesNotThrow(() => new Function(LIVE_SCRIPT))
})

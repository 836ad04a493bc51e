import assert from 'node:assert/strict'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Writable } from 'node:stream'
import { after, before, test } from 'node:test'
import { pino } from 'pino'
import { createTestApp } from '../test/api-test-app.ts'

const INDEX = '<!doctype html><title>Vigie</title><script type="module" src="/assets/app-1.js"></script>'
let built: string
before(() => {
  built = mkdtempSync(join(tmpdir(), 'vigie-dashboard-'))
  mkdirSync(join(built, 'assets'))
  writeFileSync(join(built, 'index.html'), INDEX)
  writeFileSync(join(built, 'assets', 'app-1.js'), 'console.log(1)')
})
after(() => rmSync(built, { recursive: true, force: true }))

/** no token, no cookie: a visitor (the test app's inject otherwise sends the admin's token) */
const ANONYMOUS = { cookie: '' }

test('/ serves the built dashboard with a strict policy: scripts and styles of this origin only', async () => {
  const h = await createTestApp({ dashboardDir: built })
  try {
    const res = await h.app.inject({ method: 'GET', url: '/' })
    assert.equal(res.statusCode, 200)
    assert.equal(res.body, INDEX)
    const policy = String(res.headers['content-security-policy'])
    assert.match(policy, /script-src 'self';/)
    assert.match(policy, /style-src 'self';/)
    assert.match(policy, /connect-src 'self';/)
    assert.doesNotMatch(policy, /unsafe-inline|nonce-/)
    assert.equal(res.headers['cache-control'], 'no-store')
    const asset = await h.app.inject({ method: 'GET', url: '/assets/app-1.js' })
    assert.equal(asset.statusCode, 200)
    assert.match(String(asset.headers['cache-control']), /immutable/)
    assert.equal((await h.app.inject({ method: 'GET', url: '/index.html' })).statusCode, 404)
    assert.match((await h.app.inject({ method: 'GET', url: '/live?lang=en' })).body, /Recent mentions/)
  } finally {
    await h.close()
  }
})

test('a visitor without a login is sent to the login form; a demo visitor gets the dashboard', async () => {
  const closed = await createTestApp({ dashboardDir: built })
  const demo = await createTestApp({ dashboardDir: built, auth: { demoWorkspaceId: 'acme' } })
  try {
    const res = await closed.app.inject({ method: 'GET', url: '/?lang=fr', headers: ANONYMOUS })
    assert.equal(res.statusCode, 302)
    assert.equal(res.headers.location, '/login?lang=fr')
    const visit = await demo.app.inject({ method: 'GET', url: '/', headers: ANONYMOUS })
    assert.equal(visit.statusCode, 200)
    assert.equal(visit.body, INDEX)
  } finally {
    await closed.close()
    await demo.close()
  }
})

test('a visitor sent to the login form comes back to the page they asked for, and only to a page of this server', async () => {
  const h = await createTestApp({ dashboardDir: built })
  try {
    const live = await h.app.inject({ method: 'GET', url: '/live?ws=acme&lang=fr', headers: ANONYMOUS })
    assert.equal(live.statusCode, 302)
    assert.equal(live.headers.location, '/login?lang=fr&next=%2Flive%3Fws%3Dacme')
    const nextOf = async (next: string) => {
      const url = `/login?lang=en&next=${encodeURIComponent(next)}`
      const page = await h.app.inject({ method: 'GET', url, headers: ANONYMOUS })
      assert.equal(page.statusCode, 200)
      const text = /<script type="application\/json" id="login-text">(.*?)<\/script>/s.exec(page.body)?.[1]
      return JSON.parse(text ?? '{}').next as string
    }
    const plain = await h.app.inject({ method: 'GET', url: '/login?lang=en', headers: ANONYMOUS })
    assert.equal(plain.statusCode, 200)
    assert.match(plain.body, /"next":"\/\?lang=en"/)
    assert.equal(await nextOf('/live?ws=acme'), '/live?ws=acme&lang=en')
    assert.equal(await nextOf('/#/acme/alerts'), '/?lang=en#/acme/alerts')
    for (const evil of ['//evil.com', 'https://evil.com', '/\\evil.com', '/\t/evil.com']) {
      assert.equal(await nextOf(evil), '/?lang=en', evil)
    }
    const page = await h.app.inject({ method: 'GET', url: '/login?next=%2F%2Fevil.com', headers: ANONYMOUS })
    assert.doesNotMatch(page.body, /evil/)
  } finally {
    await h.close()
  }
})

test('without a build, / shows the live page and the server says how to build the dashboard', async () => {
  const lines: string[] = []
  const sink = new Writable({
    write: (chunk, _encoding, done) => {
      lines.push(String(chunk))
      done()
    },
  })
  const h = await createTestApp({ dashboardDir: join(built, 'missing'), log: pino({ level: 'warn' }, sink) })
  try {
    const res = await h.app.inject({ method: 'GET', url: '/?lang=en' })
    assert.equal(res.statusCode, 200)
    assert.match(res.body, /Recent mentions/)
    assert.ok(lines.some((line) => line.includes('dashboard not built: run npm run build:web')))
  } finally {
    await h.close()
  }
})

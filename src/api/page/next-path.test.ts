import assert from 'node:assert/strict'
import { test } from 'node:test'
import { afterLogin, nextOfRequest, safeNextPath } from './next-path.ts'

test('a path of this server is kept as the place to return to after login', () => {
  for (const path of ['/', '/live?ws=acme', '/#/acme/alerts', '/#/acme/mentions?sentiment=negative&q=a%20b'])
    assert.equal(safeNextPath(path), path)
})

test('another site, a scheme, a protocol-relative or backslashed address, or the login page are refused', () => {
  for (const path of [
    '//evil.com',
    'https://evil.com',
    'http://evil.com/',
    '///evil.com',
    '/\\evil.com',
    '\\\\evil.com',
    '/\t/evil.com',
    '/\n/evil.com',
    ' /x',
    'javascript:alert(1)',
    'evil.com',
    '',
    '/login?next=/',
    `/${'a'.repeat(2000)}`,
    42,
    undefined,
  ])
    assert.equal(safeNextPath(path), undefined, JSON.stringify(path))
})

test('after login the person goes to the asked path with the chosen language, or to / when it was refused', () => {
  assert.equal(afterLogin('/#/acme/alerts', 'fr'), '/?lang=fr#/acme/alerts')
  assert.equal(afterLogin('/live?ws=acme', 'en'), '/live?ws=acme&lang=en')
  assert.equal(afterLogin('//evil.com', 'en'), '/?lang=en')
  assert.equal(afterLogin('https://evil.com', 'fr'), '/?lang=fr')
  assert.equal(afterLogin(undefined, 'fr'), '/?lang=fr')
})

test('the asked page of a visitor sent to login is its path and query without the language', () => {
  assert.equal(nextOfRequest('/live?ws=acme&lang=fr'), '/live?ws=acme')
  assert.equal(nextOfRequest('/?lang=fr'), undefined)
  assert.equal(nextOfRequest('/'), undefined)
})

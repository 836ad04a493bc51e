import assert from 'node:assert/strict'
import { test } from 'node:test'
import { createFormat } from './format.ts'
import { incidentHref, incidentsSearch, readIncidentsSearch } from './incident-route.ts'
import { loginHref } from './login-href.ts'
import { readPreferences, savePreferences } from './preferences.ts'
import { placeOf, syntaxErrorOf } from './query-error.ts'
import { queryIdFor } from './query-id.ts'
import { can } from './roles.ts'
import { parseRoute, routeHash } from './routes.ts'

test('a route is read back from the hash it writes, with an unknown page read as the overview', () => {
  const route = { ws: 'acme corp/é', page: 'alerts' } as const
  assert.deepEqual(parseRoute(routeHash(route)), route)
  assert.deepEqual(parseRoute('#/acme/nope'), { ws: 'acme', page: 'overview' })
  assert.deepEqual(parseRoute(''), { page: 'overview' })
  assert.deepEqual(parseRoute('#/%E0%A4%A/x'), { page: 'overview' })
})

test('a page keeps its own parameters after a ? in the hash, and the sources page is a page', () => {
  const route = { ws: 'acme', page: 'mentions', search: 'sentiment=negative&q=a%3Fb' } as const
  assert.equal(routeHash(route), '#/acme/mentions?sentiment=negative&q=a%3Fb')
  assert.deepEqual(parseRoute(routeHash(route)), route)
  assert.deepEqual(parseRoute('#/acme/sources'), { ws: 'acme', page: 'sources' })
  assert.deepEqual(parseRoute('#/acme/mentions?'), { ws: 'acme', page: 'mentions' })
})

test("a query's syntax error is placed at its line and 1-based column", () => {
  assert.deepEqual(placeOf('acme AND', 8), { line: 1, column: 9, lineText: 'acme AND' })
  assert.deepEqual(placeOf('acme\nOR (x', 10), { line: 2, column: 6, lineText: 'OR (x' })
  assert.deepEqual(syntaxErrorOf({ position: 8, reason: 'expected a term' }), {
    position: 8,
    reason: 'expected a term',
  })
  assert.equal(syntaxErrorOf(['brand: too small']), undefined)
})

test('roles open abilities in order: responder responds, analyst analyses, admin administers', () => {
  assert.equal(can('viewer', 'respond'), false)
  assert.equal(can('responder', 'respond'), true)
  assert.equal(can('responder', 'analyse'), false)
  assert.equal(can('admin', 'analyse'), true)
  assert.equal(can(undefined, 'respond'), false)
})

test('numbers and dates are written in the reader’s language', () => {
  const fr = createFormat('fr', 'UTC')
  const en = createFormat('en', 'UTC')
  assert.equal(en.compact(12_345), '12.3k')
  assert.match(fr.compact(12_345), /^12,3\s?k$/)
  assert.equal(en.dateTime('2026-03-14T10:05:00.000Z'), '14/03/2026, 10:05')
  const now = new Date('2026-03-14T12:00:00.000Z')
  assert.equal(fr.ago('2026-03-14T10:00:00.000Z', now), 'il y a 2 heures')
  assert.equal(en.ago('2026-03-14T11:55:00.000Z', now), '5 minutes ago')
})

test('preferences are kept per user, and unreadable ones count as none', () => {
  const data = new Map<string, string>()
  const store = {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => data.set(k, v),
  }
  savePreferences(store, 'u1', { lang: 'fr' })
  savePreferences(store, 'u1', { sound: true })
  assert.deepEqual(readPreferences(store, 'u1'), { lang: 'fr', sound: true })
  assert.deepEqual(readPreferences(store, 'u2'), {})
  data.set('vigie.preferences.u3', '{not json')
  assert.deepEqual(readPreferences(store, 'u3'), {})
})

test("a new query's id is made from its brand, in the letters ids allow", () => {
  assert.equal(queryIdFor('Télécomète FR'), 'q-telecomete-fr')
  assert.equal(queryIdFor('«»'), 'q-brand')
})

test('the login link carries the language and the view to come back to, and leaves out a plain /', () => {
  assert.equal(loginHref('fr', '/#/acme/alerts'), '/login?lang=fr&next=%2F%23%2Facme%2Falerts')
  assert.equal(loginHref('en', '/'), '/login?lang=en')
  assert.equal(loginHref(), '/login')
})

test('an incident and the state of the incident list live in the URL, and a bad state is ignored', () => {
  assert.equal(incidentHref('acme', 'inc 1&x'), '#/acme/incidents?id=inc+1%26x')
  assert.deepEqual(parseRoute(incidentHref('acme', 'inc-1')), {
    ws: 'acme',
    page: 'incidents',
    search: 'id=inc-1',
  })
  assert.deepEqual(readIncidentsSearch('id=inc+1%26x'), { id: 'inc 1&x' })
  assert.deepEqual(readIncidentsSearch('state=monitoring'), { state: 'monitoring' })
  assert.deepEqual(readIncidentsSearch('state=burning&id='), {})
  assert.equal(incidentsSearch({ state: 'closed' }), 'state=closed')
})

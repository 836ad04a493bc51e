import assert from 'node:assert/strict'
import { test } from 'node:test'
import { apiParamsOf, filterFromSearch, NO_FILTER, searchOfFilter } from './mention-filter.ts'

test('a filter is read back from the URL parameters it writes, leaving out what is not set', () => {
  const filter = {
    ...NO_FILTER,
    q: 'éclats de verre',
    sentiment: 'negative',
    minReach: '1000',
    owned: 'false',
  }
  const search = searchOfFilter(filter)
  assert.equal(search, 'q=%C3%A9clats+de+verre&sentiment=negative&minReach=1000&owned=false')
  assert.deepEqual(filterFromSearch(search), filter)
  assert.equal(searchOfFilter(NO_FILTER), '')
})

test('a shared link with unknown or invalid filters keeps only the valid ones', () => {
  const filter = filterFromSearch('sentiment=angry&lang=en&emotion=fear&minReach=-3&sort=reach&range=1y&x=1')
  assert.deepEqual(filter, { ...NO_FILTER, lang: 'en', emotion: 'fear', sort: 'reach' })
})

test('the API parameters turn the period into a start before the server’s now and drop empty filters', () => {
  const now = new Date('2026-03-14T12:30:00.000Z')
  const params = apiParamsOf({ ...NO_FILTER, range: '24h', author: ' @lea ', cause: 'accident' }, now)
  assert.deepEqual(params, {
    q: undefined,
    query: undefined,
    sentiment: undefined,
    source: undefined,
    lang: undefined,
    emotion: undefined,
    cause: 'accident',
    author: '@lea',
    minReach: undefined,
    owned: undefined,
    sort: undefined,
    from: '2026-03-13T12:30:00.000Z',
  })
  assert.equal(apiParamsOf({ ...NO_FILTER, range: 'all' }, now).from, undefined)
})

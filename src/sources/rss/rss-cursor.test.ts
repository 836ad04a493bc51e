import assert from 'node:assert/strict'
import { test } from 'node:test'
import {
  emptyCursor,
  formatRssCursor,
  MAX_SEEN,
  parseRssCursor,
  rememberDated,
  rememberUndated,
  SEEN_WINDOW_MS,
  wasDelivered,
} from './rss-cursor.ts'

const T = Date.parse('2026-03-02T12:00:00Z')

test('a cursor round-trips through its text', () => {
  const c = emptyCursor()
  rememberDated(c, 'a', T)
  rememberUndated(c, 'u')
  c.etag = '"v1"'
  c.lastModified = 'Mon, 02 Mar 2026 11:00:00 GMT'
  const back = parseRssCursor(formatRssCursor(c))
  assert.ok(back.ok)
  assert.deepEqual(back.cursor, c)
  assert.deepEqual(parseRssCursor(undefined), { ok: true, cursor: emptyCursor() })
  assert.deepEqual(parseRssCursor('{"v":2}'), { ok: false, reason: 'not an RSS cursor' })
  assert.deepEqual(parseRssCursor('12'), { ok: false, reason: 'not an RSS cursor' })
  assert.deepEqual(parseRssCursor('{'), { ok: false, reason: 'not JSON' })
})

test('delivered: by id from a day behind the newest date on, by date before that', () => {
  const c = emptyCursor()
  rememberDated(c, 'old', T - 3 * SEEN_WINDOW_MS)
  rememberDated(c, 'new', T)
  assert.equal(c.floor, T - SEEN_WINDOW_MS)
  assert.deepEqual([...c.seen.keys()], ['new'], 'ids below the floor are dropped')
  assert.equal(wasDelivered(c, 'new', T), true)
  assert.equal(wasDelivered(c, 'other', T), false, 'same date, another id')
  assert.equal(wasDelivered(c, 'late', T - 3_600_000), false, 'within the window')
  assert.equal(wasDelivered(c, 'ancient', T - 2 * SEEN_WINDOW_MS), true, 'before the floor')
  assert.equal(wasDelivered(c, 'new', undefined), false, 'undated ids are kept apart')
})

test('at most MAX_SEEN ids: the floor moves up past whole dates', () => {
  const c = emptyCursor()
  for (let i = 0; i <= MAX_SEEN + 10; i++) rememberDated(c, `k${i}`, T + Math.floor(i / 2) * 1000)
  assert.ok(c.seen.size <= MAX_SEEN, String(c.seen.size))
  const oldestKept = Math.min(...c.seen.values())
  assert.ok(c.floor !== undefined && c.floor <= oldestKept)
  for (const [k, t] of c.seen) assert.equal(wasDelivered(c, k, t), true)
  assert.equal(wasDelivered(c, 'k0', T), true, 'dropped, but below the floor')
})

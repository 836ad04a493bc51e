import assert from 'node:assert/strict'
import { test } from 'node:test'
import { backoffDelay, parseRetryAfter } from './index.ts'

const policy = (random: number) => ({
  baseDelayMs: 1000,
  maxDelayMs: 8000,
  maxRetryAfterMs: 60_000,
  random: () => random,
})

test('backoff doubles after each failure, stays between half and all of it, and is capped', () => {
  assert.deepEqual(
    [1, 2, 3, 4, 5, 6].map((n) => backoffDelay(n, policy(1))),
    [1000, 2000, 4000, 8000, 8000, 8000],
  )
  assert.deepEqual(
    [1, 2, 3].map((n) => backoffDelay(n, policy(0))),
    [500, 1000, 2000],
  )
})

test('Retry-After is read as seconds or as an HTTP date', () => {
  const now = Date.parse('2026-03-14T09:00:00Z')
  assert.equal(parseRetryAfter('120', now), 120_000)
  assert.equal(parseRetryAfter('Sat, 14 Mar 2026 09:00:30 GMT', now), 30_000)
  assert.equal(parseRetryAfter('Sat, 14 Mar 2026 08:00:00 GMT', now), 0)
  assert.equal(parseRetryAfter('soon', now), undefined)
  assert.equal(parseRetryAfter(null, now), undefined)
})

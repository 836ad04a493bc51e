import assert from 'node:assert/strict'
import { test } from 'node:test'
import { nextPollDelay } from './poll-delay.ts'

test('the next poll is the period ± 10 %, drawn from the random source', () => {
  assert.equal(
    nextPollDelay(60_000, () => 0),
    54_000,
  )
  assert.equal(
    nextPollDelay(60_000, () => 0.5),
    60_000,
  )
  assert.equal(
    nextPollDelay(60_000, () => 0.999_999),
    66_000,
  )
  assert.equal(
    nextPollDelay(1_000, () => 0.25),
    950,
  )
  for (let i = 0; i < 1_000; i++) {
    const d = nextPollDelay(300_000)
    assert.ok(d >= 270_000 && d <= 330_000 && Number.isInteger(d), String(d))
  }
})

test('a random source out of [0, 1) is clamped; a period that is not positive is refused', () => {
  assert.equal(
    nextPollDelay(10_000, () => 7),
    11_000,
  )
  assert.equal(
    nextPollDelay(10_000, () => -1),
    9_000,
  )
  for (const bad of [0, -5, Number.NaN, Number.POSITIVE_INFINITY])
    assert.throws(() => nextPollDelay(bad), RangeError, String(bad))
})

import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { createNegativeSurge } from './negative-surge.ts'
import { createRecentSums } from './recent-sums.ts'

const surge = () => createNegativeSurge({ windowBuckets: 6, halfLifeBuckets: 288, zMidpoint: 4.5 })

/** A day of 5-minute buckets of 3 posts, one negative in five buckets (a 0.2 usual share would be 0.6). */
const warmed = () => {
  const s = surge()
  for (let i = 0; i < 288; i++) s.update(i % 5 === 0 ? 1 : 0, 3, 3)
  return s
}

describe('createNegativeSurge', () => {
  it('stays at zero on the query’s usual traffic', () => {
    const s = warmed()
    for (let i = 0; i < 12; i++) assert.equal(s.update(i % 5 === 0 ? 1 : 0, 3, 3).level, 0)
  })

  it('accumulates a few extra negative posts per bucket until half an hour of them is a surge', () => {
    const s = warmed()
    const levels = Array.from({ length: 6 }, () => s.update(3, 5, 3).level)
    assert.ok(levels[0]! < 0.05, `one bucket is anecdote (${levels[0]})`)
    assert.ok(levels[5]! > 0.7, `six buckets are a surge (${levels[5]})`)
    assert.deepEqual(
      levels,
      [...levels].sort((a, b) => a - b),
    )
  })

  it('forgets a burst once it has left the window', () => {
    const s = warmed()
    for (let i = 0; i < 6; i++) s.update(3, 5, 3)
    let last = 1
    for (let i = 0; i < 6; i++) last = s.update(0, 3, 3).level
    assert.equal(last, 0)
  })
})

describe('createRecentSums', () => {
  it('sums each count over the last buckets of the window only', () => {
    const sums = createRecentSums(2)
    assert.deepEqual([...sums.push([1, 10])], [1, 10])
    assert.deepEqual([...sums.push([2, 20])], [3, 30])
    assert.deepEqual([...sums.push([4, 40])], [6, 60])
  })
})

import assert from 'node:assert/strict'
import { test } from 'node:test'
import { createPeakHistory, createPeakRarity, createRecentMax } from './recent-max.ts'

const HOUR = 3_600_000

test('the recent maximum forgets values older than its span', () => {
  const recent = createRecentMax(2 * HOUR)
  recent.push(0, 9)
  recent.push(HOUR, 4)
  assert.equal(recent.before(2 * HOUR), 9)
  assert.equal(recent.before(2.5 * HOUR), 4)
  assert.equal(recent.before(4 * HOUR), 0)
})

test('usual peaks are the median and spread of finished blocks, the current block left out', () => {
  const peaks = createPeakHistory({ blockMs: HOUR, keep: 10, prior: [] })
  const blockPeaks = [1, 3, 2, 10, 4]
  blockPeaks.forEach((peak, block) => {
    peaks.push(block * HOUR, 0)
    peaks.push(block * HOUR + 1_000, peak)
  })
  assert.deepEqual(peaks.typical(), { median: 2.5, spread: 1 }) // 1, 2, 3, 4; the block of 4 is still open
  peaks.push(5 * HOUR, 0)
  assert.deepEqual(peaks.typical(), { median: 3, spread: 1 })
})

test('prior peaks stand in for a short history, and only the last `keep` blocks count', () => {
  const peaks = createPeakHistory({ blockMs: HOUR, keep: 2, prior: [5, 5, 5] })
  assert.deepEqual(peaks.typical(), { median: 5, spread: 0 })
  for (let block = 0; block < 6; block++) peaks.push(block * HOUR, 100 + block)
  assert.deepEqual(peaks.typical(), { median: 5, spread: 0 }) // 5, 5, 5, 103, 104
  const alone = createPeakHistory({ blockMs: HOUR, keep: 2, prior: [] })
  for (let block = 0; block < 6; block++) alone.push(block * HOUR, 100 + block)
  assert.deepEqual(alone.typical(), { median: 103.5, spread: 0.5 })
})

test('a value is rated only at its onset, in spreads above the usual peak', () => {
  const rarity = createPeakRarity({
    memoryMs: 2 * HOUR,
    blockMs: HOUR,
    keep: 10,
    prior: [2, 3, 4],
    minSpread: 0.5,
  })
  assert.deepEqual(rarity.judge(0, 6), { onset: true, rarity: 3 }) // usual peak 3, spread 1
  assert.deepEqual(rarity.judge(HOUR, 5), { onset: false, rarity: 0 }) // 6 was seen within two hours
  // both are forgotten by then, but they now count among the usual peaks: 2, 3, 4, 5, 6
  assert.deepEqual(rarity.judge(3.5 * HOUR, 5), { onset: true, rarity: 1 })
})

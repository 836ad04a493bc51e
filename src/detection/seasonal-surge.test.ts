import assert from 'node:assert/strict'
import { test } from 'node:test'
import { createRandom } from '../test/mention-stream.ts'
import { createSeasonalSurge } from './seasonal-surge.ts'

const BUCKET = 5 * 60_000
const PER_DAY = 288
const start = Date.parse('2026-03-02T00:00:00Z')

const poisson = (random: () => number, mean: number) => {
  let k = 0
  for (let p = random(), limit = Math.exp(-mean); p > limit; p *= random()) k++
  return k
}

const surge = () =>
  createSeasonalSurge({
    bucketMs: BUCKET,
    windowHours: 6,
    halfLifeDays: 7,
    zMidpoint: 4.5,
    minCount: 10,
    warmupDays: 2,
  })

/** a day's rhythm: busy afternoons and evenings, near silence at night (mean bad posts per bucket) */
const rhythm = (bucket: number) => {
  const hour = Math.floor((bucket % PER_DAY) / 12)
  return hour < 7 ? 0.05 : hour < 12 ? 0.4 : 0.8
}

test('a crisis growing hour after hour over two days raises the level once it stands above the same hours of previous days', () => {
  const s = surge()
  const random = createRandom(11)
  const days = 7
  for (let i = 0; i < days * PER_DAY; i++) s.step(start + i * BUCKET, poisson(random, rhythm(i)))
  let peak = 0
  // then a slow build: the crisis adds up to three times the usual bad posts, growing over 48 hours
  for (let i = 0; i < 2 * PER_DAY; i++) {
    const b = days * PER_DAY + i
    const extra = 3 * (i / (2 * PER_DAY)) ** 2
    peak = Math.max(peak, s.step(start + b * BUCKET, poisson(random, rhythm(b) * (1 + extra))).level)
  }
  assert.ok(peak > 0.8, `peak level ${peak}`)
})

test('the evening rush of every day stays calm: each hour is compared with itself on previous days', () => {
  const s = surge()
  const random = createRandom(12)
  let worst = 0
  for (let i = 0; i < 21 * PER_DAY; i++) {
    // whole days a third busier or quieter than others, as real streams have
    const mood = [1, 1.3, 0.75, 1, 1.2][Math.floor(i / PER_DAY) % 5] ?? 1
    const level = s.step(start + i * BUCKET, poisson(random, rhythm(i) * mood)).level
    if (i >= 3 * PER_DAY) worst = Math.max(worst, level)
  }
  assert.ok(worst < 0.3, `worst level ${worst}`)
})

test('a slow crisis does not become the norm: its third day still stands out', () => {
  const s = surge()
  const random = createRandom(13)
  for (let i = 0; i < 7 * PER_DAY; i++) s.step(start + i * BUCKET, poisson(random, rhythm(i)))
  let lastDay = 0
  for (let i = 0; i < 3 * PER_DAY; i++) {
    const b = 7 * PER_DAY + i
    const level = s.step(start + b * BUCKET, poisson(random, rhythm(b) * 3)).level
    if (i >= 2 * PER_DAY + 18 * 12) lastDay = Math.max(lastDay, level)
  }
  assert.ok(lastDay > 0.8, `level on the third evening ${lastDay}`)
})

test('nothing is read before two days of history', () => {
  const s = surge()
  let level = 0
  for (let i = 0; i < PER_DAY; i++) level = Math.max(level, s.step(start + i * BUCKET, i > 200 ? 5 : 0).level)
  assert.equal(level, 0)
})

import assert from 'node:assert/strict'
import { test } from 'node:test'
import { createRandom } from '../test/mention-stream.ts'
import { createSustainedVolume } from './sustained-volume.ts'

const poisson = (random: () => number, mean: number) => {
  let k = 0
  for (let p = random(), limit = Math.exp(-mean); p > limit; p *= random()) k++
  return k
}

test('twenty posts in an hour where three were usual raise the level of a sparse stream', () => {
  const hourly = createSustainedVolume({ windowBuckets: 12, halfLifeBuckets: 2016, zMidpoint: 4.5 })
  const random = createRandom(4)
  for (let i = 0; i < 12 * 24 * 5; i++) hourly.step(poisson(random, 0.25), 0.25)
  let level = 0
  for (let i = 0; i < 12; i++) level = hourly.step(i % 3 === 0 ? 5 : 1, 0.25).level
  assert.ok(level > 0.8, `level ${level}`)
})

test("a bursty stream's ordinary hours stay calm: the window is judged on the query's own spread", () => {
  const hourly = createSustainedVolume({ windowBuckets: 12, halfLifeBuckets: 2016, zMidpoint: 4.5 })
  const random = createRandom(5)
  let worst = 0
  for (let i = 0; i < 12 * 24 * 14; i++) {
    // hours of double or half the expected traffic, as real streams have
    const mood = Math.floor(i / 12) % 3 === 0 ? 2 : Math.floor(i / 12) % 3 === 1 ? 0.5 : 1
    const level = hourly.step(poisson(random, 4 * mood), 4).level
    if (i > 12 * 24 * 7) worst = Math.max(worst, level)
  }
  assert.ok(worst < 0.3, `worst level ${worst}`)
})

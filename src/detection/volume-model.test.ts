import assert from 'node:assert/strict'
import { test } from 'node:test'
import { createRandom } from '../test/mention-stream.ts'
import { createVolumeModel } from './index.ts'

const FIVE_MIN = 300_000
const start = Date.UTC(2026, 2, 2)
const poisson = (random: () => number, mean: number) => {
  let k = 0
  let p = random()
  const limit = Math.exp(-mean)
  while (p > limit) {
    k++
    p *= random()
  }
  return k
}
/** 5-minute counts with a daily rhythm: ~2 per bucket at 3 am, ~18 at 3 pm. */
const rhythm = (i: number) => 10 + 8 * Math.sin((((i / 12) % 24) - 9) * (Math.PI / 12))
const feed = (model: ReturnType<typeof createVolumeModel>, buckets: number, seed = 1) => {
  const random = createRandom(seed)
  const readings = []
  for (let i = 0; i < buckets; i++)
    readings.push(model.update(new Date(start + i * FIVE_MIN), poisson(random, rhythm(i))))
  return readings
}

test('learns the daily rhythm: the expected count follows the hour of the day', () => {
  const model = createVolumeModel()
  feed(model, 14 * 288)
  const afternoon = model.update(new Date(start + 14 * 288 * FIVE_MIN + 15 * 3_600_000), 18)
  const night = createVolumeModel()
  feed(night, 14 * 288)
  const earlyMorning = night.update(new Date(start + 14 * 288 * FIVE_MIN + 3 * 3_600_000), 2)
  assert.ok(afternoon.expected > 13 && afternoon.expected < 24, `afternoon ${afternoon.expected}`)
  assert.ok(earlyMorning.expected < 5, `night ${earlyMorning.expected}`)
})

test('ordinary Poisson traffic almost never looks anomalous once warm', () => {
  const readings = feed(createVolumeModel(), 14 * 288, 2).slice(288)
  const high = readings.filter((r) => r.score > 0.5).length
  assert.ok(high <= 2, `${high} of ${readings.length} buckets scored above 0.5`)
  assert.ok(readings.every((r) => r.warm))
})

test('a five-fold surge scores high, and higher at high sensitivity than at low', () => {
  const at = new Date(start + 7 * 288 * FIVE_MIN + 15 * 3_600_000)
  const score = (sensitivity: 'low' | 'medium' | 'high', count: number) => {
    const model = createVolumeModel({ sensitivity })
    feed(model, 7 * 288, 3)
    return model.update(at, count).level
  }
  assert.ok(score('medium', 90) > 0.9)
  assert.ok(score('high', 30) > score('low', 30))
  assert.ok(score('medium', 18) < 0.1)
})

test('a query with no history scores a sudden flood high, and a trickle low', () => {
  const flood = createVolumeModel().update(new Date(start), 400)
  const trickle = createVolumeModel().update(new Date(start), 4)
  assert.equal(flood.warm, false)
  assert.ok(flood.score > 0.8, `flood ${flood.score}`)
  assert.ok(trickle.score < 0.2, `trickle ${trickle.score}`)
})

test('a long surge is clipped while it teaches the baseline, so its level stays high for hours', () => {
  const model = createVolumeModel()
  feed(model, 7 * 288, 4)
  const base = start + 7 * 288 * FIVE_MIN + 14 * 3_600_000
  const readings = Array.from({ length: 24 }, (_, i) => model.update(new Date(base + i * FIVE_MIN), 120))
  assert.ok(readings.at(-1)!.level > 0.9, `after two hours: ${readings.at(-1)!.level}`)
  assert.ok(readings.at(-1)!.expected < 40)
})

test('the score marks the onset of an anomaly and its growth, not every interval it lasts', () => {
  const model = createVolumeModel()
  feed(model, 7 * 288, 5)
  const base = start + 7 * 288 * FIVE_MIN + 14 * 3_600_000
  const counts = [90, 90, 90, 90, 400]
  const [onset, , , steady, growth] = counts.map((c, i) => model.update(new Date(base + i * FIVE_MIN), c))
  assert.ok(onset!.score > 0.7, `onset ${onset!.score}`)
  assert.ok(steady!.score < 0.2 && steady!.level > 0.8, `steady ${steady!.score} / ${steady!.level}`)
  assert.ok(growth!.score > 0.7, `growth ${growth!.score}`)
})

test('the score judges a new peak against the query own usual peaks: routine bursts score lower', () => {
  const random = createRandom(6)
  const bursty = createVolumeModel()
  const calm = createVolumeModel()
  const days = 7
  // the bursty query triples for one bucket every three hours, until a day before the test
  for (let i = 0; i < days * 288; i++) {
    const at = new Date(start + i * FIVE_MIN)
    const count = poisson(random, rhythm(i))
    const burst = i % 36 === 18 && i < (days - 1) * 288
    bursty.update(at, burst ? count * 3 + 30 : count)
    calm.update(at, count)
  }
  const at = new Date(start + days * 288 * FIVE_MIN + 15 * 3_600_000)
  const routine = bursty.update(at, 80)
  const rare = calm.update(at, 80)
  assert.ok(routine.z > 4 && rare.z > 4, `z ${routine.z} / ${rare.z}`)
  assert.ok(rare.score > 0.7, `calm ${rare.score}`)
  assert.ok(routine.score < rare.score - 0.3, `bursty ${routine.score} vs calm ${rare.score}`)
})

test('a burst that climbs over several intervals scores once, unless it becomes twice as rare', () => {
  const model = createVolumeModel()
  feed(model, 7 * 288, 7)
  const base = start + 7 * 288 * FIVE_MIN + 14 * 3_600_000
  // without the mask, 130 would score again (z 5.7, above every z of the past day)
  const counts = [40, 60, 90, 130, 1200]
  const [first, ...rest] = counts.map((c, i) => model.update(new Date(base + i * FIVE_MIN), c).score)
  assert.ok(first! > 0.5, `first ${first}`)
  assert.deepEqual(rest.slice(0, 3), [0, 0, 0])
  assert.ok(rest[3]! > first!, `thirtyfold ${rest[3]}`)
})

test('the score is causal: a spike leaves the scores before it unchanged', () => {
  const scores = (spikeAt: number) => {
    const model = createVolumeModel()
    const random = createRandom(8)
    return Array.from({ length: 4 * 288 }, (_, i) => {
      const count = poisson(random, rhythm(i)) * (i === spikeAt ? 30 : 1)
      return model.update(new Date(start + i * FIVE_MIN), count).score
    })
  }
  const quiet = scores(-1)
  const spiked = scores(3 * 288)
  assert.deepEqual(spiked.slice(0, 3 * 288), quiet.slice(0, 3 * 288))
  assert.ok(spiked[3 * 288]! > 0.5, `spike ${spiked[3 * 288]}`)
})

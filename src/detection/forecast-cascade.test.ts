import assert from 'node:assert/strict'
import { test } from 'node:test'
import { sampleCascade, shiftedPowerDelay } from './fixtures/sample-cascade.ts'
import { type CascadeEvent, forecastCascade, spentInfluence } from './forecast-cascade.ts'

const S0 = 300
const THETA = 0.242
const spentAtS0 = spentInfluence(S0)
/** Inverse of the kernel's cumulative mass: a reaction delay in seconds for a uniform draw. */
const delayFor = (u: number) =>
  u <= spentAtS0 ? (u / spentAtS0) * S0 : S0 * (1 - ((u - spentAtS0) * THETA) / spentAtS0) ** (-1 / THETA)

/** A cascade drawn from SEISMIC's own process: each post's followers reshare with probability p. */
const simulate = (seed: number, p: number, rootFollowers = 20_000, delay = delayFor): CascadeEvent[] =>
  sampleCascade(seed, p, delay, rootFollowers)

test('the kernel spends all of a post influence in the end, and half of it within hours', () => {
  assert.ok(Math.abs(spentInfluence(1e12) - 1) < 0.01)
  assert.ok(spentInfluence(3600) > 0.3 && spentInfluence(3600) < 0.7)
  assert.equal(spentInfluence(0), 0)
})

test('forecasts the final reshares of simulated cascades one hour after the post within 25% (median)', () => {
  const errors: number[] = []
  for (let seed = 1; errors.length < 40 && seed < 400; seed++) {
    const events = simulate(seed, 0.003)
    const final = events.length - 1
    const f = forecastCascade(events, new Date(3_600_000))
    errors.push(Math.abs(f.predictedFinal - final) / final)
  }
  errors.sort((a, b) => a - b)
  const median = errors[Math.floor(errors.length / 2)]!
  assert.ok(errors.length >= 20)
  assert.ok(median <= 0.25, `median relative error ${median.toFixed(2)}`)
})

test('flags a spreading post before its peak: the forecast at 15 minutes exceeds what is seen', () => {
  const events = simulate(7, 0.003)
  const f = forecastCascade(events, new Date(900_000))
  assert.ok(f.predictedFinal > 1.5 * f.observed, `${f.observed} seen, ${f.predictedFinal} forecast`)
})

test('a post nobody reshared is forecast to stay at zero', () => {
  const f = forecastCascade([{ at: new Date(0), followers: 500 }], new Date(3_600_000))
  assert.equal(f.observed, 0)
  assert.equal(f.predictedFinal, 0)
})

test('with a shifted power-law kernel, forecasts cascades drawn from that kernel within 20% (median)', () => {
  const kernel = { kind: 'shifted_power', shiftSeconds: 240, exponent: 0.6 } as const
  const delay = shiftedPowerDelay(240, 0.6)
  const errors: number[] = []
  for (let seed = 1; errors.length < 40 && seed < 400; seed++) {
    const events = simulate(seed, 0.003, 20_000, delay)
    const final = events.length - 1
    const f = forecastCascade(events, new Date(3_600_000), { kernel })
    errors.push(Math.abs(f.predictedFinal - final) / final)
  }
  errors.sort((a, b) => a - b)
  const median = errors[Math.floor(errors.length / 2)]!
  assert.ok(median <= 0.2, `median relative error ${median.toFixed(2)}`)
})

test('one large account among the resharers does not make the forecast explode', () => {
  const minute = (m: number, followers: number): CascadeEvent => ({ at: new Date(m * 60_000), followers })
  const small = Array.from({ length: 10 }, (_, i) => minute(i + 1, 300))
  const events = [minute(0, 20_000), ...small, minute(59, 1_000_000)]
  const f = forecastCascade(events, new Date(3_600_000))
  // the mean audience (about 91k) would give p·γ ≈ 2 and hit the 20× cap; the median (300) does not
  assert.ok(f.branching < 0.5, `branching ${f.branching.toFixed(2)}`)
  const withMedian = forecastCascade(events, new Date(3_600_000), { resharerFollowers: 300 })
  assert.equal(f.predictedFinal, withMedian.predictedFinal)
})

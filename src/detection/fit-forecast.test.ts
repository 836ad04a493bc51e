import assert from 'node:assert/strict'
import { test } from 'node:test'
import { createForecaster, fitForecastOptions, MIN_HISTORY } from './fit-forecast.ts'
import { sampleCascade, shiftedPowerDelay } from './fixtures/sample-cascade.ts'
import { type CascadeEvent, type ForecastOptions, forecastCascade } from './forecast-cascade.ts'

const HOUR = new Date(3_600_000)
// A process far from SEISMIC's kernel: reactions come fast (90 s shift) with a light tail.
const delay = shiftedPowerDelay(90, 1.2)
const cascades = (seeds: number[]) =>
  seeds
    .map((seed) => sampleCascade(seed, 0.003, delay))
    .filter((events) => events.length > 11)
    .map((events) => ({ events, final: events.length - 1 }))
const seeds = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i)
const training = cascades(seeds(1, 60))
const testing = cascades(seeds(1001, 40))

const medianError = (options: ForecastOptions) => {
  const errors = testing.map(
    (c) => Math.abs(forecastCascade(c.events, HOUR, options).predictedFinal - c.final) / c.final,
  )
  errors.sort((a, b) => a - b)
  return errors[errors.length >> 1]!
}

test('without enough past cascades, the fit keeps SEISMIC defaults', () => {
  assert.deepEqual(fitForecastOptions([]), {})
  assert.deepEqual(fitForecastOptions(training.slice(0, MIN_HISTORY - 1)), {})
})

test('options fitted on past cascades forecast new ones within 20 % and better than the defaults', () => {
  assert.ok(training.length >= 40 && testing.length >= 25)
  const fitted = fitForecastOptions(training)
  assert.equal(fitted.kernel?.kind, 'shifted_power')
  const [withFit, withDefaults] = [medianError(fitted), medianError({})]
  assert.ok(withFit <= 0.2, `fitted: median relative error ${withFit.toFixed(2)}`)
  assert.ok(withFit < withDefaults, `fitted ${withFit.toFixed(2)}, defaults ${withDefaults.toFixed(2)}`)
})

test('the fit reads only what was seen at the forecast age, never the rest of a training cascade', () => {
  const hourOf = (events: CascadeEvent[]) => events.filter((e) => e.at.getTime() <= HOUR.getTime())
  const truncated = training.map((c) => ({ events: hourOf(c.events), final: c.final }))
  assert.deepEqual(fitForecastOptions(truncated), fitForecastOptions(training))
})

test('a forecaster uses its fallback until enough cascades are over, then options fitted on them', () => {
  const fallback: ForecastOptions = { kernel: { kind: 'shifted_power', shiftSeconds: 240, exponent: 0.6 } }
  const forecaster = createForecaster({ fallback, refitEvery: 20 })
  for (const c of training.slice(0, MIN_HISTORY - 1)) forecaster.complete(c.events, c.final)
  assert.deepEqual(forecaster.options(), fallback)
  for (const c of training.slice(MIN_HISTORY - 1)) forecaster.complete(c.events, c.final)
  assert.deepEqual(
    forecaster.options(),
    fitForecastOptions(training.slice(0, training.length - (training.length % 20))),
  )
  const c = testing[0]!
  assert.equal(
    forecaster.forecast(c.events, HOUR).predictedFinal,
    forecastCascade(c.events, HOUR, forecaster.options()).predictedFinal,
  )
})

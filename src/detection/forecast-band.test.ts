import assert from 'node:assert/strict'
import { test } from 'node:test'
import { createForecastBand, DEFAULT_BAND, MIN_BAND_HISTORY } from './forecast-band.ts'
import type { CascadeEvent } from './forecast-cascade.ts'

const cascade = (reshares: number): CascadeEvent[] =>
  Array.from({ length: reshares + 1 }, (_, i) => ({ at: new Date(i * 60_000), followers: 100 }))

test("a query's forecast band is learnt from how its own past forecasts missed", () => {
  // a forecaster that predicts what it has seen while cascades double later: the band moves to about ×2
  const band = createForecastBand((events) => events.length - 1)
  assert.deepEqual(band.band(), DEFAULT_BAND)
  for (let i = 0; i < MIN_BAND_HISTORY; i++) band.complete(cascade(40), 2 * 40 + (i % 5))
  const learnt = band.band()
  assert.equal(learnt.cascades, MIN_BAND_HISTORY)
  assert.ok(learnt.low > 1.9 && learnt.high < 2.2, JSON.stringify(learnt))
})

test('cascades too small to have been forecast teach nothing', () => {
  const band = createForecastBand(() => 1)
  for (let i = 0; i < 50; i++) band.complete(cascade(3), 5)
  assert.deepEqual(band.band(), DEFAULT_BAND)
})

import assert from 'node:assert/strict'
import { test } from 'node:test'
import { createReportMask } from './report-mask.ts'

const HOUR = 3_600_000
const mask = () => createReportMask({ maskMs: 12 * HOUR, minRarity: 3, growth: 2 })

test('a reported onset silences the onsets of the next hours that are not twice as rare', () => {
  const m = mask()
  assert.equal(m.pass(0, 4), 4)
  assert.equal(m.pass(HOUR, 6), 0)
  assert.equal(m.pass(11 * HOUR, 7.9), 0)
  assert.equal(m.pass(12 * HOUR, 5), 5) // the mask has ended
})

test('an event that becomes twice as rare is reported again, and masks from then on', () => {
  const m = mask()
  m.pass(0, 4)
  assert.equal(m.pass(HOUR, 8), 8)
  assert.equal(m.pass(12 * HOUR, 10), 0) // within 12 hours of the second report, and not 16
  assert.equal(m.pass(13 * HOUR, 10), 10)
})

test('onsets below the report level pass and mask nothing', () => {
  const m = mask()
  assert.equal(m.pass(0, 2), 2)
  assert.equal(m.pass(HOUR, 2.5), 2.5)
  assert.equal(m.pass(2 * HOUR, 0), 0)
  assert.equal(m.pass(3 * HOUR, -1), 0)
})

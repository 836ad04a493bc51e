import assert from 'node:assert/strict'
import { test } from 'node:test'
import { countQuietDays } from './count-quiet-days.ts'

const day = (d: number, h = 0) => new Date(Date.UTC(2026, 0, 1 + d, h))

test('quiet time is the replayed span minus crisis windows, per query, overlaps counted once', () => {
  const events = [
    { kind: 'crisis', queryId: 'acme', onset: day(1), end: day(2) },
    { kind: 'crisis', queryId: 'acme', onset: day(1, 12), end: day(2, 12) }, // overlaps the first
    { kind: 'positive_viral', queryId: 'acme', onset: day(5), end: day(6) }, // a trap is quiet time
    { kind: 'crisis', queryId: 'bolt', onset: day(9, 12) }, // open: 24 h, clipped at the end
  ]
  const quiet = countQuietDays({ start: day(0), end: day(10), queryIds: ['acme', 'bolt'], events })
  assert.equal(quiet, 10 - 1.5 + (10 - 0.5))
})

test('an event without a query id takes quiet time from every query', () => {
  const events = [{ kind: 'crisis', onset: day(2), end: day(3) }]
  assert.equal(countQuietDays({ start: day(0), end: day(7), queryIds: ['a', 'b'], events }), 12)
})

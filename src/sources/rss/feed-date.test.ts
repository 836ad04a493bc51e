import assert from 'node:assert/strict'
import { test } from 'node:test'
import { parseFeedDate } from './feed-date.ts'

const iso = (raw: string) => {
  const r = parseFeedDate(raw)
  return r.ok ? r.date.toISOString() : r.reason
}

test('RFC 822 as feeds write it: offsets, zone names, GMT, one-digit days and hours, two-digit years', () => {
  assert.equal(iso('Mon, 02 Mar 2026 11:30:00 +0100'), '2026-03-02T10:30:00.000Z')
  assert.equal(iso('Mon, 02 Mar 2026 09:15:00 GMT'), '2026-03-02T09:15:00.000Z')
  assert.equal(iso('Mon, 02 Mar 2026 08:05:00 CET'), '2026-03-02T07:05:00.000Z')
  assert.equal(iso('Sun, 1 Mar 2026 21:58 EST'), '2026-03-02T02:58:00.000Z')
  assert.equal(iso('Mon, 2 Mar 26 8:05:00 +01:00'), '2026-03-02T07:05:00.000Z')
  assert.equal(iso('02 March 2026 08:05:00'), '2026-03-02T08:05:00.000Z', 'no zone: GMT')
  assert.equal(iso('  Mon,  02 Mar 2026\n 11:30:00 +0100 '), '2026-03-02T10:30:00.000Z')
})

test('ISO 8601 (Atom, JSON Feed, dc:date) is read as it is', () => {
  assert.equal(iso('2026-03-02T10:12:00+01:00'), '2026-03-02T09:12:00.000Z')
  assert.equal(iso('2026-03-02T08:40:00.5Z'), '2026-03-02T08:40:00.500Z')
})

test('what is no date is refused, naming what the feed wrote', () => {
  assert.match(iso('le 2 mars 2026 à 7 h 40'), /^"le 2 mars 2026 à 7 h 40" is not a date in an accepted form/)
  assert.match(
    iso('Mon, 31 Feb 2026 10:00:00 +0100'),
    /^"Mon, 31 Feb 2026 10:00:00 \+0100" is not a real date/,
  )
  assert.match(iso('Mon, 02 Mar 2026 10:00:00 XYZ'), /not a date in an accepted form/)
  assert.match(iso('2026-03-02'), /has no time of day/)
})

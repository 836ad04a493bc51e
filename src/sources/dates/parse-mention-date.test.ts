import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { test } from 'node:test'
import { fileURLToPath } from 'node:url'
import { parseMentionDate } from './parse-mention-date.ts'
import { checkTimeZone } from './zoned-time.ts'

const iso = (value: unknown, timeZone?: string) => {
  const r = parseMentionDate(value, { timeZone })
  return r.ok ? r.date.toISOString() : `refused: ${r.reason}`
}

test('ISO 8601 dates with a T or a space, a zone or none (UTC), fractions kept to the millisecond', () => {
  assert.equal(iso('2026-03-02T08:15:00Z'), '2026-03-02T08:15:00.000Z')
  assert.equal(iso('2026-03-02 08:15'), '2026-03-02T08:15:00.000Z')
  assert.equal(iso('2026-03-02T09:15:00+01:00'), '2026-03-02T08:15:00.000Z')
  assert.equal(iso('2026-03-02 11:35:52 +0100'), '2026-03-02T10:35:52.000Z')
  assert.equal(iso('2026-03-02T03:15:00.123456-05'), '2026-03-02T08:15:00.123Z')
})

test('a time without a zone is read in the zone given, across a clock change', () => {
  assert.equal(iso('2026-03-02 08:00', 'Europe/Paris'), '2026-03-02T07:00:00.000Z')
  assert.equal(iso('2026-07-02 08:00', 'Europe/Paris'), '2026-07-02T06:00:00.000Z')
  assert.equal(iso('2026-03-02T08:00:00Z', 'Europe/Paris'), '2026-03-02T08:00:00.000Z', 'a written zone wins')
  assert.equal(iso('2026-10-25 02:30', 'Europe/Paris'), '2026-10-25T00:30:00.000Z', 'twice: the first')
  assert.match(iso('2026-03-29 02:30', 'Europe/Paris'), /does not exist in Europe\/Paris/)
})

test('Unix seconds and milliseconds, as numbers or digits', () => {
  assert.equal(iso(1772439300), '2026-03-02T08:15:00.000Z')
  assert.equal(iso(1772439300123), '2026-03-02T08:15:00.123Z')
  assert.equal(iso('1772439300'), '2026-03-02T08:15:00.000Z')
  assert.equal(iso(1772439300.5), '2026-03-02T08:15:00.500Z', 'Reddit writes seconds with a fraction')
})

test('RFC 2822 and the Twitter v1 created_at form', () => {
  assert.equal(iso('Wed Oct 10 20:19:24 +0000 2018'), '2018-10-10T20:19:24.000Z')
  assert.equal(iso('Wed, 10 Oct 2018 22:19:24 +0200'), '2018-10-10T20:19:24.000Z')
  assert.equal(iso('10 Oct 2018 20:19 GMT'), '2018-10-10T20:19:00.000Z')
})

test('ambiguous, impossible and partial dates are refused with the reason and the accepted forms', () => {
  assert.match(iso('03/02/2026'), /"03\/02\/2026" is not a date in an accepted form: ISO 8601/)
  assert.match(iso('2026-02-30 10:00'), /not a real date \(February 2026 has 28 days\)/)
  assert.match(iso('2024-02-29T10:00:00Z'), /^2024-02-29/, 'a leap day is real')
  assert.match(iso('2026-13-01T10:00:00Z'), /month 13 does not exist/)
  assert.match(iso('2026-03-02T24:00:00Z'), /out of range/)
  assert.match(iso('2026'), /not a Unix time/)
  assert.match(iso(2026), /not a Unix time/)
  assert.match(iso('2026-03-02'), /no time of day/)
  assert.match(iso('yesterday'), /not a date in an accepted form/)
  assert.match(iso('Mar 2, 2026'), /not a date in an accepted form/)
  assert.match(iso(true), /expected a date/)
})

test('an unknown time zone name is refused with an example', () => {
  assert.equal(checkTimeZone('Europe/Paris'), 'Europe/Paris')
  assert.throws(() => checkTimeZone('Paris'), { code: 'invalid', message: /unknown time zone "Paris".*IANA/ })
})

test('dates are read the same whatever the time zone of the process', () => {
  const inputs = ['2026-03-02 08:00', '2026-03-02T08:00:00', 'Wed Oct 10 20:19:24 +0000 2018', '1772439300']
  const here = inputs.map((value) => [iso(value), iso(value, 'Europe/Paris')])
  const module = fileURLToPath(new URL('./parse-mention-date.ts', import.meta.url))
  const script = `import { parseMentionDate } from ${JSON.stringify(module)}
    const iso = (v, timeZone) => { const r = parseMentionDate(v, { timeZone }); return r.ok ? r.date.toISOString() : r.reason }
    console.log(JSON.stringify(${JSON.stringify(inputs)}.map((v) => [iso(v), iso(v, 'Europe/Paris')])), new Date(2026, 0, 1).getTimezoneOffset())`
  for (const TZ of ['America/New_York', 'Asia/Tokyo']) {
    const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      env: { ...process.env, TZ },
      encoding: 'utf8',
    })
    const [json, offset] = out.trim().split(' ')
    assert.notEqual(offset, '0', `the child runs in ${TZ}`)
    assert.deepEqual(JSON.parse(json ?? ''), here, TZ)
  }
})

import assert from 'node:assert/strict'
import { test } from 'node:test'
import { rangeWindow, sinceWindow } from './time-range.ts'

test('a time range ends at the given now and picks hours, or days for 30 days', () => {
  const now = new Date('2026-03-14T12:30:00.000Z')
  assert.deepEqual(rangeWindow('24h', now), {
    from: '2026-03-13T12:30:00.000Z',
    to: '2026-03-14T12:30:00.000Z',
    bucket: 'hour',
  })
  assert.equal(rangeWindow('7d', now).from, '2026-03-07T12:30:00.000Z')
  assert.equal(rangeWindow('30d', now).bucket, 'day')
})

test('the figures since an incident started count in minutes, then hours, then days as it lasts', () => {
  const now = new Date('2026-03-14T12:30:00.000Z')
  assert.deepEqual(sinceWindow('2026-03-14T08:00:00.000Z', now), {
    from: '2026-03-14T08:00:00.000Z',
    to: '2026-03-14T12:30:00.000Z',
    bucket: 'minute',
  })
  assert.equal(sinceWindow('2026-03-12T12:30:00.000Z', now).bucket, 'hour')
  assert.equal(sinceWindow('2026-02-01T00:00:00.000Z', now).bucket, 'day')
})

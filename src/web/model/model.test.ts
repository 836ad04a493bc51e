import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { MentionJson } from '../api/wire.ts'
import { rangeWindow } from './time-range.ts'
import { topPosts } from './top-posts.ts'

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

const post = (id: string, metrics: MentionJson['metrics'], followers = 0): MentionJson =>
  ({
    id,
    createdAt: '2026-03-14T10:00:00.000Z',
    metrics,
    author: { id, handle: id, followers },
  }) as MentionJson

test('top posts are the most reposted and engaged, reach breaking ties', () => {
  const posts = [
    post('quiet', undefined, 10),
    post('liked', { likes: 9, reposts: 0, replies: 0 }),
    post('reposted', { likes: 0, reposts: 4, replies: 0 }),
    post('famous', undefined, 50_000),
  ]
  assert.deepEqual(
    topPosts(posts, 3).map((p) => p.id),
    ['reposted', 'liked', 'famous'],
  )
})

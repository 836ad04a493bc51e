import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Mention } from '../src/core/index.ts'
import { collectCascades } from './collect-cascades.ts'

const mention = (id: string, minute: number, extra: Partial<Mention> = {}): Mention => ({
  id,
  source: 'x',
  createdAt: new Date(minute * 60_000),
  text: id,
  author: { id: `u-${id}`, handle: `h${id}`, followers: 100 },
  ...extra,
})

test('counts reposts of reposts in the cascade of the original post', () => {
  const stream = [
    mention('a', 0),
    mention('b', 1, { repostOf: 'a' }),
    mention('c', 2, { repostOf: 'b' }),
    mention('d', 3, { repostOf: 'a' }),
  ]
  const [cascade, ...others] = collectCascades(stream, 200)
  assert.equal(others.length, 0)
  assert.equal(cascade?.rootId, 'a')
  assert.deepEqual(
    cascade?.events.map((e) => e.at.getTime() / 60_000),
    [0, 1, 2, 3],
  )
})

test('a reshared reply starts its own cascade and is not a reshare of the post it answers', () => {
  const stream = [mention('a', 0), mention('r', 1, { replyTo: 'a' }), mention('s', 2, { repostOf: 'r' })]
  const cascades = collectCascades(stream, 200)
  assert.deepEqual(
    cascades.map((c) => [c.rootId, c.events.length - 1]),
    [['r', 1]],
  )
})

test('uses the default audience for an author whose followers are unknown', () => {
  const stream = [mention('a', 0), mention('b', 1, { repostOf: 'a', author: { id: 'u', handle: 'u' } })]
  assert.equal(collectCascades(stream, 200)[0]?.events[1]?.followers, 200)
})

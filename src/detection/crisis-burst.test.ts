import assert from 'node:assert/strict'
import { test } from 'node:test'
import { type BurstPost, createCrisisBurst, voiceOf } from './crisis-burst.ts'
import { foldText } from './term-matcher.ts'

const MINUTE = 60_000
const BUCKET = 5 * MINUTE
const newBurst = () =>
  createCrisisBurst({ windowMs: 30 * MINUTE, bucketMs: BUCKET, halfLifeMs: 3 * 86_400_000 })

/** Closes every bucket up to `until`, feeding the posts of each, and returns the last reading's score. */
const replay = (
  burst: ReturnType<typeof newBurst>,
  posts: readonly BurstPost[],
  from: number,
  until: number,
) => {
  let score = 0
  let i = 0
  const sorted = [...posts].sort((a, b) => a.at - b.at)
  for (let end = from + BUCKET; end <= until; end += BUCKET) {
    while (i < sorted.length && sorted[i]!.at < end) burst.add(sorted[i++]!)
    score = burst.close(end).score
  }
  return score
}

const crash = (i: number, at: number): BurstPost => ({
  id: `crash:${i}`,
  at,
  voice: `text:crash ${i}`,
  terms: i % 2 === 0 ? ['crash'] : ['dead', 'crash'],
})
const chatter = (i: number, at: number): BurstPost => ({
  id: `chat:${i}`,
  at,
  voice: `text:chat ${i}`,
  terms: [],
})

test("a new query's first burst of crash and dead posts from several voices scores before any history", () => {
  const burst = newBurst()
  const posts = Array.from({ length: 10 }, (_, i) => crash(i, i * 2 * MINUTE))
  const score = replay(burst, posts, 0, 20 * MINUTE)
  assert.ok(score > 0.6, `score ${score}`)
})

test('copies of one text are one voice, and one voice is no burst however often it posts', () => {
  const burst = newBurst()
  const posts = Array.from({ length: 20 }, (_, i) => ({ ...crash(0, i * MINUTE), voice: 'text:same' }))
  assert.equal(replay(burst, posts, 0, 20 * MINUTE), 0)
})

test('crisis words that are a small share of a busy query’s posts do not score', () => {
  const burst = newBurst()
  const posts = [
    ...Array.from({ length: 10 }, (_, i) => crash(i, i * 2 * MINUTE)),
    ...Array.from({ length: 200 }, (_, i) => chatter(i, i * 6_000)),
  ]
  assert.equal(replay(burst, posts, 0, 20 * MINUTE), 0)
})

test('a query whose hours always hold a few crisis voices scores the same burst lower than a quiet one', () => {
  const day = 24 * 60 * MINUTE
  const usual = Array.from({ length: 3 * 24 * 6 }, (_, i) => crash(1000 + i, i * 10 * MINUTE))
  const ordinary = Array.from({ length: 3 * 24 * 6 }, (_, i) => chatter(i, i * 10 * MINUTE + MINUTE))
  const storm = Array.from({ length: 8 }, (_, i) => crash(i, 3 * day + i * 2 * MINUTE))
  const noisy = replay(newBurst(), [...usual, ...ordinary, ...storm], 0, 3 * day + 20 * MINUTE)
  const calm = replay(newBurst(), [...ordinary, ...storm], 0, 3 * day + 20 * MINUTE)
  assert.ok(calm > 0.4, `quiet query ${calm}`)
  assert.ok(noisy < calm / 2, `usual crisis talk ${noisy} against quiet ${calm}`)
})

test('a retweet speaks with the voice of the account it quotes, a reshare with its original', () => {
  const folded = (s: string) => foldText(s)
  assert.equal(voiceOf({ folded: folded('RT @BBCBreaking: Helicopter crashes into pub') }), '@bbcbreaking')
  assert.equal(
    voiceOf({ folded: folded('RT @BBCBreaking: Helicopter crashes into pub'), author: { handle: 'lea' } }),
    '@bbcbreaking',
  )
  assert.equal(voiceOf({ folded: folded('crash'), repostOf: 'x:1', author: { handle: 'lea' } }), 'post:x:1')
  assert.equal(voiceOf({ folded: folded('a crash'), author: { handle: 'Lea' } }), '@lea')
  assert.equal(voiceOf({ folded: folded('a crash') }), voiceOf({ folded: folded('A crash!') }))
})

test('a retweet of a mention without title (folded as detection folds it) and its original are one voice', () => {
  // detection folds `${title ?? ''} ${text}`: a mention without title starts with two spaces
  const asDetection = (text: string) => foldText(` ${text}`)
  const original = voiceOf({ folded: asDetection('Ma box en panne...'), author: { handle: 'LucieF' } })
  for (const repostOf of [undefined, 'x:1', 'x:2'])
    assert.equal(
      voiceOf({ folded: asDetection('RT @LucieF: Ma box en panne...'), repostOf, author: { handle: 'bob' } }),
      original,
    )
})

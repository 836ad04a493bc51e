import assert from 'node:assert/strict'
import { test } from 'node:test'
import { createRecentCache } from './recent-cache.ts'

const counting = () => {
  const computed: string[] = []
  const compute = (key: string) => {
    computed.push(key)
    return key.length
  }
  return { computed, compute }
}

test('computes a text once while it is recent', () => {
  const cache = createRecentCache<number>(2)
  const { computed, compute } = counting()
  assert.equal(cache('abc', compute), 3)
  assert.equal(cache('abc', compute), 3)
  assert.deepEqual(computed, ['abc'])
})

test('forgets texts two generations old and computes them again', () => {
  const cache = createRecentCache<number>(2)
  const { computed, compute } = counting()
  for (const key of ['a', 'bb', 'ccc', 'dddd', 'eeeee', 'a']) cache(key, compute)
  assert.deepEqual(computed, ['a', 'bb', 'ccc', 'dddd', 'eeeee', 'a'])
})

test('keeps a text that is asked for again across a generation change', () => {
  const cache = createRecentCache<number>(2)
  const { computed, compute } = counting()
  for (const key of ['a', 'bb', 'a', 'ccc', 'dddd', 'a']) cache(key, compute)
  assert.deepEqual(computed, ['a', 'bb', 'ccc', 'dddd'])
})

test('remembers null results too', () => {
  const cache = createRecentCache<number | null>(4)
  let calls = 0
  const none = () => {
    calls++
    return null
  }
  cache('x', none)
  cache('x', none)
  assert.equal(calls, 1)
})

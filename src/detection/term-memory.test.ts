import assert from 'node:assert/strict'
import { test } from 'node:test'
import { queryWords } from './query-words.ts'
import { createTermMemory } from './term-memory.ts'

const DAY = 86_400_000

test("a word's usual share follows how often posts use it, and fades with the half-life", () => {
  const memory = createTermMemory(7 * DAY)
  for (let i = 0; i < 1000; i++) memory.learn(i % 4 === 0 ? ['panne', 'box'] : ['box'], i * 60_000, 1)
  const now = 1000 * 60_000
  assert.ok(Math.abs(memory.share('panne', now) - 0.25) < 0.02)
  assert.ok(memory.share('box', now) > 0.95)
  assert.ok(memory.share('iban', now) < 0.001, 'a word never seen has a small prior share')
  assert.ok(memory.posts(now + 7 * DAY) < memory.posts(now) / 1.9)
})

test('the vocabulary is pruned past its size, keeping the most used words', () => {
  const memory = createTermMemory(DAY, 100)
  for (let i = 0; i < 500; i++) memory.learn(['common', `rare${i}`], i, 1)
  assert.ok(memory.size <= 101)
  assert.ok(memory.share('common', 500) > 0.9)
})

test("a query's own words: brand, terms, wildcard prefixes and owned accounts, without operators", () => {
  const { words, prefixes } = queryWords({
    id: 'q',
    workspaceId: 'ws',
    brand: 'Télécomète',
    query: '("Télécomète" OR telecom*) AND NOT from:bot -lang:en NEAR/3 #fibre',
    owned: ['telecomete_aide'],
  })
  assert.deepEqual([...words].sort(), ['fibre', 'telecomete', 'telecomete_aide'])
  assert.deepEqual(prefixes, ['telecom'])
})

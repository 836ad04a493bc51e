import assert from 'node:assert/strict'
import { test } from 'node:test'
import { createRandom } from './random.ts'

const draw = (seed: string | number, n = 5) => {
  const random = createRandom(seed)
  return Array.from({ length: n }, () => random.next())
}

test('the same seed gives the same numbers, another seed other numbers', () => {
  assert.deepEqual(draw(42), draw(42))
  assert.deepEqual(draw('42'), draw(42))
  assert.notDeepEqual(draw(42), draw(43))
})

test('a fork is its own stream, unaffected by draws on the parent', () => {
  const a = createRandom(7)
  const b = createRandom(7)
  b.next()
  b.next()
  assert.equal(a.fork('x').next(), b.fork('x').next())
  assert.notEqual(a.fork('x').next(), a.fork('y').next())
})

test('draws stay in range and have the expected means', () => {
  const random = createRandom('means')
  const n = 20_000
  let uniform = 0
  let exponential = 0
  let poisson = 0
  for (let i = 0; i < n; i++) {
    const u = random.next()
    assert.ok(u >= 0 && u < 1)
    const k = random.int(3, 5)
    assert.ok(k >= 3 && k <= 5 && Number.isInteger(k))
    uniform += u
    exponential += random.exponential(4)
    poisson += random.poisson(2.5)
  }
  assert.ok(Math.abs(uniform / n - 0.5) < 0.01)
  assert.ok(Math.abs(exponential / n - 4) < 0.15)
  assert.ok(Math.abs(poisson / n - 2.5) < 0.06)
})

test('Pareto draws are heavy-tailed: the top 1% dwarfs the median', () => {
  const random = createRandom('tail')
  const values = Array.from({ length: 10_000 }, () => random.pareto(1, 1.2)).sort((a, b) => a - b)
  const median = values[5000] ?? 0
  const p99 = values[9900] ?? 0
  assert.ok((values[0] ?? 0) >= 1)
  assert.ok(p99 / median > 20, `p99/median = ${p99 / median}`)
})

import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { test } from 'node:test'
import { AppError } from '../../core/index.ts'
import { parseQuery, type QueryNode } from './index.ts'

/** The AST without offsets, in a compact form that reads like the query. */
const show = (node: QueryNode): string => {
  switch (node.kind) {
    case 'term':
      return node.key
    case 'phrase':
      return `"${node.keys.join(' ')}"`
    case 'wildcard':
      return node.pattern
    case 'from':
      return `from:${node.handle}`
    case 'lang':
      return `lang:${node.lang}`
    case 'not':
      return `NOT(${show(node.operand)})`
    case 'and':
    case 'or':
      return `${node.kind.toUpperCase()}(${node.operands.map(show).join(', ')})`
    case 'near':
      return `NEAR${node.distance}(${show(node.left)}, ${show(node.right)})`
  }
}

test('NOT binds tighter than NEAR, NEAR tighter than AND, AND tighter than OR', () => {
  assert.equal(show(parseQuery('a b OR c NOT d')), 'OR(AND(a, b), AND(c, NOT(d)))')
  assert.equal(show(parseQuery('a AND b NEAR/2 c OR d')), 'OR(AND(a, NEAR2(b, c)), d)')
  assert.equal(show(parseQuery('a NEAR/2 b c')), 'AND(NEAR2(a, b), c)')
  // NOT applies to `b` alone, and a negation has no position for NEAR to measure
  assert.throws(() => parseQuery('a NOT b NEAR/2 c'), /NEAR needs words/)
})

test('parentheses override precedence', () => {
  assert.equal(show(parseQuery('(orange OR sosh) AND panne')), 'AND(OR(orange, sosh), panne)')
  assert.equal(show(parseQuery('orange NOT (sfr OR free)')), 'AND(orange, NOT(OR(sfr, free)))')
})

test('adjacent terms are joined by an implicit AND and -term is NOT', () => {
  assert.equal(show(parseQuery('orange panne -sfr')), 'AND(orange, panne, NOT(sfr))')
})

test('quoted text, hyphenated words and elided words become phrases or terms', () => {
  assert.equal(show(parseQuery('"Box Internet"')), '"box internet"')
  assert.equal(show(parseQuery('coca-cola')), '"coca cola"')
  assert.equal(show(parseQuery("l'Orange")), 'orange')
  assert.equal(show(parseQuery('«\u00a0service client\u00a0»')), '"service client"')
})

test('wildcards, tags, mentions, from: and lang: have their own nodes', () => {
  assert.equal(show(parseQuery('Numéri* wo?d')), 'AND(numeri*, wo?d)')
  assert.equal(show(parseQuery('#Orange @SFR')), 'AND(#orange, @sfr)')
  assert.equal(show(parseQuery('from:@Orange_FR lang:FR')), 'AND(from:orange_fr, lang:fr)')
})

test('NEAR chains from the left and accepts OR groups of words', () => {
  assert.equal(show(parseQuery('(livebox OR box) NEAR/3 panne')), 'NEAR3(OR(livebox, box), panne)')
  assert.equal(show(parseQuery('a NEAR/2 b NEAR/4 c')), 'NEAR4(NEAR2(a, b), c)')
})

test('lower-case and, or, not and near are ordinary words', () => {
  assert.equal(show(parseQuery('rock and roll')), 'AND(rock, and, roll)')
})

interface InvalidCase {
  query: string
  position: number
  reason: string
}
const invalid = JSON.parse(
  readFileSync(new URL('./fixtures/invalid-queries.json', import.meta.url), 'utf8'),
) as InvalidCase[]

for (const { query, position, reason } of invalid) {
  test(`rejects ${JSON.stringify(query)} with "${reason}" at offset ${position}`, () => {
    assert.throws(
      () => parseQuery(query),
      (error: unknown) => {
        assert.ok(error instanceof AppError)
        assert.equal(error.code, 'invalid')
        assert.deepEqual(error.details, { position, reason })
        assert.equal(error.message, `${reason} at column ${position + 1}`)
        return true
      },
    )
  })
}

const assertInvalid = (query: string, position: number, reason: RegExp) =>
  assert.throws(
    () => parseQuery(query),
    (error: unknown) => {
      assert.ok(error instanceof AppError, `not an AppError: ${String(error)}`)
      assert.equal(error.code, 'invalid')
      const details = error.details as { position: number; reason: string }
      assert.equal(details.position, position)
      assert.match(details.reason, reason)
      assert.match(error.message, new RegExp(`at column ${position + 1}$`))
      return true
    },
  )

test('nested parentheses are refused where the 101st opens (20,000 of them as too long), never with a stack overflow', () => {
  assertInvalid(`${'('.repeat(20_000)}a${')'.repeat(20_000)}`, 10_000, /query too long/)
  assertInvalid(`${'('.repeat(4_000)}a${')'.repeat(4_000)}`, 100, /too deeply nested: at most 100 levels/)
})

test('long chains of NOT, - and NEAR are refused as too deep', () => {
  assertInvalid(`orange ${'NOT '.repeat(2_000)}sfr`, 7 + 4 * 100, /too deeply nested/)
  assertInvalid(`orange ${'-'.repeat(5_000)}sfr`, 7 + 100, /too deeply nested/)
  const chain = Array.from({ length: 200 }, (_, i) => `w${i}`).join(' NEAR/1 ')
  assertInvalid(chain, chain.indexOf(' NEAR/1 w101 ') + 1, /too deeply nested/)
})

test('a query longer than 10,000 characters is refused at the first character past the limit', () => {
  assertInvalid(`orange ${'x'.repeat(10_000)}`, 10_000, /query too long: 10007 characters, at most 10000/)
})

test('100 levels of nesting and a 10,000-character query are still accepted', () => {
  assert.equal(show(parseQuery(`${'('.repeat(100)}a${')'.repeat(100)}`)), 'a')
  assert.match(show(parseQuery(`a ${'NOT '.repeat(49)}${'-'.repeat(50)}b`)), /^AND\(a, (NOT\(){99}b\){99}\)$/)
  const words = Array.from({ length: 1_200 }, (_, i) => `w${i}`).join(' OR ')
  assert.ok(words.length > 9_000 && words.length <= 10_000)
  assert.equal(parseQuery(words).kind, 'or')
})

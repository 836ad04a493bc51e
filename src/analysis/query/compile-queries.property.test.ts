import assert from 'node:assert/strict'
import { test } from 'node:test'
import fc from 'fast-check'
import type { BrandQuery } from '../../core/index.ts'
import { evaluateQuery } from './evaluate-query.ts'
import { compileQueries, parseQuery } from './index.ts'
import { indexPost, type MatchInput } from './post-index.ts'
import { compileWildcard } from './wildcard-pattern.ts'

/** The reference: evaluate every query on every post, finding wildcard positions by scanning all words. */
const naiveMatch = (queries: readonly BrandQuery[], post: MatchInput): string[] => {
  const index = indexPost(post)
  return queries
    .filter((q) =>
      evaluateQuery(parseQuery(q.query), {
        post: index,
        wildcard: (node) => {
          const matches = compileWildcard(node.pattern)
          return [...index.keys()].flatMap((key) => (matches(key) ? index.positions(key) : []))
        },
      }),
    )
    .map((q) => q.id)
}

const words = ['orange', 'sosh', 'sfr', 'panne', 'livebox', 'réseau', 'client', 'service', '#orange', '@sfr']
const wildcards = ['orang*', 'pan?e', 'rés*', 'se*ce', '#ora*', 'li*x']
const phrases = ['"service client"', '"orange panne"', '"l\'orange"', 'coca-cola']
const leaf = fc.constantFrom(...words, ...wildcards, ...phrases)

const { positional } = fc.letrec<{ positional: string }>((tie) => ({
  positional: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.tuple(tie('positional'), tie('positional')).map(([a, b]) => `(${a} OR ${b})`),
    fc
      .tuple(tie('positional'), fc.integer({ min: 1, max: 4 }), tie('positional'))
      .map(([a, n, b]) => `(${a} NEAR/${n} ${b})`),
  ),
}))
const { expression } = fc.letrec<{ expression: string }>((tie) => ({
  expression: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    positional,
    fc.constantFrom('from:bob', 'from:@Alice', 'lang:fr', 'lang:en'),
    fc.tuple(tie('expression'), tie('expression')).map(([a, b]) => `(${a} AND ${b})`),
    fc.tuple(tie('expression'), tie('expression')).map(([a, b]) => `(${a} ${b})`),
    fc.tuple(tie('expression'), tie('expression')).map(([a, b]) => `(${a} OR ${b})`),
    fc.tuple(tie('expression'), tie('expression')).map(([a, b]) => `(${a} NOT ${b})`),
    fc.tuple(tie('expression'), leaf).map(([a, b]) => `(${a} -${b})`),
  ),
}))

const postWords = fc.constantFrom(
  'Orange',
  'ORANGE',
  '#Orange',
  'l’orange',
  'Sosh',
  '@SFR',
  'sfr',
  'panne',
  'pannes',
  'panse',
  'Réseau',
  'reseaux',
  'service',
  'client',
  'Livebox',
  'lipstix',
  'coca',
  'cola',
  'et',
  'le',
  'mot',
  'serviette',
)
const text = fc.array(postWords, { maxLength: 14 }).map((ws) => ws.join(' '))
const post = fc.record({
  text,
  title: fc.option(text, { nil: undefined }),
  lang: fc.constantFrom('fr', 'en', 'fr-CA', undefined),
  author: fc.record({ handle: fc.constantFrom('bob', '@Alice', 'carol', 'BOB@mastodon.social') }),
})

test('the indexed matcher returns exactly what evaluating every query returns', () => {
  fc.assert(
    fc.property(
      fc.array(expression, { minLength: 1, maxLength: 8 }),
      fc.array(post, { maxLength: 10 }),
      (texts, posts) => {
        const queries = texts.map(
          (query, i): BrandQuery => ({ id: `q${i}`, workspaceId: 'w', brand: 'b', query, owned: [] }),
        )
        const matcher = compileQueries(queries)
        for (const p of posts) assert.deepEqual(matcher.match(p), naiveMatch(queries, p))
      },
    ),
    { numRuns: 300 },
  )
})

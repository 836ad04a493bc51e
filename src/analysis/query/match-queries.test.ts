import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { BrandQuery, Mention } from '../../core/index.ts'
import type { Draft } from '../step.ts'
import { compileQueries, matchQueries } from './index.ts'

const queries: BrandQuery[] = [
  {
    id: 'orange',
    workspaceId: 'w',
    brand: 'Orange',
    query: 'orange OR sosh',
    owned: ['Orange_FR', '@sosh_fr'],
  },
  { id: 'orange-fr', workspaceId: 'w', brand: 'Orange', query: 'orange lang:fr', owned: [] },
  { id: 'sfr', workspaceId: 'w', brand: 'SFR', query: 'sfr', owned: ['sfr'] },
]
const step = matchQueries(compileQueries(queries), queries)

const draftOf = (text: string, handle = 'client42', extra: Partial<Mention> = {}): Draft => ({
  workspaceId: 'w',
  mention: {
    id: 'test:1',
    source: 'test',
    createdAt: new Date(0),
    text,
    author: { id: 'a', handle },
    ...extra,
  },
  analysis: {},
})

test('records the ids of the matched queries', () => {
  const draft = draftOf('Sosh ou SFR ?')
  assert.deepEqual(step.run(draft), { kind: 'ok' })
  assert.deepEqual(draft.analysis.queries, ['orange', 'sfr'])
  assert.equal(draft.analysis.owned, false)
})

test('skips mentions that match no brand query', () => {
  const draft = draftOf('Free mobile au top')
  assert.deepEqual(step.run(draft), { kind: 'skip', reason: 'no brand query matched' })
})

test('marks a post as owned when its author is an owned account of a matched query', () => {
  const draft = draftOf('Nouvelle offre Sosh', '@SOSH_FR')
  step.run(draft)
  assert.equal(draft.analysis.owned, true)
})

test('an owned account of an unmatched query does not make the post owned', () => {
  const draft = draftOf('Nouvelle offre Sosh', 'sfr')
  step.run(draft)
  assert.deepEqual(draft.analysis.queries, ['orange'])
  assert.equal(draft.analysis.owned, false)
})

test('lang: uses the detected language before the declared one', () => {
  const detected = draftOf('Orange en panne', 'a', { lang: 'en' })
  detected.analysis.lang = 'fr'
  step.run(detected)
  assert.deepEqual(detected.analysis.queries, ['orange', 'orange-fr'])

  const declared = draftOf('Orange en panne', 'a', { lang: 'fr' })
  step.run(declared)
  assert.deepEqual(declared.analysis.queries, ['orange', 'orange-fr'])
})

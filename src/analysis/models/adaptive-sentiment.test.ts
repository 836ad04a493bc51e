import assert from 'node:assert/strict'
import { test } from 'node:test'
import { createAdaptiveSentiment, type SentimentCorrection } from './adaptive-sentiment.ts'
import { createLinearSentiment } from './linear-sentiment.ts'

const base = createLinearSentiment()
// In this workspace's (gaming) audience, "sick" and "insane" are praise.
const corrections: SentimentCorrection[] = [
  { text: 'this new skin is sick', lang: 'en', label: 'positive' },
  { text: 'that update is sick honestly', lang: 'en', label: 'positive' },
  { text: 'the new map is insane', lang: 'en', label: 'positive' },
  { text: 'le nouveau mode est une dinguerie', lang: 'fr', label: 'positive' },
]
const similar = { text: 'the new patch is sick', lang: 'en' } as const

test('the base model reads the slang as not positive before any correction', () => {
  assert.notEqual(base.score(similar.text, similar.lang).label, 'positive')
})

test("after corrections, the workspace's model labels similar texts as corrected", () => {
  const workspace = createAdaptiveSentiment(base, corrections)
  assert.equal(workspace.score(similar.text, similar.lang).label, 'positive')
  assert.equal(workspace.score('la nouvelle saison est une dinguerie', 'fr').label, 'positive')
})

test('a corrected text itself gets the corrected label with full confidence', () => {
  const workspace = createAdaptiveSentiment(base, corrections)
  const s = workspace.score('This new skin is SICK', 'en')
  assert.equal(s.label, 'positive')
  assert.equal(s.confidence, 1)
})

test('another workspace and the base model are unaffected', () => {
  const before = base.score(similar.text, similar.lang)
  createAdaptiveSentiment(base, corrections)
  const other = createAdaptiveSentiment(base, [])
  assert.deepEqual(other.score(similar.text, similar.lang), before)
  assert.deepEqual(base.score(similar.text, similar.lang), before)
})

test('unrelated texts keep their base reading in the corrected workspace', () => {
  const workspace = createAdaptiveSentiment(base, corrections)
  for (const text of ['I hate waiting for refunds', 'worst customer service ever'])
    assert.equal(workspace.score(text, 'en').label, base.score(text, 'en').label)
})

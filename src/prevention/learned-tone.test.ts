import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import type { CheckKind } from '../core/index.ts'
import { abuseMatcher } from './find-abuse.ts'
import { checkPost } from './index.ts'
import {
  addedKinds,
  findLearnedTone,
  LEARNABLE_KINDS,
  LEARNED_KINDS,
  type LearnedKind,
  loadToneModel,
  scoreTokens,
  scoreTone,
  TONE_HASH_BITS,
  type ToneModel,
  toneFeatures,
  toneFromJson,
  toneToJson,
} from './learned-tone.ts'
import { sentenceOf } from './sentences.ts'
import { tokenise } from './text-tokens.ts'

const tokensOf = (text: string) => tokenise(text, abuseMatcher().isWord)
const kindsOf = (text: string, withModel: boolean): CheckKind[] => [
  ...new Set(checkPost({ text }, withModel ? {} : { toneModel: null }).map((f) => f.kind)),
]

/** A model that reads only the given words, each pushing one kind up. */
const modelReading = (
  words: Partial<Record<LearnedKind, string[]>>,
  kinds: readonly LearnedKind[] = LEARNED_KINDS,
): ToneModel => {
  const weights = kinds.map(() => new Float32Array(1 << TONE_HASH_BITS))
  kinds.forEach((kind, k) => {
    for (const word of words[kind] ?? [])
      for (const i of toneFeatures(tokensOf(word)).idx) weights[k]![i] = 12
  })
  return {
    kinds,
    weights,
    bias: kinds.map(() => -4),
    thresholds: kinds.map(() => 0.5),
  }
}

describe('the learned tone reader', () => {
  test('flags the sentence that weighs most toward the kind, with a medium severity', () => {
    const text = 'Thanks for writing. Frankly the reviewer is a walnut. See you soon!'
    const tokens = tokensOf(text)
    const [finding, ...rest] = findLearnedTone(
      tokens,
      sentenceOf(text, tokens),
      modelReading({ insult: ['walnut'] }),
      new Set(),
    )
    assert.equal(rest.length, 0)
    assert.equal(finding?.kind, 'insult')
    assert.equal(finding?.severity, 'medium')
    assert.equal(text.slice(finding!.start, finding!.end), 'Frankly the reviewer is a walnut')
  })

  test('adds nothing for a kind a rule already found', () => {
    const text = 'The reviewer is a walnut.'
    const tokens = tokensOf(text)
    const model = modelReading({ insult: ['walnut'] })
    assert.equal(findLearnedTone(tokens, sentenceOf(text, tokens), model, new Set(['insult'])).length, 0)
  })

  test('where an insult is found, adds neither aggressive tone nor mockery', () => {
    const model = { kinds: LEARNED_KINDS, thresholds: [0.5, 0.5, 0.5] }
    assert.deepEqual(addedKinds(model, [0.9, 0.9, 0.9], new Set()), ['insult'])
    assert.deepEqual(addedKinds(model, [0.1, 0.9, 0.9], new Set(['insult'])), [])
    assert.deepEqual(addedKinds(model, [0.1, 0.9, 0.9], new Set()), ['aggressive_tone', 'mockery'])
  })

  test('a negated word is read apart from the word itself', () => {
    const model = modelReading({ insult: ['idiot'] })
    const [plain] = scoreTone(model, toneFeatures(tokensOf('Quelle idée idiot')))
    const [negated] = scoreTone(model, toneFeatures(tokensOf('Ce n’est pas idiot du tout')))
    assert.ok(plain! > 0.5 && negated! < 0.5, `${plain} ${negated}`)
  })

  test('character grams carry a disguised or inflected word to the same reading', () => {
    const model = modelReading({ insult: ['walnut'] })
    const [disguised] = scoreTone(model, toneFeatures(tokensOf('what a w4lnuts')))
    const [other] = scoreTone(model, toneFeatures(tokensOf('what a sunset')))
    assert.ok(disguised! > other!, `${disguised} ${other}`)
  })

  test('the stored form keeps the scores within quantisation', () => {
    const model = loadToneModel()
    const copy = toneFromJson(toneToJson(model))
    const f = toneFeatures(tokensOf('Celui qui a laissé cet avis est un vrai benêt.'))
    const [a, b] = [scoreTone(model, f), scoreTone(copy, f)]
    for (let k = 0; k < a.length; k++) assert.ok(Math.abs(a[k]! - b[k]!) < 0.01)
  })
})

describe('the shipped model in the checker', () => {
  test('reads an insult the lexicons lack, in French, and a competitor mocked without a listed word, in English', () => {
    const insult = 'Celui qui a laissé cet avis est un vrai benêt.'
    assert.deepEqual(kindsOf(insult, false), [])
    assert.deepEqual(kindsOf(insult, true), ['insult'])
    const mockery = 'Our rivals at Zapcell just discovered roaming. Welcome to 2009 🙃'
    assert.deepEqual(kindsOf(mockery, false), [])
    assert.deepEqual(kindsOf(mockery, true), ['mockery'])
  })

  test('adds nothing to short, polite and negated drafts, in both languages', () => {
    for (const text of [
      'Appelez le 06 12 34 56 78',
      'Ce n’est pas idiot du tout, bonne idée !',
      'This app is not stupid at all, it is brilliant.',
      'Thanks for your patience, your refund is on its way.',
      'Merci pour votre patience, le remboursement arrive.',
      'Thanks for the lovely review! Whoever left it is a proper star. See you soon.',
    ])
      assert.deepEqual(kindsOf(text, true), kindsOf(text, false), text)
  })
})

test('the hot path scores a draft as the feature list does', () => {
  const model = loadToneModel()
  for (const text of [
    'Celui qui a laissé cet avis est un vrai benêt.',
    'Our rivals just discovered roaming 🙃',
    'Merci !',
  ]) {
    const tokens = tokensOf(text)
    const fast = scoreTokens(model, tokens)
    const slow = scoreTone(model, toneFeatures(tokens))
    for (let k = 0; k < slow.length; k++) assert.ok(Math.abs(slow[k]! - fast[k]!) < 1e-6, text)
  }
})

describe('a reader of more kinds than tone', () => {
  const model = modelReading(
    { insult: ['walnut'], copyright: ['pinterest'], sensitive_topic: ['earthquake'] },
    [...LEARNABLE_KINDS],
  )

  test('adds copyright even where an insult is found: only aggression and mockery give way to an insult', () => {
    const text = 'Found this on Pinterest, you walnut.'
    const tokens = tokensOf(text)
    const kinds = findLearnedTone(tokens, sentenceOf(text, tokens), model, new Set(['insult'])).map(
      (f) => f.kind,
    )
    assert.deepEqual(kinds, ['copyright'])
  })

  test('adds nothing of a kind it is barred from for this draft', () => {
    const text = 'Our thoughts are with the victims of the earthquake.'
    const tokens = tokensOf(text)
    const sentences = sentenceOf(text, tokens)
    assert.deepEqual(
      findLearnedTone(tokens, sentences, model, new Set()).map((f) => f.kind),
      ['sensitive_topic'],
    )
    assert.deepEqual(
      findLearnedTone(tokens, sentences, model, new Set(), (k) => k === 'sensitive_topic'),
      [],
    )
  })

  test('in the checker, a tribute that only names a tragedy gets no sensitive topic from the shipped reader', () => {
    const tribute = 'Nous rendons hommage aux victimes du séisme et pensons à leurs proches.'
    assert.deepEqual(kindsOf(tribute, true), [])
  })

  test('a stored model of a kind the checker does not know is refused', () => {
    const json = { ...toneToJson(model), kinds: ['insult', 'weather'] as unknown as LearnedKind[] }
    assert.throws(() => toneFromJson(json), /unknown: weather/)
  })
})

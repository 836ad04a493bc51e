import assert from 'node:assert/strict'
import { test } from 'node:test'
import { DENSE, extractFeatures, HASH_SIZE } from './features.ts'
import { lexiconFromJson } from './lexicon-table.ts'

const lexicon = lexiconFromJson({
  lang: 'en',
  valence: { good: 2, great: 3, bad: -2, '🙄': -1.5 },
  emotions: { afraid: 0b10 },
})
const dense = (text: string, name: keyof typeof DENSE, offset = 0) => {
  const fv = extractFeatures(text, lexicon)
  const k = Array.from(fv.idx).indexOf(HASH_SIZE + DENSE[name] + offset)
  return fv.val[k]!
}
const hashed = (text: string) =>
  new Set(Array.from(extractFeatures(text, lexicon).idx).filter((i) => i < HASH_SIZE))

test('a negated word is a different feature from the same word outside a negation', () => {
  const plain = hashed('good')
  const negated = hashed('not good')
  assert.ok([...plain].some((f) => !negated.has(f)))
})

test('negation flips lexicon valence within its scope and stops at punctuation', () => {
  assert.ok(dense('good', 'balance') > 0)
  assert.ok(dense('not good', 'balance') < 0)
  assert.ok(dense('not. good', 'balance') > 0)
})

test('intensifiers, caps and elongations strengthen valence', () => {
  const base = dense('good', 'positive')
  assert.ok(dense('very good', 'positive') > base)
  assert.ok(dense('GOOD day', 'positive') > base)
  assert.ok(dense('goood', 'positive') > base)
})

test('marks irony cues: an eye-roll emoji, or a positive word, a comma and "another"', () => {
  assert.equal(dense('great, another outage', 'sarcasm'), 1)
  assert.equal(dense('outage 🙄', 'sarcasm'), 1)
  assert.equal(dense('great outage news', 'sarcasm'), 0)
})

test('marks punctuation shapes and lexicon emotions', () => {
  assert.equal(dense('what?!', 'interrobang'), 1)
  assert.equal(dense('wow!!', 'bangs'), 1)
  // EMOTION_BITS order: anger (0), fear (1), ...
  assert.ok(dense('I am afraid', 'emotion', 1) > 0)
  assert.equal(dense('I am afraid', 'emotion', 0), 0)
})

test('hashed n-grams are L2-normalised and identical across calls', () => {
  const a = extractFeatures('the same text, twice', lexicon)
  const b = extractFeatures('the same text, twice', lexicon)
  assert.deepEqual(a, b)
  let norm = 0
  for (let k = 0; k < a.n; k++) if (a.idx[k]! < HASH_SIZE) norm += a.val[k]! ** 2
  assert.ok(Math.abs(norm - 1) < 1e-5)
})

const frLexicon = lexiconFromJson({
  lang: 'fr',
  valence: { merci: 1.6, panne: -2 },
  emotions: { merci: 0b1000 },
})
const frDense = (text: string, name: keyof typeof DENSE, offset = 0) => {
  const fv = extractFeatures(text, frLexicon)
  const k = Array.from(fv.idx).indexOf(HASH_SIZE + DENSE[name] + offset)
  return k < 0 ? 0 : fv.val[k]!
}

test('« merci de faire le nécessaire » asks, it does not thank: no positive valence nor joy from « merci »', () => {
  for (const text of [
    'panne, merci de faire le nécessaire',
    'merci de me rappeler',
    "merci d'avance",
    'merci de bien vouloir corriger',
  ]) {
    assert.equal(frDense(text, 'positive'), 0, text)
    assert.equal(frDense(text, 'emotion', 3), 0, text)
  }
  // thanking someone for something keeps the word's valence and joy
  for (const text of ['merci de votre aide', "merci de m'avoir rappelé", 'merci pour le geste', 'merci !']) {
    assert.ok(frDense(text, 'positive') > 0, text)
    assert.ok(frDense(text, 'emotion', 3) > 0, text)
  }
})

test('an ironic thank-you (« merci pour rien », "thanks for nothing") reads as a negative word and as sarcasm', () => {
  assert.ok(frDense('merci pour rien', 'balance') < 0)
  assert.equal(frDense('merci pour rien', 'sarcasm'), 1)
  assert.ok(dense('thanks for nothing', 'balance') < 0)
  assert.equal(dense('thank you for nothing', 'sarcasm'), 1)
  assert.equal(dense('thanks for the help', 'sarcasm'), 0)
})

test('"thanks in advance" is a request formula: a feature of its own, not the thank-you of "thanks"', () => {
  const request = hashed('thanks in advance')
  const thanks = hashed('thanks for this')
  const inAdvance = hashed('in advance')
  // the word feature of "thanks" is not shared (only the bigrams after it may be)
  const onlyRequest = [...request].filter((f) => !inAdvance.has(f))
  assert.ok(onlyRequest.some((f) => !thanks.has(f)))
})

test("« merci de l'aide » and « merci d'avoir » thank; « merci d'envoyer » asks", () => {
  assert.ok(frDense("merci de l'aide", 'positive') > 0)
  assert.ok(frDense("merci d'avoir répondu", 'positive') > 0)
  assert.equal(frDense("merci d'envoyer un technicien", 'positive'), 0)
})

test('French without « ne »: the word before « pas », « plus » or « jamais » is negated, as with « ne »', () => {
  const lex = lexiconFromJson({ lang: 'fr', valence: { marche: 1, aime: 2 }, emotions: {} })
  const balance = (text: string) => {
    const fv = extractFeatures(text, lex)
    return fv.val[Array.from(fv.idx).indexOf(HASH_SIZE + DENSE.balance)]!
  }
  assert.ok(balance('ça marche') > 0)
  assert.ok(balance('ça marche plus') < 0)
  assert.ok(balance("j'aime pas du tout") < 0)
  // with « ne », the scope already negates it: read the same way
  assert.equal(balance('ça ne marche plus'), balance('ça marche plus'))
  // English negation comes before the verb: "works no more" is left to the learnt weights
  const en = lexiconFromJson({ lang: 'en', valence: { works: 1 }, emotions: {} })
  const fv = extractFeatures('works not', en)
  assert.ok(fv.val[Array.from(fv.idx).indexOf(HASH_SIZE + DENSE.balance)]! > 0)
})

test('a thank-you right after a question signs off a request, and « merci par avance » is one too', () => {
  assert.equal(frDense('Est-il possible d’être remboursé ? Merci', 'positive'), 0)
  assert.equal(frDense('merci par avance', 'positive'), 0)
  assert.ok(frDense('Tout est réglé. Merci', 'positive') > 0)
  const en = lexiconFromJson({ lang: 'en', valence: { thanks: 2 }, emotions: {} })
  const positive = (text: string) => {
    const fv = extractFeatures(text, en)
    const k = Array.from(fv.idx).indexOf(HASH_SIZE + DENSE.positive)
    return k < 0 ? 0 : fv.val[k]!
  }
  assert.equal(positive('Could you check the line please? Thanks'), 0)
  assert.ok(positive('Line fixed. Thanks') > 0)
})

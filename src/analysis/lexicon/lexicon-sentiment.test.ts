import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Lang } from '../../core/index.ts'
import { createLexiconSentiment } from './lexicon-sentiment.ts'

const model = createLexiconSentiment()
const score = (text: string, lang: Lang) => model.score(text, lang).score
const label = (text: string, lang: Lang) => model.score(text, lang).label

test('scores plainly positive and negative posts in both languages', () => {
  assert.equal(label('this is good', 'en'), 'positive')
  assert.equal(label('worst service ever, terrible', 'en'), 'negative')
  assert.equal(label('je suis content', 'fr'), 'positive')
  assert.equal(label('service horrible, je suis déçu', 'fr'), 'negative')
})

test('a negator flips the polarity that follows it', () => {
  assert.equal(label('this is not good', 'en'), 'negative')
  assert.equal(label("I don't like it", 'en'), 'negative')
  assert.equal(label('never happy with them', 'en'), 'negative')
})

test('ne…pas, ne…jamais and ne…plus negate, elided or not', () => {
  assert.equal(label('je ne suis pas content', 'fr'), 'negative')
  assert.equal(label("je n'aime pas ce produit", 'fr'), 'negative')
  assert.equal(label('je ne recommande jamais cette marque', 'fr'), 'negative')
  assert.equal(label("je n'aime plus cette marque", 'fr'), 'negative')
  assert.equal(label('pas content du tout', 'fr'), 'negative')
})

test('the negation window skips articles: "pas du tout un bon produit" is negative', () => {
  assert.equal(label("ce n'est pas du tout un bon produit", 'fr'), 'negative')
})

test('ne…que is "only", not a negation', () => {
  assert.equal(label("je n'ai que des éloges", 'fr'), 'positive')
})

test('"pas terrible" is mildly negative and "pas mal" mildly positive', () => {
  assert.equal(label('pas terrible', 'fr'), 'negative')
  assert.equal(label("franchement ce n'est pas terrible", 'fr'), 'negative')
  assert.ok(score('pas terrible', 'fr') > score('terrible, horrible', 'fr'))
  assert.equal(label('pas mal du tout', 'fr'), 'positive')
  assert.equal(label('not bad', 'en'), 'positive')
})

test('intensifiers strengthen and dampeners soften', () => {
  assert.ok(score('very good', 'en') > score('good', 'en'))
  assert.ok(score('très content', 'fr') > score('content', 'fr'))
  assert.ok(score('vraiment nul', 'fr') < score('nul', 'fr'))
  assert.ok(score('slightly good', 'en') < score('good', 'en'))
  assert.ok(score('slightly good', 'en') > 0)
})

test('elided French words are found: "j\'adore" is positive', () => {
  assert.equal(label("j'adore ce produit", 'fr'), 'positive')
  assert.equal(label('j’adore ce produit', 'fr'), 'positive')
  assert.equal(label("c'est nul", 'fr'), 'negative')
})

test('emoji carry sentiment: 😡 negative, 😍 positive', () => {
  assert.equal(label('😡', 'und'), 'negative')
  assert.equal(label('😍', 'und'), 'positive')
  assert.equal(label('livraison reçue 😍', 'fr'), 'positive')
  assert.equal(label('service client 😡', 'fr'), 'negative')
  assert.ok(score('❤️', 'en') > 0)
  assert.ok(score('I love it :)', 'en') > score('I love it', 'en'))
})

test('elongated words are read and emphasised: "sooo good", "trooop bien"', () => {
  assert.ok(score('sooo goooood', 'en') > score('good', 'en'))
  assert.equal(label('trooop bien', 'fr'), 'positive')
  assert.equal(label('nuuuul', 'fr'), 'negative')
})

test('an ALL-CAPS word and exclamation marks add emphasis', () => {
  assert.ok(score('this is GOOD', 'en') > score('this is good', 'en'))
  assert.ok(score('this is good!!!', 'en') > score('this is good', 'en'))
  assert.ok(score('service NUL', 'fr') < score('service nul', 'fr'))
})

test('a whole post in capitals is not boosted word by word', () => {
  assert.equal(score('THIS IS GOOD', 'en'), score('this is good', 'en'))
})

test('the clause after but/mais weighs more than the one before', () => {
  assert.equal(label("c'est cher mais excellent", 'fr'), 'positive')
  assert.equal(label('great design but terrible battery', 'en'), 'negative')
  assert.equal(label('beau design mais batterie nulle', 'fr'), 'negative')
})

test('a mixed French and English post borrows words from the other language', () => {
  assert.equal(label('ce produit est awesome', 'fr'), 'positive')
  assert.equal(label('the service is nul, je suis déçu', 'en'), 'negative')
})

test('false friends are not borrowed: French "pain" (bread) is not pain', () => {
  assert.equal(label('le pain de la boulangerie', 'fr'), 'neutral')
})

test('empty and neutral texts are neutral', () => {
  assert.deepEqual(model.score('', 'en'), { label: 'neutral', score: 0, confidence: 0.6 })
  assert.equal(label('Le groupe publie ses résultats trimestriels jeudi', 'fr'), 'neutral')
  assert.equal(label('The meeting is on Thursday at noon', 'en'), 'neutral')
})

test('scores stay within -1..1 and confidence within 0..1, even when piled up', () => {
  for (const text of ['😡'.repeat(500), 'love '.repeat(500), 'TERRIBLE!!!!!!!! '.repeat(50)]) {
    const s = model.score(text, 'en')
    assert.ok(s.score >= -1 && s.score <= 1, text.slice(0, 10))
    assert.ok(s.confidence >= 0 && s.confidence <= 1)
  }
})

test('a 1 MB text is scored without crashing', () => {
  const text = 'Bon produit mais service client nul 😡, jamais content !! https://x.co @a #b '.repeat(14_000)
  assert.ok(text.length > 1_000_000)
  const s = model.score(text, 'fr')
  assert.equal(s.label, 'negative')
})

test('URLs and handles do not score: @happy_customer and http://great.example are ignored', () => {
  assert.equal(label('@happy_customer http://great.example/love', 'en'), 'neutral')
})

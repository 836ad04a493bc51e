import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { test } from 'node:test'
import {
  assignBrandSplits,
  CDISCOUNT_PER_LABEL,
  cdiscountRows,
  EN_REVIEWS_PER_LABEL,
  keytradeRows,
  type Labelled,
  petInsuranceRows,
  phrasebankRows,
  SHORT_REVIEW_CHARS,
  sandersRows,
  starLabel,
  sxswRows,
  telecomAppRows,
  trustpilotRows,
} from './brand.ts'

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')

test('keeps Sanders rows with a sentiment and drops the irrelevant ones', () => {
  const rows = sandersRows(fixture('sanders.csv'))
  assert.deepEqual(
    rows.map((r) => [r.label, r.source]),
    [['negative', 'sanders']],
  )
})

test('maps SXSW emotions to three labels and drops "I can\'t tell"', () => {
  assert.deepEqual(
    sxswRows(fixture('sxsw.csv')).map((r) => r.label),
    ['negative', 'positive'],
  )
})

test('splits Financial PhraseBank lines at the last @', () => {
  const rows = phrasebankRows(fixture('phrasebank.txt'))
  assert.deepEqual(
    rows.map((r) => r.label),
    ['neutral', 'positive'],
  )
  assert.ok(rows[0]!.text.endsWith('that is where the company is growing .'))
})

test('reads Trustpilot stars as labels and drops three-star reviews', () => {
  assert.deepEqual(
    trustpilotRows(fixture('trustpilot.csv')).map((r) => r.label),
    ['positive', 'negative'],
  )
})

test('maps stars 1–2 to negative, 3 to neutral, 4–5 to positive, and nothing else to a label', () => {
  assert.deepEqual(
    [0, 1, 2, 3, 4, 5, 6, Number.NaN, 2.5].map((s) => starLabel(s)),
    [undefined, 'negative', 'negative', 'neutral', 'positive', 'positive', undefined, undefined, undefined],
  )
})

test('reads Cdiscount reviews by their stars, keeps three-star reviews as neutral and drops empty ones', () => {
  const rows = cdiscountRows([fixture('cdiscount.csv')])
  assert.deepEqual(
    rows.map((r) => r.label),
    ['negative', 'neutral', 'positive', 'positive', 'positive'],
  )
  assert.ok(rows.every((r) => r.text.trim() !== '' && r.source === 'trustpilot-retail-cdiscount-fr'))
})

test('keeps one Cdiscount review per text across files and samples at most the cap per label, the same every run', () => {
  const csv = fixture('cdiscount.csv')
  assert.deepEqual(cdiscountRows([csv, csv]), cdiscountRows([csv]))
  const header = 'Author,Content,Date,Note,Réponse,Date Réponse,Contenu de la réponse\n'
  const many =
    header +
    Array.from({ length: CDISCOUNT_PER_LABEL + 10 }, (_, i) => `a,avis ${i},01/01/2022,1,,,\n`).join('')
  const sampled = cdiscountRows([many])
  assert.equal(sampled.length, CDISCOUNT_PER_LABEL)
  assert.deepEqual(cdiscountRows([many]), sampled)
})

test('keeps the Keytrade reviews of the language asked for, with the star rule', () => {
  const json = fixture('keytrade.json')
  assert.deepEqual(
    keytradeRows(json, 'fr').map((r) => [r.label, r.source]),
    [
      ['negative', 'trustpilot-keytrade-fr'],
      ['neutral', 'trustpilot-keytrade-fr'],
      ['positive', 'trustpilot-keytrade-fr'],
    ],
  )
  assert.deepEqual(
    keytradeRows(json, 'en').map((r) => r.label),
    ['positive'],
  )
})

const labelCounts = (rows: Labelled[]) =>
  ['negative', 'neutral', 'positive'].map((l) => rows.filter((r) => r.label === l).length)

test('keeps the short pet-insurance reviews by their stars and drops the ones longer than a tweet', () => {
  const rows = petInsuranceRows([fixture('pet-insurance.csv')])
  // the fixture: 5 stars short, 1 star long, 3 stars short, 1 star short, 2 stars short
  assert.deepEqual(labelCounts(rows), [2, 1, 1])
  assert.ok(
    rows.every((r) => r.text.length <= SHORT_REVIEW_CHARS && r.source === 'trustpilot-pet-insurance-en'),
  )
  assert.deepEqual(petInsuranceRows([fixture('pet-insurance.csv'), fixture('pet-insurance.csv')]), rows)
})

test('samples at most the cap of English reviews per label, the same every run', () => {
  const many =
    'id,filtered,pending,text,rating\n' +
    Array.from(
      { length: EN_REVIEWS_PER_LABEL + 10 },
      (_, i) => `x${i},False,False,claim ${i} refused,1\n`,
    ).join('')
  const sampled = petInsuranceRows([many])
  assert.equal(sampled.length, EN_REVIEWS_PER_LABEL)
  assert.deepEqual(petInsuranceRows([many]), sampled)
})

test('reads the telecom app reviews of both files by their stars, short texts only', () => {
  const rows = telecomAppRows(fixture('telecom-appstore.csv'), fixture('telecom-support.csv'))
  // App Store: 1 star long, 5 short, 1 short, 5 long, 3 short; support: 1 long, 1 short, 5 short, 5 long, 3 long
  assert.deepEqual(labelCounts(rows), [2, 1, 2])
  assert.ok(
    rows.every((r) => r.text.length <= SHORT_REVIEW_CHARS && r.source === 'user-reviews-telecom-apps-en'),
  )
})

test('leaves the split of older sources unchanged when a source sorting after them is added', () => {
  const old: Labelled[] = Array.from({ length: 40 }, (_, i) => ({
    text: `old post ${i}`,
    label: i % 3 ? 'positive' : 'neutral',
    source: i % 2 ? 'sanders' : 'crowdflower-sxsw',
  }))
  const added: Labelled[] = Array.from({ length: 30 }, (_, i) => ({
    text: i === 0 ? 'old post 1' : `new review ${i}`,
    label: 'negative',
    source: 'trustpilot-pet-insurance-en',
  }))
  const before = assignBrandSplits(old)
  const after = assignBrandSplits([...old, ...added])
  const key = (r: { text: string; split: string }) => `${r.text} ${r.split}`
  assert.deepEqual(
    after
      .filter((r) => r.source !== 'trustpilot-pet-insurance-en')
      .map(key)
      .sort(),
    before.map(key).sort(),
  )
  assert.equal(after.length, 40 + 29)
})

test('cuts each source and label 60/20/20, drops duplicates, and gives the same split every run', () => {
  const rows: Labelled[] = Array.from({ length: 50 }, (_, i) => ({
    text: `post number ${i}`,
    label: i % 2 ? 'positive' : 'negative',
    source: 's',
  }))
  rows.push({ text: 'Post  number 3', label: 'positive', source: 's' })
  const a = assignBrandSplits(rows)
  assert.equal(a.length, 50)
  for (const label of ['positive', 'negative'])
    assert.deepEqual(
      ['train', 'dev', 'test'].map((s) => a.filter((r) => r.label === label && r.split === s).length),
      [15, 5, 5],
    )
  assert.deepEqual(assignBrandSplits(rows), a)
  assert.ok(a.every((r) => r.origin === 'public'))
})

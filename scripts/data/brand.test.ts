import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { test } from 'node:test'
import {
  assignBrandSplits,
  CDISCOUNT_PER_LABEL,
  cdiscountRows,
  keytradeRows,
  type Labelled,
  phrasebankRows,
  sandersRows,
  starLabel,
  sxswRows,
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

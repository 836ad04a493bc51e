import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { test } from 'node:test'
import {
  assignBrandSplits,
  type Labelled,
  phrasebankRows,
  sandersRows,
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

import assert from 'node:assert/strict'
import { test } from 'node:test'
import { textKey } from '../../src/analysis/models/normalise-text.ts'
import type { Row } from './read-datasets.ts'
import { assignSplits } from './split.ts'

const rows = (dataset: string, n: number, offset = 0): Row[] =>
  Array.from({ length: n }, (_, i) => ({
    dataset,
    text: `text number ${i + offset}`,
    lang: 'en',
    sentiment: i % 3,
    stratum: String(i % 3),
  }))

test('cuts each label stratum 70/15/15', () => {
  const data = rows('a', 300)
  const splits = assignSplits(data)
  for (const stratum of ['0', '1', '2']) {
    const counts = { train: 0, dev: 0, test: 0 }
    for (const r of data.filter((x) => x.stratum === stratum)) counts[splits.get(textKey(r.text))!]++
    assert.deepEqual(counts, { train: 70, dev: 15, test: 15 })
  }
})

test('never puts one normalised text in two splits, across datasets too', () => {
  const data = [...rows('a', 200), ...rows('b', 200, 100)]
  data.push({ ...data[0]!, dataset: 'b', text: `  TEXT number 0 https://x.co/1` })
  const splits = assignSplits(data)
  assert.equal(splits.size, 300)
  assert.equal(splits.get(textKey('text number 0')), splits.get(textKey('  TEXT number 0 https://x.co/1')))
})

test('is the same on every run', () => {
  assert.deepEqual([...assignSplits(rows('a', 90))], [...assignSplits(rows('a', 90))])
})

test('keeps the split a dataset fixes itself, after the drawn datasets', () => {
  const drawn = rows('a', 30)
  const fixed: Row[] = [
    { dataset: 'brand', text: 'a fixed test row', lang: 'en', sentiment: 0, stratum: '0', split: 'test' },
    { dataset: 'brand', text: 'a fixed train row', lang: 'en', sentiment: 1, stratum: '1', split: 'train' },
  ]
  const before = assignSplits(drawn)
  const splits = assignSplits([...drawn, ...fixed])
  assert.equal(splits.get(textKey('a fixed test row')), 'test')
  assert.equal(splits.get(textKey('a fixed train row')), 'train')
  for (const r of drawn) assert.equal(splits.get(textKey(r.text)), before.get(textKey(r.text)))
})

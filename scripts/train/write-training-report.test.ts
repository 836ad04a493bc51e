import assert from 'node:assert/strict'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
import type { Corpus } from './examples.ts'
import { readTrainingReport, writeTrainingReport } from './write-training-report.ts'

const corpus = (dataset: string): Corpus => ({
  rows: [{ dataset, text: 'a text', lang: 'en', sentiment: 1, stratum: 'neutral' }],
  splits: new Map([['a text', 'train']]),
  lexicons: {} as Corpus['lexicons'],
})

test('a one-language run keeps the other language record and file sizes', () => {
  const path = join(mkdtempSync(join(tmpdir(), 'training-')), 'TRAINING.md')
  writeTrainingReport(
    path,
    { fr: { sentiment: { epochs: 4 } } },
    { 'sentiment-fr': 1200, split: 10 },
    corpus('x'),
  )
  writeTrainingReport(
    path,
    { en: { sentiment: { epochs: 8 } } },
    { 'sentiment-en': 3400, split: 11 },
    corpus('y'),
  )
  const { report, sizes } = readTrainingReport(path)
  assert.deepEqual(report, { fr: { sentiment: { epochs: 4 } }, en: { sentiment: { epochs: 8 } } })
  assert.deepEqual(sizes, { 'sentiment-en': 3400, 'sentiment-fr': 1200, split: 11 })
  // the dataset table is this run's: it describes the corpus read now
  assert.match(readFileSync(path, 'utf8'), /\| y \| 1 \| 0 \| 0 \|/)
  assert.doesNotMatch(readFileSync(path, 'utf8'), /\| x \|/)
})

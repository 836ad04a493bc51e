import assert from 'node:assert/strict'
import { test } from 'node:test'
import { fileURLToPath } from 'node:url'
import { textKey } from '../../src/analysis/models/normalise-text.ts'
import { parseWrittenRows, writtenTrainingRows } from './read-brand.ts'

test('reads team-written sentences as declared written rows of the train split, skipping comments', () => {
  const rows = parseWrittenRows(
    '# a comment\nnegative\tStill no refund.\n\nneutral\tIs the app down?\n',
    'x.tsv',
  )
  assert.deepEqual(
    rows.map((r) => [r.label, r.text, r.origin, r.split]),
    [
      ['negative', 'Still no refund.', 'written', 'train'],
      ['neutral', 'Is the app down?', 'written', 'train'],
    ],
  )
})

test('rejects a written line without a known label, naming the file and line', () => {
  assert.throws(() => parseWrittenRows('neutral\tfine\nangry\tnope\n', 'x.tsv'), /x\.tsv:2/)
  assert.throws(() => parseWrittenRows('a sentence without a tab\n', 'x.tsv'), /x\.tsv:1/)
})

test('the committed written sentences cover both languages and all three labels, each sentence once', () => {
  const rows = writtenTrainingRows()
  for (const lang of ['en', 'fr'] as const)
    for (const label of [0, 1, 2]) {
      const n = rows.filter((r) => r.lang === lang && r.sentiment === label).length
      assert.ok(n >= 50, `${lang} label ${label}: ${n} sentences`)
    }
  const keys = rows.map((r) => `${r.lang}:${textKey(r.text)}`)
  assert.equal(new Set(keys).size, keys.length)
  assert.ok(rows.every((r) => r.split === 'train'))
})

test('the third writer’s posts, kept apart from training, parse, hold all three labels and repeat no trained sentence', () => {
  const apart = writtenTrainingRows(fileURLToPath(new URL('./written/third-writer/', import.meta.url)))
  for (const lang of ['en', 'fr'] as const)
    for (const label of [0, 1, 2])
      assert.ok(
        apart.filter((r) => r.lang === lang && r.sentiment === label).length >= 30,
        `${lang} ${label}`,
      )
  const trained = new Set(writtenTrainingRows().map((r) => `${r.lang}:${textKey(r.text)}`))
  assert.deepEqual(
    apart.filter((r) => trained.has(`${r.lang}:${textKey(r.text)}`)).map((r) => r.text),
    [],
  )
})

import assert from 'node:assert/strict'
import { test } from 'node:test'
import { foldWord, splitHighlights } from './highlight.ts'

const hits = (text: string, search: string) =>
  splitHighlights(text, search)
    .filter((p) => p.hit)
    .map((p) => p.text)

test('marks each whole searched word, ignoring case and accents, as the server searches', () => {
  assert.deepEqual(hits('Des éclats de verre, ÉCLATS partout', 'eclats'), ['éclats', 'ÉCLATS'])
  assert.deepEqual(hits('Un yaourt écœurant', 'ecoeurant'), ['écœurant'])
  assert.deepEqual(hits('verres et verre', 'verre'), ['verre'], 'a longer word is not a hit')
  assert.equal(foldWord('Straße'), 'strasse')
})

test('the pieces put back together give the text unchanged', () => {
  const text = "<script>alert('x')</script> Acme rappel, acme!"
  const pieces = splitHighlights(text, 'ACME rappel')
  assert.equal(pieces.map((p) => p.text).join(''), text)
  assert.deepEqual(
    pieces.filter((p) => p.hit).map((p) => p.text),
    ['Acme', 'rappel', 'acme'],
  )
})

test('a search of punctuation only marks nothing', () => {
  assert.deepEqual(splitHighlights('a (b) c', '( * -'), [{ text: 'a (b) c', hit: false }])
  assert.deepEqual(splitHighlights('', 'x'), [])
})

import assert from 'node:assert/strict'
import { test } from 'node:test'
import { splitFlagged } from './flag-pieces.ts'

test('a draft is cut at each flag, overlapping flags listed on the pieces they share', () => {
  const text = 'Appelez le 06 12 34 56 78 vite'
  assert.deepEqual(
    splitFlagged(text, [
      { start: 11, end: 25 },
      { start: 0, end: 13 },
    ]),
    [
      { text: 'Appelez le ', flags: [1] },
      { text: '06', flags: [0, 1] },
      { text: ' 12 34 56 78', flags: [0] },
      { text: ' vite', flags: [] },
    ],
  )
})

test('a draft without flags is one plain piece, and a flag over the whole draft covers it all', () => {
  assert.deepEqual(splitFlagged('Bonjour', []), [{ text: 'Bonjour', flags: [] }])
  assert.deepEqual(splitFlagged('Bonjour', [{ start: 0, end: 7 }]), [{ text: 'Bonjour', flags: [0] }])
})

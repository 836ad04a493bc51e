import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { DraftFlag } from '../../core/index.ts'
import { gapsIn, lengthOf, limitOf, piecesOf } from './draft-text.ts'

const flag = (start: number, end: number): DraftFlag => ({
  kind: 'tone',
  severity: 'low',
  start,
  end,
  message: 'negative tone',
})

test('a post is counted in characters as people see them, an emoji being one', () => {
  assert.equal(lengthOf('Désolés 🙏🏽'), 9)
  assert.equal(lengthOf(''), 0)
})

test('only posts and threads have a length limit, the one of their network', () => {
  assert.equal(limitOf({ channel: 'short_post', network: 'x' }), 280)
  assert.equal(limitOf({ channel: 'thread', network: 'mastodon' }), 500)
  assert.equal(limitOf({ channel: 'press_statement', network: null }), undefined)
})

test('gaps are found in French and in English', () => {
  assert.deepEqual(gapsIn('Hello [to fill: name], see [à compléter : lien].'), [
    '[to fill: name]',
    '[à compléter : lien]',
  ])
  assert.deepEqual(gapsIn('Nothing left to write.'), [])
})

test('a part is cut at the edges of its gaps and of the flags that fall in it, in the joined text', () => {
  const parts = ['First post.', 'We are [to fill: what] sorry.']
  // the second part starts after the first and the blank line between them: offset 13
  const pieces = piecesOf(parts, 1, [flag(13, 19), flag(0, 5)])
  assert.deepEqual(
    pieces.map((p) => [p.text, p.gap, p.flags.length]),
    [
      ['We are', false, 1],
      [' ', false, 0],
      ['[to fill: what]', true, 0],
      [' sorry.', false, 0],
    ],
  )
  assert.deepEqual(
    piecesOf(parts, 0, [flag(0, 5)]).map((p) => [p.text, p.flags.length]),
    [
      ['First', 1],
      [' post.', 0],
    ],
  )
})

test('the pieces put the text back together whatever the flags, out of range ones included', () => {
  const parts = ['abc def ghi']
  const pieces = piecesOf(parts, 0, [flag(4, 100), flag(2, 6), flag(50, 60)])
  assert.equal(pieces.map((p) => p.text).join(''), 'abc def ghi')
  assert.equal(piecesOf([''], 0, []).length, 0)
})

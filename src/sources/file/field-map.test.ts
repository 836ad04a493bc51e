import assert from 'node:assert/strict'
import { test } from 'node:test'
import { parseFieldMap } from './field-map.ts'

test('a --map string becomes a field → column map, spaces trimmed', () => {
  assert.deepEqual(parseFieldMap('text=tweet_text, createdAt = tweet_created,author.handle=name'), {
    text: 'tweet_text',
    createdAt: 'tweet_created',
    'author.handle': 'name',
  })
})

test('unknown target fields are named in the error with the list of known ones', () => {
  assert.throws(() => parseFieldMap('text=a,body=b,auteur=c'), {
    code: 'invalid',
    message: /unknown mention fields in the map: body, auteur \(known: id, source/,
  })
})

test('malformed pairs, duplicates and empty columns are refused', () => {
  assert.throws(() => parseFieldMap('text'), /"text" in the map is not field=column/)
  assert.throws(() => parseFieldMap('text=a,text=b'), /text is mapped twice/)
  assert.throws(() => parseFieldMap('text='), /no column given for: text/)
  assert.throws(() => parseFieldMap(' , '), /the map is empty/)
})

import assert from 'node:assert/strict'
import { test } from 'node:test'
import { safeParseMention, toMentionId } from './index.ts'

test('mention ids are made stable as source:nativeId', () => {
  assert.equal(toMentionId('mastodon', '123'), 'mastodon:123')
  assert.equal(toMentionId('mastodon', 'mastodon:123'), 'mastodon:123')
})

test('a broken mention is rejected with the field and the reason', () => {
  const r = safeParseMention({
    id: '1',
    source: 'x',
    createdAt: 'not a date',
    text: 'hi',
    author: { id: 'a' },
  })
  assert.equal(r.ok, false)
  if (!r.ok) {
    assert.match(r.reason, /createdAt/)
    assert.match(r.reason, /author\.handle/)
  }
})

import assert from 'node:assert/strict'
import { test } from 'node:test'
import { isUnknownAuthor, safeParseMention, toMentionId, UNKNOWN_AUTHOR } from './index.ts'

test('mention ids are made stable as source:nativeId', () => {
  assert.equal(toMentionId('mastodon', '123'), 'mastodon:123')
  assert.equal(toMentionId('mastodon', 'mastodon:123'), 'mastodon:123')
})

test('a broken mention is rejected with the field and the reason', () => {
  const r = safeParseMention({
    id: '1',
    source: 'x',
    createdAt: 'not a date',
    author: { id: 'a' },
  })
  assert.equal(r.ok, false)
  if (!r.ok) {
    assert.match(r.reason, /createdAt/)
    assert.match(r.reason, /text/)
  }
})

test('an author needs only an id or a handle, and a mention without one gets the unknown author', () => {
  const base = { id: '1', source: 'x', createdAt: '2026-03-02T08:00:00Z', text: 'hi' }
  const parsed = (author: unknown) => {
    const r = safeParseMention({ ...base, author })
    assert.ok(r.ok, r.ok ? '' : r.reason)
    return r.mention.author
  }
  assert.deepEqual(parsed({ handle: 'lea' }), { id: 'lea', handle: 'lea' })
  assert.deepEqual(parsed({ id: '42', name: 'Léa' }), { id: '42', handle: '42', name: 'Léa' })
  assert.deepEqual(parsed(undefined), UNKNOWN_AUTHOR)
  assert.deepEqual(parsed(null), UNKNOWN_AUTHOR)
  assert.ok(isUnknownAuthor(parsed({ followers: 3 })))
  assert.ok(!isUnknownAuthor(parsed({ handle: 'lea' })))
})

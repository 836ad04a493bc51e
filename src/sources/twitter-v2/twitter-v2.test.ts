import assert from 'node:assert/strict'
import { test } from 'node:test'
import { fileURLToPath } from 'node:url'
import { readExport } from '../../test/read-export.ts'

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url))

test('twarc pages, one per line: tweets joined to their authors, with metrics, language and links', async () => {
  const { byId } = await readExport(fixture('search-recent.jsonl'), 'twitter-v2')
  const original = byId.get('twitter:1897012345678901234')
  assert.deepEqual(original?.author, {
    id: '2244994945',
    handle: 'lea_dupont',
    name: 'Léa Dupont',
    followers: 812,
    verified: false,
  })
  assert.deepEqual(original?.metrics, { likes: 41, reposts: 12, replies: 3 })
  assert.equal(original?.lang, 'fr')
  assert.equal(original?.url, 'https://x.com/lea_dupont/status/1897012345678901234')
  assert.equal(original?.createdAt.toISOString(), '2026-03-02T08:15:00.000Z')
  assert.equal(original?.replyTo, undefined, 'the first tweet of its conversation answers nobody')
  const reply = byId.get('twitter:1897012999999999999')
  assert.equal(reply?.replyTo, 'twitter:1897012345678901234')
  assert.equal(reply?.author.handle, 'tom_lyon')
})

test('a retweet points at the original and carries its whole text as "RT @author: …"', async () => {
  const { byId } = await readExport(fixture('search-recent.jsonl'), 'twitter-v2')
  const retweet = byId.get('twitter:1897013111111111111')
  assert.equal(retweet?.repostOf, 'twitter:1897012345678901234')
  assert.equal(
    retweet?.text,
    'RT @lea_dupont: Encore une panne chez @telecomete depuis ce matin, aucune info 😡 #panne',
  )
  assert.equal(retweet?.author.verified, true)
  assert.equal(retweet?.author.followers, 120400)
})

test('a flattened tweet with its own author, and a tweet without a date is rejected with its line', async () => {
  const { byId, rejections, mentions } = await readExport(fixture('search-recent.jsonl'), 'twitter-v2')
  assert.equal(byId.get('twitter:1897030000000000003')?.author.handle, 'flat_user')
  assert.equal(mentions.length, 5)
  assert.equal(rejections.length, 1)
  assert.equal(rejections[0]?.line, 2)
  assert.match(rejections[0]?.reason ?? '', /^post 2 of 2: not a twitter-v2 post: created_at: /)
  assert.match(rejections[0]?.payload ?? '', /a tweet without its date/)
})

test('one pretty-printed response page: tweets numbered, an unknown author kept by id, a reply by conversation', async () => {
  const { mentions, rejections } = await readExport(fixture('page.json'), 'twitter-v2')
  assert.deepEqual(rejections, [])
  assert.equal(mentions.length, 2)
  assert.deepEqual(mentions[1]?.author, { id: '404404', handle: '404404' })
  assert.equal(mentions[1]?.replyTo, 'twitter:1897040000000000004')
  assert.equal(mentions[1]?.url, 'https://x.com/i/web/status/1897040000000000005')
})

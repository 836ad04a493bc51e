import assert from 'node:assert/strict'
import { test } from 'node:test'
import { fileURLToPath } from 'node:url'
import { readExport } from '../../test/read-export.ts'

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url))
const LEA_POST = 'bluesky:at://did:plc:z72i7hdynmk6r22z27h6tvur/app.bsky.feed.post/3lbgqjxyz2k2a'

test('searchPosts results: text, date, author, counts, language and the web address from handle and key', async () => {
  const { byId } = await readExport(fixture('search-posts.json'), 'bluesky')
  const lea = byId.get(LEA_POST)
  assert.equal(lea?.text, 'Toujours pas de réseau chez Télécomète ce matin 😤 #panne')
  assert.equal(lea?.createdAt.toISOString(), '2026-03-02T08:15:00.000Z')
  assert.deepEqual(lea?.author, {
    id: 'did:plc:z72i7hdynmk6r22z27h6tvur',
    handle: 'lea.bsky.social',
    name: 'Léa',
  })
  assert.deepEqual(lea?.metrics, { likes: 17, reposts: 5, replies: 1 })
  assert.equal(lea?.lang, 'fr')
  assert.equal(lea?.url, 'https://bsky.app/profile/lea.bsky.social/post/3lbgqjxyz2k2a')
})

test('a reply points at its parent post; a post without text is rejected with its rank in the document', async () => {
  const { mentions, rejections } = await readExport(fixture('search-posts.json'), 'bluesky')
  const reply = mentions[1]
  assert.equal(reply?.replyTo, LEA_POST)
  assert.equal(reply?.createdAt.toISOString(), '2026-03-02T08:20:00.000Z')
  assert.equal(rejections.length, 1)
  assert.equal(rejections[0]?.item, 3)
  assert.match(rejections[0]?.reason ?? '', /^not a bluesky post: record\.text: /)
})

test('an author feed, one page per line: posts, and a repost as its own mention by the reposter', async () => {
  const { mentions, rejections, byId } = await readExport(fixture('author-feed.jsonl'), 'bluesky')
  assert.deepEqual(rejections, [])
  assert.equal(mentions.length, 3)
  assert.equal(
    byId.get('bluesky:at://did:plc:tcm3t3c0m3t3xx/app.bsky.feed.post/3lbgr2aaaa22x')?.author.followers,
    15200,
  )
  const repost = byId.get('bluesky:at://did:plc:tcm3t3c0m3t3xx/app.bsky.feed.repost/3lbgr3bbbb33y')
  assert.equal(repost?.repostOf, LEA_POST)
  assert.equal(repost?.author.handle, 'telecomete.fr')
  assert.equal(repost?.createdAt.toISOString(), '2026-03-02T10:05:00.000Z')
  assert.match(repost?.text ?? '', /^Toujours pas de réseau/)
})

import assert from 'node:assert/strict'
import { test } from 'node:test'
import { fileURLToPath } from 'node:url'
import { isUnknownAuthor } from '../../core/index.ts'
import { readExport } from '../../test/read-export.ts'

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url))

test('search listings, one per line: a post is its title and self text, with its subreddit in the address', async () => {
  const { byId } = await readExport(fixture('search.jsonl'), 'reddit')
  const post = byId.get('reddit:t3_1b3xyza')
  assert.equal(post?.title, 'Panne Télécomète à Lyon ?')
  assert.match(post?.text ?? '', /^Depuis ce matin plus de fibre/)
  assert.equal(post?.url, 'https://www.reddit.com/r/france/comments/1b3xyza/panne_telecomete_a_lyon/')
  assert.equal(post?.createdAt.toISOString(), '2026-03-02T08:15:00.000Z')
  assert.deepEqual(post?.author, { id: 't2_8k2jd9', handle: 'lyonnais_42' })
  assert.deepEqual(post?.metrics, { likes: 87, reposts: 1, replies: 42 })
  assert.equal(byId.get('reddit:t3_1b3xyzb')?.metrics?.likes, 0, 'a negative score counts no likes')
})

test('a comment answers its parent and is titled with its subreddit and post; a deleted author is unknown', async () => {
  const { byId, rejections } = await readExport(fixture('search.jsonl'), 'reddit')
  const comment = byId.get('reddit:t1_kx9a1b2')
  assert.equal(comment?.replyTo, 'reddit:t3_1b3xyza')
  assert.equal(comment?.title, 'r/france: Panne Télécomète à Lyon ?')
  assert.ok(comment && isUnknownAuthor(comment.author))
  assert.equal(rejections.length, 1)
  assert.equal(rejections[0]?.line, 2)
  assert.match(rejections[0]?.reason ?? '', /^post 2 of 2: not a reddit post: created_utc: /)
})

test('a thread [post, comments] with nested replies reads every comment; "more" stubs are no posts', async () => {
  const { mentions, rejections, byId } = await readExport(fixture('thread.json'), 'reddit')
  assert.deepEqual(rejections, [])
  assert.deepEqual(
    mentions.map((m) => m.id),
    ['reddit:t3_1b3xyza', 'reddit:t1_kx9c001', 'reddit:t1_kx9c002'],
  )
  assert.equal(byId.get('reddit:t1_kx9c002')?.replyTo, 'reddit:t1_kx9c001')
  assert.equal(byId.get('reddit:t1_kx9c002')?.text, "Merci ! > 14h c'est long quand on télétravaille…")
  assert.equal(byId.get('reddit:t1_kx9c001')?.author.handle, 'voisine_69')
})

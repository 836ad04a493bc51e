import assert from 'node:assert/strict'
import { test } from 'node:test'
import { fileURLToPath } from 'node:url'
import type { Mention } from '../../core/index.ts'
import type { Rejection, SourceItem } from '../port.ts'
import { createFileConnector, type FileConnectorOptions } from './file-connector.ts'

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url))
const TWEETS_MAP = {
  id: 'tweet_id',
  text: 'tweet_text',
  createdAt: 'tweet_created',
  'author.handle': 'name',
  'metrics.reposts': 'retweet_count',
  'author.followers': 'followers',
}

const readAll = async (options: FileConnectorOptions, cursor?: string) => {
  const items: SourceItem[] = []
  for await (const item of createFileConnector(options).read(cursor, new AbortController().signal))
    items.push(item)
  const mentions = items.flatMap((i) => ('mention' in i ? [i.mention] : []))
  const rejections = items.flatMap((i) => ('rejected' in i ? [i.rejected] : []))
  return { items, mentions, rejections }
}
const reasonAt = (rejections: Rejection[], line: number) =>
  rejections.find((r) => r.line === line)?.reason ?? ''

test('a JSONL file yields its good lines as mentions with stable ids', async () => {
  const { mentions } = await readAll({ path: fixture('mentions.jsonl') })
  assert.deepEqual(
    mentions.map((m) => m.id),
    ['mastodon:1', 'mastodon:2', `file:${mentions[2]?.id.slice(5)}`],
  )
  assert.equal(mentions[1]?.replyTo, 'mastodon:1')
  assert.equal(mentions[1]?.author.id, 'tom', 'author.id defaults to the handle')
  assert.deepEqual(mentions[0]?.metrics, { likes: 3, reposts: 1, replies: 0 })
})

test('broken JSON lines are rejected with their line number and the parser message', async () => {
  const { rejections } = await readAll({ path: fixture('mentions.jsonl') })
  assert.deepEqual(
    rejections.map((r) => r.line),
    [4, 5, 6, 7],
  )
  assert.match(reasonAt(rejections, 4), /^invalid JSON \(.+\)$/)
  assert.equal(reasonAt(rejections, 5), 'text: missing')
  assert.match(reasonAt(rejections, 6), /^createdAt: "hier soir" is not a date in an accepted form: ISO 8601/)
  assert.equal(reasonAt(rejections, 7), 'expected a JSON object')
  assert.deepEqual(
    rejections.map((r) => r.kind),
    ['invalid JSON', 'text: missing', 'createdAt: not an accepted date form', 'expected a JSON object'],
  )
  assert.match(rejections[0]?.payload ?? '', /"oops"/)
})

test('a mention without id gets one derived from its source, date and text, the same on every read', async () => {
  const first = await readAll({ path: fixture('mentions.jsonl'), defaults: { source: 'twitter' } })
  const second = await readAll({ path: fixture('mentions.jsonl'), defaults: { source: 'twitter' } })
  const hashed = first.mentions[2] as Mention
  assert.match(hashed.id, /^twitter:[0-9a-f]{16}$/)
  assert.equal(hashed.source, 'twitter')
  assert.equal(second.mentions[2]?.id, hashed.id)
  assert.equal(first.mentions[0]?.source, 'mastodon', 'a source in the line wins over the default')
})

test('a JSONL file with a BOM and CRLF endings reads cleanly, Unix times included', async () => {
  const { mentions, rejections } = await readAll({ path: fixture('bom-crlf.jsonl') })
  assert.deepEqual(rejections, [])
  assert.deepEqual(
    mentions.map((m) => m.id),
    ['file:a', 'file:b'],
  )
  assert.equal(mentions[0]?.text, 'Très déçu 😡')
  assert.equal(mentions[1]?.createdAt.toISOString(), '2026-03-02T10:00:00.000Z')
})

test('a CSV file is mapped column by column with numbers coerced and accents kept', async () => {
  const { mentions } = await readAll({
    path: fixture('tweets.csv'),
    map: TWEETS_MAP,
    defaults: { source: 'twitter' },
  })
  const first = mentions[0] as Mention
  assert.equal(first.id, 'twitter:101')
  assert.match(first.text, /pas de réseau à Bézier depuis 3 jours 😤$/)
  assert.equal(first.createdAt.toISOString(), '2026-03-02T10:35:52.000Z')
  assert.deepEqual(first.author, { id: 'jdupont', handle: 'jdupont', followers: 340 })
  assert.deepEqual(first.metrics, { likes: 0, reposts: 12, replies: 0 })
  assert.equal(mentions[1]?.text, 'Line one\r\nline two, with "quotes"\r\nline three')
  assert.equal(mentions[1]?.author.followers, 1204)
  assert.deepEqual(
    mentions.map((m) => m.id),
    ['twitter:101', 'twitter:102', 'twitter:106'],
  )
})

test('CSV rejections name the line where the record starts, past quoted newlines and blank lines', async () => {
  const { rejections, items } = await readAll({ path: fixture('tweets.csv'), map: TWEETS_MAP })
  assert.deepEqual(
    items.map((i) => ('mention' in i ? i.line : i.rejected.line)),
    [2, 3, 7, 8, 9, 10],
  )
  assert.equal(reasonAt(rejections, 7), 'expected 6 columns, found 4')
  assert.match(reasonAt(rejections, 8), /^createdAt: "pas une date" is not a date in an accepted form/)
  assert.equal(reasonAt(rejections, 9), 'metrics.reposts: expected a whole number, got "beaucoup"')
})

test('an unclosed quote is reported once and ends the read', async () => {
  const { mentions, rejections } = await readAll({ path: fixture('unclosed-quote.csv') })
  assert.deepEqual(
    mentions.map((m) => m.text),
    ['fine'],
  )
  assert.equal(rejections.length, 1)
  assert.equal(rejections[0]?.line, 3)
  assert.match(
    rejections[0]?.reason ?? '',
    /quote opened in this record is never closed; the rest of the file was not read$/,
  )
})

test('progress reports bytes read up to the file size', async () => {
  const calls: [number, number][] = []
  await readAll({
    path: fixture('tweets.csv'),
    map: TWEETS_MAP,
    onProgress: (read, total) => calls.push([read, total]),
  })
  const [read, total] = calls.at(-1) ?? [0, 0]
  assert.ok(calls.length > 0)
  assert.ok(total > 400)
  assert.equal(read, total)
})

test('a map naming a column absent from the header fails before any item', async () => {
  await assert.rejects(readAll({ path: fixture('tweets.csv'), map: { text: 'body' } }), /"body" \(for text\)/)
})

test('a missing file is a not_found error, a folder an invalid one, before anything is read', async () => {
  await assert.rejects(readAll({ path: fixture('nope.jsonl') }), {
    code: 'not_found',
    message: /nope\.jsonl/,
  })
  await assert.rejects(createFileConnector({ path: fixture('nope.jsonl') }).check(), { code: 'not_found' })
  await assert.rejects(createFileConnector({ path: fixture('') }).check(), {
    code: 'invalid',
    message: /folder/,
  })
})

test('check() refuses a map naming a column the CSV header lacks', async () => {
  await createFileConnector({ path: fixture('tweets.csv'), map: TWEETS_MAP }).check()
  await assert.rejects(createFileConnector({ path: fixture('tweets.csv'), map: { text: 'body' } }).check(), {
    code: 'invalid',
    message: /"body" \(for text\)/,
  })
})

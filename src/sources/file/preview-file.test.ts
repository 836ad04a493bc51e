import assert from 'node:assert/strict'
import { readFileSync, writeFileSync } from 'node:fs'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
import { fileURLToPath } from 'node:url'
import { detectFormat } from './detect-format.ts'
import { previewFile } from './preview-file.ts'
import { suggestFieldMap } from './suggest-field-map.ts'

const fixture = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url))
const text = (path: string) => readFileSync(fixture(path), 'utf8')

test('detects each recorded network export, the mention format and CSV from the first bytes', () => {
  assert.equal(detectFormat('tweets.csv', text('file/fixtures/tweets.csv')), 'csv')
  assert.equal(detectFormat('export.txt', 'date,texte\n2026-03-02T08:00:00Z,bonjour\n'), 'csv')
  assert.equal(detectFormat('m.jsonl', text('file/fixtures/mentions.jsonl')), 'jsonl')
  assert.equal(detectFormat('timeline.json', text('mastodon/fixtures/home-timeline.json')), 'mastodon')
  assert.equal(detectFormat('page.json', text('twitter-v2/fixtures/page.json')), 'twitter-v2')
  assert.equal(detectFormat('s.jsonl', text('twitter-v2/fixtures/search-recent.jsonl')), 'twitter-v2')
  assert.equal(detectFormat('feed.jsonl', text('bluesky/fixtures/author-feed.jsonl')), 'bluesky')
  assert.equal(detectFormat('search.json', text('bluesky/fixtures/search-posts.json')), 'bluesky')
  assert.equal(detectFormat('thread.json', text('reddit/fixtures/thread.json')), 'reddit')
  assert.equal(detectFormat('search.jsonl', text('reddit/fixtures/search.jsonl')), 'reddit')
})

test('detects a pretty-printed export from its keys when only its first bytes were sent', () => {
  const head = text('mastodon/fixtures/home-timeline.json').slice(0, 900)
  assert.equal(detectFormat('timeline.json', head), 'mastodon')
  assert.equal(detectFormat('page.json', text('twitter-v2/fixtures/page.json').slice(0, 400)), 'twitter-v2')
})

test('suggests a map from usual column names, in English and French, each column used once', () => {
  assert.deepEqual(
    suggestFieldMap(['tweet_id', 'name', 'tweet_text', 'tweet_created', 'retweet_count', 'followers']),
    {
      id: 'tweet_id',
      text: 'tweet_text',
      createdAt: 'tweet_created',
      'author.name': 'name',
      'author.followers': 'followers',
      'metrics.reposts': 'retweet_count',
    },
  )
  assert.deepEqual(suggestFieldMap(['Date de publication', 'Texte', 'Auteur', 'Lien', 'colonne x']), {
    createdAt: 'Date de publication',
    text: 'Texte',
    'author.handle': 'Auteur',
    url: 'Lien',
  })
})

test('previews a CSV file as its header, first rows and a suggested map, stopping before a record cut short', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'vigie-preview-'))
  const whole = text('file/fixtures/tweets.csv')
  const preview = await previewFile(fixture('file/fixtures/tweets.csv'), { name: 'tweets.csv', rows: 2 })
  assert.equal(preview.format, 'csv')
  assert.equal(preview.detected, true)
  assert.deepEqual(preview.header, [
    'tweet_id',
    'name',
    'tweet_text',
    'tweet_created',
    'retweet_count',
    'followers',
  ])
  assert.equal(preview.rows.length, 2)
  assert.equal(preview.rows[1]![2], 'Line one\r\nline two, with "quotes"\r\nline three')
  assert.equal(preview.suggestedMap.text, 'tweet_text')
  // the first bytes only, cut inside a quoted field: the rows before it are shown, the cut one is not
  const cut = join(dir, 'head.csv')
  writeFileSync(cut, whole.slice(0, whole.indexOf('Line one') + 4))
  const partial = await previewFile(cut, { name: 'tweets.csv' })
  assert.equal(partial.rows.length, 1)
})

test('previews a JSON export as its first lines, with the format given kept as given', async () => {
  const preview = await previewFile(fixture('reddit/fixtures/search.jsonl'), {
    name: 'x.jsonl',
    format: 'reddit',
  })
  assert.equal(preview.format, 'reddit')
  assert.equal(preview.detected, false)
  assert.equal(preview.header, null)
  assert.ok(preview.lines.length > 0 && preview.lines[0]!.length <= 301)
})

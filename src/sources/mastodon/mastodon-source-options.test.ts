import assert from 'node:assert/strict'
import { test } from 'node:test'
import { compareIds, parseCursor } from './mastodon-cursor.ts'
import { MastodonSourceOptions } from './mastodon-source-options.ts'
import { rateLimitWait } from './rate-limit-wait.ts'
import { liveChannels, restStreams } from './stream-plan.ts'

test('options are normalised: no trailing slash, no # or @, defaults filled', () => {
  const o = MastodonSourceOptions.parse({
    instance: 'https://piaille.fr/',
    hashtags: ['#Panne'],
    accounts: ['@telecomete'],
  })
  assert.equal(o.instance, 'https://piaille.fr')
  assert.deepEqual([o.hashtags, o.accounts, o.terms], [['Panne'], ['telecomete'], []])
  assert.deepEqual([o.stream, o.public, o.backfill, o.pollSeconds], [false, false, 40, 60])
})

test('options that read nothing, mix local and remote, or name no web instance are refused', () => {
  for (const bad of [
    { instance: 'https://piaille.fr' },
    { instance: 'https://piaille.fr', public: true, local: true, remote: true },
    { instance: 'ftp://piaille.fr', hashtags: ['panne'] },
    { instance: 'https://piaille.fr', hashtags: ['pas de tag'] },
    { instance: 'https://piaille.fr', hashtags: ['panne'], token: 'x' },
  ])
    assert.equal(MastodonSourceOptions.safeParse(bad).success, false, JSON.stringify(bad))
})

test('each stream has its endpoint and its position key; the public one follows local and remote', () => {
  const o = MastodonSourceOptions.parse({
    instance: 'https://piaille.fr',
    hashtags: ['panne'],
    terms: ['télécomète'],
    accounts: ['telecomete'],
    public: true,
    remote: true,
  })
  assert.deepEqual(
    restStreams(o).map((s) => s.key),
    ['account:telecomete', 'tag:panne', 'public', 'search:télécomète'],
  )
  assert.deepEqual(restStreams(o)[2], {
    key: 'public',
    kind: 'timeline',
    path: '/api/v1/timelines/public',
    params: { remote: 'true' },
  })
  assert.deepEqual(
    liveChannels(o).map((c) => c.path),
    ['/api/v1/streaming/hashtag', '/api/v1/streaming/public/remote'],
  )
})

test('ids order by length then by character, so the newest 18-digit id wins over a shorter one', () => {
  assert.ok(compareIds('113456789012345678', '99999999999999999') > 0)
  assert.ok(compareIds('113456789012345679', '113456789012345678') > 0)
  assert.equal(compareIds('42', '42'), 0)
  assert.deepEqual(parseCursor(undefined), {})
})

test('rate limits: Retry-After in seconds or as a date, the ISO reset when nothing remains', () => {
  const now = Date.parse('2026-03-02T08:55:00.000Z')
  assert.equal(rateLimitWait(429, { 'retry-after': '30' }, now), 30_000)
  assert.equal(rateLimitWait(429, { 'retry-after': 'Mon, 02 Mar 2026 08:56:00 GMT' }, now), 60_000)
  const reset = { 'x-ratelimit-reset': '2026-03-02T09:00:00.000Z' }
  assert.equal(rateLimitWait(429, reset, now), 300_000)
  assert.equal(rateLimitWait(200, { ...reset, 'x-ratelimit-remaining': '0' }, now), 300_000)
  assert.equal(rateLimitWait(200, { ...reset, 'x-ratelimit-remaining': '12' }, now), undefined)
})

import assert from 'node:assert/strict'
import { createServer, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'
import { test } from 'node:test'
import type { SourceDefinition } from '../core/index.ts'
import { connectorFor, redactSourceOptions, resolveSourceSecrets } from './index.ts'

test('credentials given as {"env": NAME} or as a …Env field are read from the environment', () => {
  const env = { MASTODON_TOKEN: 'tok', REDDIT_SECRET: 'sec', BSKY_PASSWORD: 'pw' }
  assert.deepEqual(
    resolveSourceSecrets('mastodon', { hashtags: ['acme'], accessTokenEnv: 'MASTODON_TOKEN' }, env),
    {
      hashtags: ['acme'],
      accessToken: 'tok',
    },
  )
  assert.deepEqual(
    resolveSourceSecrets('reddit', { clientId: 'id', clientSecret: { env: 'REDDIT_SECRET' } }, env),
    { clientId: 'id', clientSecret: 'sec' },
  )
  assert.deepEqual(
    resolveSourceSecrets(
      'bluesky',
      { login: { identifier: 'acme.bsky.social', appPassword: { env: 'BSKY_PASSWORD' } } },
      env,
    ),
    { login: { identifier: 'acme.bsky.social', appPassword: 'pw' } },
  )
})

test('a credential whose variable is not set is an error naming it, except while a source is only checked', () => {
  assert.throws(
    () => resolveSourceSecrets('mastodon', { accessTokenEnv: 'NOT_SET' }, {}),
    /source option accessToken: the environment variable NOT_SET is not set/,
  )
  assert.equal(
    resolveSourceSecrets('mastodon', { accessTokenEnv: 'NOT_SET' }, {}, true).accessToken,
    '(from the environment variable NOT_SET)',
  )
})

test('credentials given as values are hidden when shown, references to the environment are not', () => {
  assert.deepEqual(
    redactSourceOptions({
      hashtags: ['acme'],
      accessToken: 'tok',
      clientSecret: { env: 'REDDIT_SECRET' },
      passwordEnv: 'REDDIT_PASSWORD',
      login: { identifier: 'acme.bsky.social', appPassword: 'pw' },
    }),
    {
      hashtags: ['acme'],
      accessToken: '(hidden)',
      clientSecret: { env: 'REDDIT_SECRET' },
      passwordEnv: 'REDDIT_PASSWORD',
      login: { identifier: 'acme.bsky.social', appPassword: '(hidden)' },
    },
  )
})

test('a Mastodon source with accessTokenEnv sends the token from the environment to its instance', async () => {
  const seen: IncomingHttpHeaders[] = []
  const server = createServer((req, res) => {
    seen.push(req.headers)
    res.writeHead(200, { 'content-type': 'application/json' }).end('[]')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  try {
    const source: SourceDefinition = {
      id: 'm',
      workspaceId: 'acme',
      kind: 'mastodon',
      url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      options: { hashtags: ['acme'], accessTokenEnv: 'VIGIE_TEST_MASTODON_TOKEN' },
      everyMs: 300_000,
      enabled: true,
      createdAt: new Date(0),
    }
    const connector = connectorFor(source, {
      policy: { allowHosts: ['127.0.0.1'] },
      queries: [],
      env: { VIGIE_TEST_MASTODON_TOKEN: 'from-the-env' },
    })
    assert.ok(typeof connector !== 'string')
    for await (const _ of connector.read(undefined, new AbortController().signal)) {
      // an empty timeline: nothing to read
    }
    assert.ok(seen.length > 0)
    assert.ok(seen.every((h) => h.authorization === 'Bearer from-the-env'))
  } finally {
    server.close()
  }
})

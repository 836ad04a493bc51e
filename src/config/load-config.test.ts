import assert from 'node:assert/strict'
import { test } from 'node:test'
import { fileURLToPath } from 'node:url'
import { AppError } from '../core/index.ts'
import { loadConfig } from './index.ts'

const example = fileURLToPath(new URL('../../vigie.config.example.json', import.meta.url))

test('the documented example config parses', () => {
  const config = loadConfig({ file: example, env: {} })
  assert.equal(config.server.port, 8080)
  assert.equal(config.store.kind, 'sqlite')
})

test('defaults apply when there is no file and no environment', () => {
  const config = loadConfig({ env: {} })
  assert.equal(config.server.port, 8080)
  assert.equal(config.store.dataDir, './data')
  assert.equal(config.demo.enabled, true)
})

test('environment variables override the file and flags override both', () => {
  const config = loadConfig({
    file: example,
    env: { VIGIE_PORT: '9090', VIGIE_DEMO: 'false' },
    overrides: { 'store.dataDir': '/tmp/x' },
  })
  assert.equal(config.server.port, 9090)
  assert.equal(config.demo.enabled, false)
  assert.equal(config.store.dataDir, '/tmp/x')
})

test('a bad config lists every problem with its path', () => {
  assert.throws(
    () =>
      loadConfig({
        env: { VIGIE_PORT: '99999', VIGIE_WEBHOOK_URL: 'not a url', VIGIE_WEBHOOK_SECRET: 'short' },
      }),
    (error: unknown) => {
      assert.ok(error instanceof AppError)
      assert.equal(error.code, 'invalid')
      assert.match(error.message, /server\.port/)
      assert.match(error.message, /alerts\.webhook\.url/)
      assert.match(error.message, /alerts\.webhook\.secret/)
      return true
    },
  )
})

test('an unknown key is refused, not ignored', () => {
  assert.throws(() => loadConfig({ env: {}, overrides: { 'server.prot': 1 } }), /server/)
})

test('the PostgreSQL store needs a URL', () => {
  assert.throws(() => loadConfig({ env: { VIGIE_STORE: 'postgres' } }), /store\.url/)
  const config = loadConfig({
    env: { VIGIE_STORE: 'postgres', VIGIE_DATABASE_URL: 'postgres://root@127.0.0.1:5432/test' },
  })
  assert.equal(config.store.kind, 'postgres')
  assert.equal(config.store.schema, 'public')
})

test('VIGIE_DATABASE_SCHEMA names the PostgreSQL schema holding the tables', () => {
  const config = loadConfig({
    env: {
      VIGIE_STORE: 'postgres',
      VIGIE_DATABASE_URL: 'postgres://db/vigie',
      VIGIE_DATABASE_SCHEMA: 'acme',
    },
  })
  assert.equal(config.store.schema, 'acme')
})

test('allowed hosts and origins come from the file as lists or from the environment comma-separated', () => {
  const config = loadConfig({
    env: {
      VIGIE_ALLOWED_HOSTS: 'vigie.example.org, vigie.lan:8443',
      VIGIE_ALLOWED_ORIGINS: 'https://intranet.example.org',
    },
  })
  assert.deepEqual(config.server.allowedHosts, ['vigie.example.org', 'vigie.lan:8443'])
  assert.deepEqual(config.server.allowedOrigins, ['https://intranet.example.org'])
  assert.deepEqual(loadConfig({ env: {} }).server.allowedHosts, [])
  assert.deepEqual(
    loadConfig({ env: { VIGIE_ALLOW_HOSTS: 'feeds.intranet.lan, 127.0.0.1' } }).network.allowHosts,
    ['feeds.intranet.lan', '127.0.0.1'],
  )
  assert.throws(
    () => loadConfig({ env: {}, overrides: { 'server.allowedOrigins': ['https://x.example/path'] } }),
    /server\.allowedOrigins\.0: an origin/,
  )
})

test('SMTP settings come from the file or from VIGIE_SMTP_* variables, and need a host or a URL', () => {
  const fromFile = loadConfig({ file: example, env: {} }).notifications
  assert.equal(fromFile.smtp?.host, 'smtp.example.org')
  assert.equal(fromFile.smtp?.port, 587)
  const fromEnv = loadConfig({
    env: {
      VIGIE_SMTP_HOST: 'mail.acme.example',
      VIGIE_SMTP_PORT: '465',
      VIGIE_SMTP_SECURE: 'true',
      VIGIE_SMTP_USER: 'vigie',
      VIGIE_SMTP_PASSWORD: 'secret',
      VIGIE_SMTP_FROM: 'Vigie <vigie@acme.example>',
      VIGIE_BASE_URL: 'https://vigie.acme.example',
    },
  }).notifications
  assert.deepEqual(fromEnv, {
    baseUrl: 'https://vigie.acme.example',
    smtp: {
      host: 'mail.acme.example',
      port: 465,
      secure: true,
      user: 'vigie',
      password: 'secret',
      from: 'Vigie <vigie@acme.example>',
    },
  })
  const byUrl = loadConfig({
    env: { VIGIE_SMTP_URL: 'smtps://u:p@mail.acme.example', VIGIE_SMTP_FROM: 'v@acme.example' },
  })
  assert.equal(byUrl.notifications.smtp?.url, 'smtps://u:p@mail.acme.example')
  assert.equal(loadConfig({ env: {} }).notifications.smtp, undefined)
  assert.throws(
    () => loadConfig({ env: { VIGIE_SMTP_FROM: 'v@acme.example' } }),
    /notifications\.smtp\.host: notifications\.smtp needs a host/,
  )
})

test('the bus stays in the process unless VIGIE_BUS_URL names a NATS server', () => {
  assert.equal(loadConfig({ env: {} }).bus.url, undefined)
  const config = loadConfig({ env: { VIGIE_BUS_URL: 'nats://nats.lan:4222', VIGIE_BUS_PREFIX: 'acme' } })
  assert.deepEqual(config.bus, {
    url: 'nats://nats.lan:4222',
    prefix: 'acme',
    maxDeliver: 5,
    ackWaitSeconds: 30,
    leaseSeconds: 15,
  })
  assert.throws(
    () => loadConfig({ env: { VIGIE_BUS_URL: 'http://nats.lan' } }),
    /bus\.url: a nats:\/\/ or tls:\/\/ URL/,
  )
})

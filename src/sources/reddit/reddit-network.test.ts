import assert from 'node:assert/strict'
import { afterEach, beforeEach, test } from 'node:test'
import { type AppError, isAppError } from '../../core/index.ts'
import { connectTo, idsOf, readItems, testClock } from './fake-reddit-deps.ts'
import { type FakeReddit, listing, post, startFakeReddit } from './fake-reddit-server.ts'
import { createRedditConnector } from './reddit-connector.ts'

let fake: FakeReddit
beforeEach(async () => {
  fake = await startFakeReddit()
  fake.listings.set('/r/france/new', [post(2), post(1)])
})
afterEach(() => fake.close())

const failure = async (read: Promise<unknown>): Promise<AppError> => {
  try {
    await read
  } catch (error) {
    assert.ok(isAppError(error), String(error))
    return error
  }
  assert.fail('the read succeeded')
}
const ok = (n: number) => post(n).data.name
const body = JSON.stringify(listing([post(2), post(1)], null))

test('a 429 is waited out for its Retry-After seconds, then the read goes on', async () => {
  fake.script('/r/france/new', {
    status: 429,
    headers: { 'retry-after': '7' },
    body: '{"message":"Too Many Requests","error":429}',
  })
  const clock = testClock()
  const items = await readItems(connectTo(fake, { subreddits: ['france'] }, clock))
  assert.deepEqual(idsOf(items), [ok(1), ok(2)])
  assert.deepEqual(clock.sleeps, [7000])
})

test('X-Ratelimit-Remaining below one pauses the next call for X-Ratelimit-Reset seconds', async () => {
  fake.listings.set('/r/lyon/new', [post(3)])
  fake.setRateLimit('0.0', '42')
  const clock = testClock()
  const items = await readItems(connectTo(fake, { subreddits: ['france', 'lyon'] }, clock))
  assert.deepEqual(idsOf(items), [ok(1), ok(2), ok(3)])
  assert.deepEqual(clock.sleeps, [42_000])
})

test('a server error is retried with exponential backoff and jitter, then the read goes on', async () => {
  fake.script('/r/france/new', { status: 503, body: '<html>busy</html>' }, { status: 502 })
  const clock = testClock()
  const items = await readItems(connectTo(fake, { subreddits: ['france'] }, clock))
  assert.deepEqual(idsOf(items), [ok(1), ok(2)])
  assert.deepEqual(clock.sleeps, [750, 1500], 'base 1 s doubling, times 0.5 + random/2')
})

test('after `retries` more failures the read fails as unavailable, naming the listing', async () => {
  fake.script('/r/france/new', ...Array.from({ length: 5 }, () => ({ status: 500 })))
  const error = await failure(readItems(connectTo(fake, { subreddits: ['france'], retries: 2 })))
  assert.equal(error.code, 'unavailable')
  assert.match(error.message, /r\/france\/new: the server answered 500 \(gave up after 3 attempts\)/)
})

test('an answer cut off mid-body, or truncated JSON, is asked again', async () => {
  fake.script(
    '/r/france/new',
    { status: 200, body, truncate: true },
    { status: 200, body: body.slice(0, 80), headers: { 'content-length': '80' } },
  )
  const clock = testClock()
  const items = await readItems(connectTo(fake, { subreddits: ['france'] }, clock))
  assert.deepEqual(idsOf(items), [ok(1), ok(2)])
  assert.equal(clock.sleeps.length, 2)
})

test('a page that is not a Listing, or not UTF-8, fails the read as unavailable', async () => {
  fake.script('/r/france/new', { status: 200, body: '{"kind":"t2","data":{}}' })
  const notListing = await failure(readItems(connectTo(fake, { subreddits: ['france'] })))
  assert.match(notListing.message, /r\/france\/new: the answer is not a Reddit Listing/)
  fake.script('/r/france/new', { status: 200, body: Buffer.from([0x7b, 0xff, 0xfe, 0x7d]) })
  const notUtf8 = await failure(readItems(connectTo(fake, { subreddits: ['france'], retries: 0 })))
  assert.equal(notUtf8.code, 'unavailable')
  assert.match(notUtf8.message, /not valid UTF-8/)
})

test('an oversized answer is refused', async () => {
  const error = await failure(readItems(connectTo(fake, { subreddits: ['france'], maxBytes: 500 })))
  assert.equal(error.code, 'invalid')
  assert.match(error.message, /more than 500 bytes/)
})

test('a private or banned subreddit (403) fails the read as forbidden, naming it', async () => {
  fake.script('/r/france/new', {
    status: 403,
    body: '{"reason":"private","message":"Forbidden","error":403}',
  })
  const error = await failure(readItems(connectTo(fake, { subreddits: ['france'] })))
  assert.equal(error.code, 'forbidden')
  assert.match(error.message, /^r\/france\/new: Reddit answered 403/)
})

test('the SSRF guard refuses a base URL on a private address unless an administrator allows it', async () => {
  const connector = createRedditConnector({ baseUrl: fake.base, subreddits: ['france'] })
  const error = await failure(readItems(connector))
  assert.equal(error.code, 'forbidden')
  assert.equal(fake.requests.length, 0)
})

test('with app credentials: a client-credentials token, bearer calls without .json, renewed when it expires and after a 401', async () => {
  fake.auth.required = true
  const clock = testClock()
  const options = {
    subreddits: ['france'],
    clientId: 'app-id',
    clientSecret: 'app-secret',
    tokenUrl: `${fake.base}/api/v1/access_token`,
  }
  const connector = connectTo(fake, options, clock)
  assert.deepEqual(idsOf(await readItems(connector)), [ok(1), ok(2)])
  const [grant, call] = fake.requests
  assert.equal(grant?.body, 'grant_type=client_credentials')
  assert.equal(grant?.headers['user-agent'], 'test:vigie:1.0 (by /u/tester)')
  assert.equal(call?.headers.authorization, 'bearer token-1')
  assert.equal(call?.rawPath, '/r/france/new')

  clock.t += 3600_000
  await readItems(connector)
  assert.equal(fake.requests.at(-1)?.headers.authorization, 'bearer token-2', 'renewed once expired')

  fake.script('/r/france/new', { status: 401, body: '{"message":"Unauthorized","error":401}' })
  assert.equal((await readItems(connector)).length, 2)
  assert.equal(fake.requests.at(-1)?.headers.authorization, 'bearer token-3', 'renewed after a 401')
})

test('wrong app credentials fail the read with a message naming them', async () => {
  const connector = connectTo(fake, {
    subreddits: ['france'],
    clientId: 'app-id',
    clientSecret: 'wrong',
    tokenUrl: `${fake.base}/api/v1/access_token`,
  })
  const error = await failure(readItems(connector))
  assert.equal(error.code, 'invalid')
  assert.match(error.message, /refused the app credentials \(401\)/)
})

test('a script app acts as its user with the password grant; a wrong password is reported', async () => {
  const options = {
    subreddits: ['france'],
    clientId: 'app-id',
    clientSecret: 'app-secret',
    username: 'brand_fr',
    password: 'pw&=1',
    tokenUrl: `${fake.base}/api/v1/access_token`,
  }
  await readItems(connectTo(fake, options))
  const grant = new URLSearchParams(fake.requests[0]?.body)
  assert.deepEqual(Object.fromEntries(grant), {
    grant_type: 'password',
    username: 'brand_fr',
    password: 'pw&=1',
  })
  fake.script('/api/v1/access_token', { status: 200, body: '{"error": "invalid_grant"}' })
  const error = await failure(readItems(connectTo(fake, options)))
  assert.match(error.message, /\(200, invalid_grant\)/)
})

import assert from 'node:assert/strict'
import { after, before, beforeEach, mock, test } from 'node:test'
import { type NetPolicy, OPEN_INTERNET } from '../net/index.ts'
import type { SourceItem } from '../port.ts'
import { FakeInstance, makeStatus, sid } from './fake-instance.ts'
import { createMastodonConnector } from './mastodon-connector.ts'
import type { MastodonSourceInput } from './mastodon-source-options.ts'

const LOCAL: NetPolicy = { allowHosts: ['127.0.0.1'] }
let fake: FakeInstance
let sleeps: number[]
before(async () => {
  fake = await new FakeInstance().start()
})
after(() => fake.close())
beforeEach(() => {
  fake.dropStreams()
  fake.streams.length = 0
  fake.timelines.clear()
  fake.searches.clear()
  fake.requests.length = 0
  sleeps = []
})

const connector = (o: Partial<MastodonSourceInput> = {}, streamIdleMs = 5_000, policy = LOCAL) =>
  createMastodonConnector(
    { instance: fake.base, hashtags: ['panne'], stream: true, ...o },
    {
      policy,
      sleep: async (ms) => void sleeps.push(ms),
      random: () => 0.5,
      pageSize: 2,
      streamIdleMs,
    },
  )

/** A live read driven item by item; a step that does not come within 3 s fails the test. */
const live = (c: ReturnType<typeof connector>, cursor?: string) => {
  const stop = new AbortController()
  const it = c.read(cursor, stop.signal)[Symbol.asyncIterator]()
  const next = async (): Promise<SourceItem> => {
    const timeout = new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error('no item within 3 s')), 3_000).unref(),
    )
    const step = await Promise.race([it.next(), timeout])
    assert.equal(step.done, false, 'the live read ended')
    return step.value as SourceItem
  }
  return { stop, it, next }
}
const text = (item: SourceItem) =>
  'mention' in item ? item.mention.text : `rejected: ${item.rejected.reason}`
/** A status posted on the instance: in the timeline, and sent on its open streams. */
const post = (n: number) => {
  const status = makeStatus(n, `panne ${n}`)
  fake.add('tag:panne', status)
  fake.send('update', JSON.stringify(status))
}

test('a live read fills from REST, then follows the stream; deletes, edits and heartbeats are ignored', async () => {
  fake.add('tag:panne', makeStatus(1, 'panne 1'), makeStatus(2, 'panne 2'))
  const read = live(connector())
  assert.deepEqual([text(await read.next()), text(await read.next())], ['panne 1', 'panne 2'])
  assert.equal(fake.streams[0]?.path, '/api/v1/streaming/hashtag')
  assert.equal(fake.streams[0]?.query.get('tag'), 'panne')
  fake.write(':thump\n\n')
  fake.send('delete', sid(1))
  fake.send('status.update', JSON.stringify(makeStatus(2, 'panne 2 corrigée')))
  fake.send('update', '{"id":"1134')
  post(3)
  assert.match(text(await read.next()), /^rejected: tag:panne stream: an update that is not JSON/)
  const third = await read.next()
  assert.equal(text(third), 'panne 3')
  assert.deepEqual(JSON.parse(third.cursor).at, { 'tag:panne': sid(3) })
  read.stop.abort()
  assert.equal((await read.it.next()).done, true, 'an aborted live read ends')
})

test('after a disconnect the live read backs off, reconnects and fills the gap through REST, nothing twice', async () => {
  fake.add('tag:panne', makeStatus(1, 'panne 1'))
  const read = live(connector())
  assert.equal(text(await read.next()), 'panne 1')
  await fake.streamsOpened(1)
  post(2)
  assert.equal(text(await read.next()), 'panne 2')
  fake.dropStreams()
  fake.add('tag:panne', makeStatus(3, 'panne 3'), makeStatus(4, 'panne 4'))
  assert.deepEqual([text(await read.next()), text(await read.next())], ['panne 3', 'panne 4'])
  assert.deepEqual(sleeps, [1_000])
  await fake.streamsOpened(2)
  fake.send('update', JSON.stringify(makeStatus(4, 'panne 4'))) // already filled through REST
  post(5)
  assert.equal(text(await read.next()), 'panne 5')
  read.stop.abort()
})

test('a live read stopped and restarted from its last cursor delivers every status once, in order', async () => {
  fake.add('tag:panne', makeStatus(1, 'panne 1'))
  const first = live(connector())
  const seen = [await first.next()]
  await fake.streamsOpened(1)
  post(2)
  seen.push(await first.next())
  first.stop.abort()
  await first.it.next()
  fake.add('tag:panne', makeStatus(3, 'panne 3'), makeStatus(4, 'panne 4'), makeStatus(5, 'panne 5'))
  const second = live(connector(), seen.at(-1)!.cursor)
  for (let i = 0; i < 3; i++) seen.push(await second.next())
  await fake.streamsOpened(2)
  post(6)
  seen.push(await second.next())
  second.stop.abort()
  assert.deepEqual(seen.map(text), ['panne 1', 'panne 2', 'panne 3', 'panne 4', 'panne 5', 'panne 6'])
})

test('a stream refused for want of a token fails at once, naming the option', async () => {
  fake.streamFaults.push(401)
  const error = await live(connector())
    .it.next()
    .catch((e) => e)
  assert.equal(error.code, 'unauthenticated')
  assert.match(error.message, /accessToken/)
  assert.deepEqual(sleeps, [])
})

test('the SSRF guard applies to the stream: a private address is refused before any connection', async () => {
  const error = await live(connector({}, 5_000, OPEN_INTERNET))
    .it.next()
    .catch((e) => e)
  assert.equal(error.code, 'forbidden')
  assert.equal(fake.requests.length, 0)
})

test('a stream that keeps failing is retried with backoff, then gives up as unavailable', async () => {
  fake.streamFaults.push(502, 502, 502, 502)
  const error = await live(connector())
    .it.next()
    .catch((e) => e)
  assert.equal(error.code, 'unavailable')
  assert.match(error.message, /failed 4 times in a row/)
  assert.deepEqual(sleeps, [1_000, 2_000, 4_000])
})

test('a stream silent past its heartbeat is reopened, the public one on its local path', async () => {
  const read = live(connector({ hashtags: [], public: true, local: true }, 150))
  const pending = read.next()
  await fake.streamsOpened(2)
  assert.equal(fake.streams[1]?.path, '/api/v1/streaming/public/local')
  fake.add('public', makeStatus(7, 'public 7'))
  fake.send('update', JSON.stringify(makeStatus(7, 'public 7')))
  assert.equal(text(await pending), 'public 7')
  read.stop.abort()
})

test('in a live read, searches and accounts, which have no stream, are read again every pollSeconds', async () => {
  mock.timers.enable({ apis: ['setInterval'] })
  try {
    fake.searches.set('télécomète', [makeStatus(1, 'télécomète 1')])
    const read = live(connector({ hashtags: [], terms: ['télécomète'], pollSeconds: 30 }))
    assert.equal(text(await read.next()), 'télécomète 1')
    fake.searches.set('télécomète', [makeStatus(1, 'télécomète 1'), makeStatus(2, 'télécomète 2')])
    const pending = read.next()
    await new Promise((r) => setTimeout(r, 50))
    mock.timers.tick(30_000)
    assert.equal(text(await pending), 'télécomète 2')
    read.stop.abort()
  } finally {
    mock.timers.reset()
  }
})

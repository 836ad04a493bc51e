import assert from 'node:assert/strict'
import { writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { test } from 'node:test'
import { jetstreamManager } from '@nats-io/jetstream'
import { connect } from '@nats-io/transport-node'
import { distributedSetup, waitFor } from '../test/distributed-setup.ts'
import { startVigie, tmp, vigie } from '../test/run-vigie.ts'

/** An RSS 2.0 feed of `count` articles naming the brand, the newest first, as a news site serves it. */
const feedOf = (count: number, newest: number) => {
  const items = Array.from({ length: count }, (_, i) => count - i).map(
    (n) => `<item>
      <title>Acmecom : article ${n} sur la panne du réseau</title>
      <link>https://news.example/acmecom-${n}</link>
      <guid>https://news.example/acmecom-${n}</guid>
      <description>Les clients d'Acmecom racontent la panne, épisode ${n}.</description>
      <pubDate>${new Date(newest - (count - n) * 60_000).toUTCString()}</pubDate>
    </item>`,
  )
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Les nouvelles</title><link>https://news.example/</link>
<description>Actualités</description><language>fr</language>
${items.join('\n')}
</channel></rss>`
}

test('a listen worker reads the declared sources onto the bus for the analyze workers, and a restarted one publishes only what is new', async (t) => {
  const setup = await distributedSetup(t, 'listen')
  if (!setup) return
  let feed = feedOf(3, Date.now() - 600_000)
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(feed)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  t.after(() => new Promise<void>((resolve) => server.close(() => resolve())))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed.xml`

  const dir = tmp()
  const config = join(dir, 'vigie.config.json')
  writeFileSync(config, JSON.stringify({ network: { allowHosts: ['127.0.0.1'] }, analysis: { workers: 0 } }))
  const empty = join(dir, 'empty.jsonl')
  writeFileSync(empty, '')
  const env = setup.env
  const run = (args: string[]) => {
    const r = vigie(['--config', config, ...args], { env })
    assert.equal(r.status, 0, r.stderr)
    return r
  }
  run(['ingest', '--workspace', 'acme', '--input', empty, '--brand', 'Acmecom', '--query', 'acmecom'])
  run(['sources', 'add', '--workspace', 'acme', '--kind', 'rss', '--url', url, '--id', 'news'])

  const workers: ReturnType<typeof startVigie>[] = []
  t.after(() => {
    for (const w of workers) w.child.kill('SIGKILL')
  })
  const start = async (role: string) => {
    const worker = startVigie(['--config', config, 'worker', '--role', role], { env })
    workers.push(worker)
    await waitFor(`${role} ready`, async () => {
      assert.equal(worker.child.exitCode, null, worker.output())
      return worker.output().includes(`${role} ready`)
    })
    return worker
  }
  const stop = async (worker: ReturnType<typeof startVigie>) => {
    worker.child.kill('SIGTERM')
    assert.equal((await worker.exited).code, 0, worker.output())
    return worker.output()
  }
  const rawMessages = async () => {
    const nc = await connect({ servers: env.VIGIE_BUS_URL! })
    try {
      const jsm = await jetstreamManager(nc)
      return (await jsm.streams.info(`${setup.prefix.toUpperCase()}_RAW`)).state.messages
    } finally {
      await nc.close()
    }
  }
  const storedIds = async () => (await setup.stored('acme')).ids.sort()

  const analyze = await start('analyze')
  const listen = await start('listen')
  assert.match(listen.output(), /listen ready, reading 1 source onto raw/)
  await waitFor('the feed’s 3 articles stored', async () => (await storedIds()).length === 3)
  assert.match(await stop(listen), /stopped after 1 reads: 3 mentions published, 0 rejected/)

  // two new articles; the listener started again reads the feed again and publishes only them
  feed = feedOf(5, Date.now() - 300_000)
  const again = await start('listen')
  await waitFor('the 2 new articles stored', async () => (await storedIds()).length === 5)
  assert.match(await stop(again), /stopped after 1 reads: 2 mentions published, 0 rejected/)
  // a read's posts go in batches (LIVE_PUBLISH): one message per read here, never more than one per post
  const messages = await rawMessages()
  assert.ok(messages >= 2 && messages <= 5, `${messages} raw messages for 5 posts in 2 reads`)
  const ids = await storedIds()
  assert.equal(new Set(ids).size, 5)
  await stop(analyze)
  assert.equal(await setup.deadLetters(), '0')
})

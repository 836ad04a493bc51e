import assert from 'node:assert/strict'
import { writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { type TestContext, test } from 'node:test'
import { signBody } from '../sources/index.ts'
import { distributedSetup, waitFor } from '../test/distributed-setup.ts'
import { rawBatches } from '../test/raw-batches.ts'
import { startVigie, tmp, vigie } from '../test/run-vigie.ts'

/**
 * An RSS 2.0 feed of `count` articles naming the brand, the newest first, as a news site serves it (`site`
 * tells apart the articles of several feeds).
 */
const feedOf = (count: number, newest: number, site = 'news') => {
  const items = Array.from({ length: count }, (_, i) => count - i).map(
    (n) => `<item>
      <title>Acmecom : article ${n} sur la panne du réseau</title>
      <link>https://${site}.example/acmecom-${n}</link>
      <guid>https://${site}.example/acmecom-${n}</guid>
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

type Started = ReturnType<typeof startVigie>

/**
 * The test's commands on its config: `run` a CLI command (it must succeed; its stdout), `start` a process until
 * it prints `ready` (each killed when the test ends), `worker` a role, `stop` one with SIGTERM (it must exit 0).
 */
const processesOn = (t: TestContext, config: string, env: Record<string, string>) => {
  const started: Started[] = []
  t.after(() => {
    for (const p of started) p.child.kill('SIGKILL')
  })
  const start = async (args: string[], ready: string) => {
    const p = startVigie(['--config', config, ...args], { env })
    started.push(p)
    await waitFor(ready, async () => {
      assert.equal(p.child.exitCode, null, p.output())
      return p.output().includes(ready)
    })
    return p
  }
  return {
    run(args: string[]) {
      const r = vigie(['--config', config, ...args], { env })
      assert.equal(r.status, 0, r.stderr)
      return r.stdout
    },
    start,
    worker: (role: string) => start(['worker', '--role', role], `${role} ready`),
    async stop(p: Started) {
      p.child.kill('SIGTERM')
      assert.equal((await p.exited).code, 0, p.output())
      return p.output()
    },
  }
}

/** The arguments adding an RSS source of workspace `acme` read every hour (once in a test). */
const hourlyFeed = (url: string, id: string) => [
  'sources',
  'add',
  '--workspace',
  'acme',
  '--kind',
  'rss',
  '--url',
  url,
  '--id',
  id,
  '--every',
  '1h',
]

/** The raw stream of the test's bus: how many batches (messages) it holds, and how many posts in them. */
const rawStream = async (setup: { env: Record<string, string>; prefix: string }) => {
  const batches = await rawBatches(setup)
  return { messages: batches.length, items: batches.reduce((n, batch) => n + batch.items.length, 0) }
}

test('a listen worker reads the declared sources onto the bus for the analyze workers, and a restarted one publishes only what is new', async (t) => {
  const setup = await distributedSetup(t, 'listen')
  if (!setup) return
  let feed = feedOf(3, Date.now() - 600_000)
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(feed)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  // a process still running when a test fails holds a connection open: closed with the server, not waited for
  t.after(() => new Promise<void>((resolve) => server.close(() => resolve()).closeAllConnections()))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed.xml`

  const dir = tmp()
  const config = join(dir, 'vigie.config.json')
  writeFileSync(config, JSON.stringify({ network: { allowHosts: ['127.0.0.1'] }, analysis: { workers: 0 } }))
  const empty = join(dir, 'empty.jsonl')
  writeFileSync(empty, '')
  const { run, worker: start, stop } = processesOn(t, config, setup.env)
  run(['ingest', '--workspace', 'acme', '--input', empty, '--brand', 'Acmecom', '--query', 'acmecom'])
  run(['sources', 'add', '--workspace', 'acme', '--kind', 'rss', '--url', url, '--id', 'news'])

  const storedIds = async () => (await setup.stored('acme')).ids.sort()

  const analyze = await start('analyze')
  const listen = await start('listen')
  assert.match(listen.output(), /listen ready, reading 1 of 1 source \(its share\) onto raw/)
  await waitFor('the feed’s 3 articles stored', async () => (await storedIds()).length === 3)
  assert.match(await stop(listen), /stopped after 1 reads: 3 mentions published, 0 rejected/)

  // two new articles; the listener started again reads the feed again and publishes only them
  feed = feedOf(5, Date.now() - 300_000)
  const again = await start('listen')
  await waitFor('the 2 new articles stored', async () => (await storedIds()).length === 5)
  assert.match(await stop(again), /stopped after 1 reads: 2 mentions published, 0 rejected/)
  // a read's posts go in batches (LIVE_PUBLISH): one message per read here, never more than one per post
  const { messages } = await rawStream(setup)
  assert.ok(messages >= 2 && messages <= 5, `${messages} raw messages for 5 posts in 2 reads`)
  const ids = await storedIds()
  assert.equal(new Set(ids).size, 5)
  await stop(analyze)
  assert.equal(await setup.deadLetters(), '0')
})

/** The sources a listener holds now, from its log lines (`listen source taken`, `let go`, `lost`). */
const heldBy = (output: string) => {
  const held = new Set<string>()
  for (const line of output.split('\n')) {
    if (!line.startsWith('{')) continue
    const entry = JSON.parse(line) as { msg?: string; source?: string }
    if (entry.msg === 'listen source taken') held.add(entry.source!)
    else if (entry.msg?.startsWith('listen source ')) held.delete(entry.source!)
  }
  return [...held].sort()
}

test('listen workers share the sources, each read by one of them; a killed one’s sources are taken over and a new one gets its share', async (t) => {
  const setup = await distributedSetup(t, 'listenshare')
  if (!setup) return
  const SITES = ['s1', 's2', 's3', 's4']
  const feeds = new Map(SITES.map((site) => [site, feedOf(2, Date.now() - 600_000, site)]))
  // what each feed was asked: a source read by two listeners at once would be asked twice
  const asked = new Map(SITES.map((site) => [site, 0]))
  const server = createServer((req, res) => {
    const site = /^\/(s\d)\.xml$/.exec(req.url ?? '')?.[1] ?? ''
    asked.set(site, (asked.get(site) ?? 0) + 1)
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(feeds.get(site) ?? '')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  // a process still running when a test fails holds a connection open: closed with the server, not waited for
  t.after(() => new Promise<void>((resolve) => server.close(() => resolve()).closeAllConnections()))
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  const dir = tmp()
  const config = join(dir, 'vigie.config.json')
  writeFileSync(
    config,
    JSON.stringify({
      network: { allowHosts: ['127.0.0.1'] },
      analysis: { workers: 0 },
      bus: { leaseSeconds: 5 },
    }),
  )
  const empty = join(dir, 'empty.jsonl')
  writeFileSync(empty, '')
  // info: the listeners log each source they take and let go; sources re-read every second
  const env: Record<string, string> = { ...setup.env, VIGIE_LOG_LEVEL: 'info', VIGIE_RELOAD_SECONDS: '1' }
  const { run, worker: start } = processesOn(t, config, env)
  run(['ingest', '--workspace', 'acme', '--input', empty, '--brand', 'Acmecom', '--query', 'acmecom'])

  const stored = async () => (await setup.stored('acme')).ids
  const storedOnce = async (n: number) => {
    await waitFor(`${n} articles stored`, async () => (await stored()).length >= n)
    const ids = await stored()
    assert.equal(ids.length, n)
    assert.equal(new Set(ids).size, n)
    assert.equal((await rawStream(setup)).items, n, 'each article published once')
  }

  const analyze = await start('analyze')
  const a = await start('listen')
  const b = await start('listen')
  // the sources come while both listeners run: each takes its share (read every hour: once here)
  for (const site of SITES) run(hourlyFeed(`${base}/${site}.xml`, site))
  await waitFor(
    'each listener holding two sources',
    async () => heldBy(a.output()).length === 2 && heldBy(b.output()).length === 2,
  )
  const ofA = heldBy(a.output())
  const ofB = heldBy(b.output())
  assert.deepEqual(
    [...ofA, ...ofB].sort(),
    SITES.map((s) => `acme/${s}`),
    'every source held by one listener',
  )
  await storedOnce(8)
  assert.deepEqual([...asked.values()], [1, 1, 1, 1], 'each feed read once')

  // B is killed; an article more on each of its feeds: A takes them over once their leases aged out (5 s, so
  // that on a loaded machine no lease is lost by a late renewal)
  b.child.kill('SIGKILL')
  await b.exited
  for (const source of ofB) {
    const site = source.slice('acme/'.length)
    feeds.set(site, feedOf(3, Date.now() - 300_000, site))
  }
  await waitFor('A holding every source', async () => heldBy(a.output()).length === 4)
  await storedOnce(10)
  const askedOf = (sources: string[]) => sources.map((s) => asked.get(s.slice('acme/'.length)))
  assert.deepEqual(askedOf(ofA), [1, 1], 'A’s own sources not read again')
  assert.deepEqual(askedOf(ofB), [2, 2], 'B’s sources read once more, by A')

  // a new listener: A lets two go, C takes them and reads them from their cursors, publishing nothing again
  const before = new Map(asked)
  const c = await start('listen')
  await waitFor(
    'A and C holding two sources each',
    async () => heldBy(a.output()).length === 2 && heldBy(c.output()).length === 2,
  )
  const ofC = heldBy(c.output())
  const askedSince = (source: string) => {
    const site = source.slice('acme/'.length)
    return asked.get(site)! - before.get(site)!
  }
  await waitFor('C reading its sources', async () => ofC.every((s) => askedSince(s) === 1))
  assert.deepEqual(heldBy(a.output()).map(askedSince), [0, 0], 'A reads nothing again')
  await storedOnce(10)
  for (const w of [a, c, analyze]) {
    w.child.kill('SIGTERM')
    assert.equal((await w.exited).code, 0, w.output())
  }
  assert.match(a.output(), /stopped after 4 reads: 6 mentions published, 0 rejected/)
  assert.match(c.output(), /stopped after 2 reads: 0 mentions published, 0 rejected/)
  assert.equal(await setup.deadLetters(), '0')
})

test('vigie serve with a bus leaves the sources to the listen workers and publishes webhook pushes for the analyze workers', async (t) => {
  const setup = await distributedSetup(t, 'servebus')
  if (!setup) return
  let asked = 0
  const server = createServer((_req, res) => {
    asked++
    res
      .writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' })
      .end(feedOf(2, Date.now() - 600_000))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  // a process still running when a test fails holds a connection open: closed with the server, not waited for
  t.after(() => new Promise<void>((resolve) => server.close(() => resolve()).closeAllConnections()))
  const feed = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed.xml`
  const port = await new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo
      probe.close(() => resolve(port))
    })
  })

  const dir = tmp()
  const config = join(dir, 'vigie.config.json')
  writeFileSync(config, JSON.stringify({ network: { allowHosts: ['127.0.0.1'] }, analysis: { workers: 0 } }))
  const empty = join(dir, 'empty.jsonl')
  writeFileSync(empty, '')
  const { run, start } = processesOn(t, config, setup.env)
  run(['ingest', '--workspace', 'acme', '--input', empty, '--brand', 'Acmecom', '--query', 'acmecom'])
  run(hourlyFeed(feed, 'news'))
  const secret = run(['sources', 'add', '--workspace', 'acme', '--kind', 'webhook', '--id', 'hook'])
    .trim()
    .split('\n')[1]!

  const serve = await start(['serve', '--port', String(port)], 'Vigie is running')
  // a mention pushed to the webhook goes onto the bus: nothing stored until an analyze worker takes it
  const body = JSON.stringify([
    { text: 'Acmecom en panne chez moi aussi', createdAt: new Date(Date.now() - 60_000).toISOString() },
    { text: 'pas de date, Acmecom' },
  ])
  const pushed = await fetch(`http://127.0.0.1:${port}/api/v1/workspaces/acme/ingest?source=hook`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-vigie-signature': signBody(secret, body) },
    body,
  })
  assert.equal(pushed.status, 200)
  const answer = (await pushed.json()) as { read: number; published: number; rejected: { item: number }[] }
  assert.deepEqual(
    { ...answer, rejected: answer.rejected.map((r) => r.item) },
    { read: 2, published: 1, rejected: [2] },
  )
  assert.equal((await setup.stored('acme')).ids.length, 0)

  const analyze = await start(['worker', '--role', 'analyze'], 'analyze ready')
  await waitFor('the pushed mention stored', async () => (await setup.stored('acme')).ids.length === 1)
  assert.equal(await setup.deadLetters(), '1', 'the refused item kept as a dead letter')
  // the feed is read by the listen worker alone
  const listen = await start(['worker', '--role', 'listen'], 'listen ready')
  await waitFor('the feed’s 2 articles stored', async () => (await setup.stored('acme')).ids.length === 3)
  for (const p of [listen, analyze, serve]) {
    p.child.kill('SIGTERM')
    await p.exited
  }
  assert.equal(asked, 1, 'the feed read once, by the listen worker, not by vigie serve')
})

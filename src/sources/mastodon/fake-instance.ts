import { once } from 'node:events'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export { makeStatus, sid } from './make-status.ts'

/** The answer the next REST request gets instead of the real one. */
export interface Fault {
  status?: number
  headers?: Record<string, string>
  body?: string | Buffer
  /** promise more bytes than sent, then cut the connection */
  cut?: boolean
}

const byId = (a: string, b: string) => (BigInt(a) < BigInt(b) ? -1 : BigInt(a) > BigInt(b) ? 1 : 0)
const idOf = (s: unknown) => String((s as { id?: unknown }).id)

/**
 * A Mastodon instance on 127.0.0.1: timelines (`tag:x`, `public`, `account:<id>`) paged by `min_id` (the
 * statuses just after it) and `max_id` with a `Link` header, searches paged newest first, account lookup,
 * rate-limit headers, the streaming API as Server-Sent Events, and faults on demand.
 */
export class FakeInstance {
  base = ''
  readonly timelines = new Map<string, unknown[]>()
  readonly searches = new Map<string, unknown[]>()
  readonly accounts = new Map<string, string>()
  readonly faults: Fault[] = []
  /** statuses the next stream connections answer instead of opening */
  readonly streamFaults: number[] = []
  readonly requests: { path: string; query: URLSearchParams; auth: string | undefined }[] = []
  readonly streams: { path: string; query: URLSearchParams; res: ServerResponse }[] = []
  searchToken: string | undefined
  remaining = 300
  #server: Server = createServer((req, res) => this.#handle(req, res))

  async start() {
    this.#server.listen(0, '127.0.0.1')
    await once(this.#server, 'listening')
    this.base = `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}`
    return this
  }

  async close() {
    this.dropStreams()
    this.#server.closeAllConnections()
    await new Promise((resolve) => this.#server.close(resolve))
  }

  add(key: string, ...statuses: unknown[]) {
    this.timelines.set(key, [...(this.timelines.get(key) ?? []), ...statuses])
  }

  /** Resolves when `count` stream connections have been opened in all. */
  async streamsOpened(count: number) {
    while (this.streams.length < count) await new Promise((r) => setTimeout(r, 5))
  }

  send(event: string, data: string) {
    for (const { res } of this.streams) if (!res.destroyed) res.write(`event: ${event}\ndata: ${data}\n\n`)
  }

  write(text: string) {
    for (const { res } of this.streams) if (!res.destroyed) res.write(text)
  }

  dropStreams() {
    for (const { res } of this.streams) res.destroy()
  }

  #json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
    res
      .writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
      .end(JSON.stringify(body))
  }

  #handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', this.base)
    const auth = req.headers.authorization
    this.requests.push({ path: url.pathname, query: url.searchParams, auth })
    if (url.pathname.startsWith('/api/v1/streaming/')) return this.#stream(url, res)
    const fault = this.faults.shift()
    if (fault) return this.#fail(res, fault)
    this.remaining = Math.max(0, this.remaining - 1)
    const rate = {
      'x-ratelimit-limit': '300',
      'x-ratelimit-remaining': String(this.remaining),
      'x-ratelimit-reset': '2026-03-02T09:00:00.000Z',
    }
    const tag = /^\/api\/v1\/timelines\/tag\/([^/]+)$/.exec(url.pathname)
    const account = /^\/api\/v1\/accounts\/(\d+)\/statuses$/.exec(url.pathname)
    const key = tag
      ? `tag:${decodeURIComponent(tag[1]!)}`
      : account
        ? `account:${account[1]}`
        : url.pathname === '/api/v1/timelines/public'
          ? 'public'
          : undefined
    if (key) return this.#page(url, res, this.timelines.get(key) ?? [], rate)
    if (url.pathname === '/api/v1/accounts/lookup') {
      const acct = url.searchParams.get('acct') ?? ''
      const id = this.accounts.get(acct)
      if (!id) return this.#json(res, 404, { error: 'Record not found' }, rate)
      return this.#json(
        res,
        200,
        { id, username: acct, acct, display_name: 'Télécomète', followers_count: 9000 },
        rate,
      )
    }
    if (url.pathname === '/api/v2/search') {
      if (this.searchToken && auth !== `Bearer ${this.searchToken}`)
        return this.#json(res, 401, { error: 'The access token is invalid' }, rate)
      const found = this.#window(url, this.searches.get(url.searchParams.get('q') ?? '') ?? [], false)
      return this.#json(res, 200, { accounts: [], statuses: found, hashtags: [] }, rate)
    }
    this.#json(res, 404, { error: 'Record not found' })
  }

  /** The statuses between the bounds, newest first: just after `min_id` for timelines, the newest for search. */
  #window(url: URL, all: unknown[], timeline: boolean): unknown[] {
    const q = url.searchParams
    const limit = Number(q.get('limit') ?? 20)
    const [min, max] = [q.get('min_id'), q.get('max_id')]
    const within = all
      .filter((s) => (!min || byId(idOf(s), min) > 0) && (!max || byId(idOf(s), max) < 0))
      .sort((a, b) => byId(idOf(a), idOf(b)))
    return (timeline && min ? within.slice(0, limit) : within.slice(-limit)).reverse()
  }

  #page(url: URL, res: ServerResponse, all: unknown[], rate: Record<string, string>) {
    const page = this.#window(url, all, true)
    const path = `${this.base}${url.pathname}`
    const link = page.length
      ? `<${path}?max_id=${idOf(page.at(-1))}>; rel="next", <${path}?min_id=${idOf(page[0])}>; rel="prev"`
      : undefined
    this.#json(res, 200, page, { ...rate, ...(link && { link }) })
  }

  #fail(res: ServerResponse, fault: Fault) {
    const body = fault.body ?? JSON.stringify({ error: 'fault' })
    res.writeHead(fault.status ?? 200, {
      'content-type': 'application/json',
      ...(fault.cut && { 'content-length': String(Buffer.byteLength(body) + 1000) }),
      ...fault.headers,
    })
    if (fault.cut) {
      res.write(body)
      setTimeout(() => res.destroy(), 10)
    } else res.end(body)
  }

  #stream(url: URL, res: ServerResponse) {
    const status = this.streamFaults.shift()
    if (status) return this.#json(res, status, { error: 'This method requires an authenticated user' })
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'private, no-store' })
    res.write(':)\n')
    this.streams.push({ path: url.pathname, query: url.searchParams, res })
  }
}

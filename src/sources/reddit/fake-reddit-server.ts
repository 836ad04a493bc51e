import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/** An answer served once, before the normal one, to a path (`/r/france/new`, `/comments/abc`, `/api/v1/access_token`). */
export interface ScriptedAnswer {
  status: number
  headers?: Record<string, string>
  body?: string | Buffer
  /** announce the whole body, send half, then cut the connection */
  truncate?: boolean
}

export interface SeenRequest {
  method: string
  /** the path as requested (`/r/france/new.json` on the public endpoints) */
  rawPath: string
  /** without `.json` */
  path: string
  query: URLSearchParams
  headers: IncomingMessage['headers']
  body: string
}

/** When 1e9 seconds is 2001, 1_772_400_000 is early March 2026: posts are dated from there, a minute apart. */
export const T0 = 1_772_400_000

/** A post (t3) shaped like Reddit's: its id grows with `n`, as Reddit's base-36 ids do. */
export const post = (n: number, extra: Record<string, unknown> = {}) => {
  const id = (1_000_000 + n).toString(36)
  return {
    kind: 't3',
    data: {
      subreddit: 'france',
      selftext: `post ${n}`,
      author_fullname: 't2_aa11',
      title: `Title ${n}`,
      subreddit_name_prefixed: 'r/france',
      name: `t3_${id}`,
      score: n,
      num_comments: 0,
      created_utc: T0 + n * 60,
      id,
      author: 'someone',
      permalink: `/r/france/comments/${id}/title_${n}/`,
      is_self: true,
      ...extra,
    },
  }
}

/** A comment (t1) answering `parent` in thread `linkId`, with nested replies or `""` as Reddit writes. */
export const comment = (n: number, parent: string, linkId: string, replies: unknown[] = []) => {
  const id = (50_000_000 + n).toString(36)
  return {
    kind: 't1',
    data: {
      subreddit: 'france',
      id,
      name: `t1_${id}`,
      author: `user${n}`,
      author_fullname: `t2_u${n}`,
      body: `comment ${n}`,
      created_utc: T0 + n * 60,
      score: 2,
      parent_id: parent,
      link_id: linkId,
      permalink: `/r/france/comments/${linkId.slice(3)}/x/${id}/`,
      replies: replies.length ? listing(replies, null) : '',
    },
  }
}

export const listing = (children: unknown[], after: string | null) => ({
  kind: 'Listing',
  data: { after, dist: children.length, modhash: '', geo_filter: '', children, before: null },
})

const nameOf = (child: unknown) => (child as { data?: { name?: string } })?.data?.name

/** A local server speaking Reddit's listing, thread and token endpoints, paginating like Reddit. */
export const startFakeReddit = async () => {
  const listings = new Map<string, unknown[]>()
  const threads = new Map<string, unknown>()
  const scripts = new Map<string, ScriptedAnswer[]>()
  const requests: SeenRequest[] = []
  const auth = { clientId: 'app-id', clientSecret: 'app-secret', required: false, expiresIn: 3600, issued: 0 }
  let rateLimit = { remaining: '99.0', reset: '300' }

  const send = (res: ServerResponse, a: ScriptedAnswer) => {
    const body = Buffer.isBuffer(a.body) ? a.body : Buffer.from(a.body ?? '')
    res.writeHead(a.status, {
      'content-type': 'application/json; charset=UTF-8',
      'x-ratelimit-used': '1',
      'x-ratelimit-remaining': rateLimit.remaining,
      'x-ratelimit-reset': rateLimit.reset,
      'content-length': String(body.length),
      ...a.headers,
    })
    if (!a.truncate) return void res.end(body)
    res.write(body.subarray(0, Math.floor(body.length / 2)))
    setTimeout(() => res.socket?.destroy(), 20)
  }
  const json = (status: number, value: unknown): ScriptedAnswer => ({ status, body: JSON.stringify(value) })

  const token = (req: SeenRequest): ScriptedAnswer => {
    const expected = `Basic ${Buffer.from(`${auth.clientId}:${auth.clientSecret}`).toString('base64')}`
    if (req.method !== 'POST' || req.headers.authorization !== expected)
      return json(401, { message: 'Unauthorized', error: 401 })
    auth.issued += 1
    return json(200, {
      access_token: `token-${auth.issued}`,
      token_type: 'bearer',
      expires_in: auth.expiresIn,
      scope: '*',
    })
  }

  const page = (path: string, query: URLSearchParams): ScriptedAnswer => {
    const q = query.get('q')
    const children = listings.get(q ? `${path}?q=${q}` : path)
    if (!children) return json(404, { message: 'Not Found', error: 404 })
    const limit = Number(query.get('limit') ?? 25)
    const after = query.get('after')
    const start = after ? children.findIndex((c) => nameOf(c) === after) + 1 : 0
    const slice = children.slice(start, start + limit)
    return json(200, listing(slice, start + limit < children.length ? (nameOf(slice.at(-1)) ?? null) : null))
  }

  const answer = (req: SeenRequest): ScriptedAnswer => {
    const scripted = scripts.get(req.path)?.shift()
    if (scripted) return scripted
    if (req.path === '/api/v1/access_token') return token(req)
    if (auth.required && req.headers.authorization !== `bearer token-${auth.issued}`)
      return json(401, { message: 'Unauthorized', error: 401 })
    const thread = /^\/comments\/([a-z0-9]+)$/.exec(req.path)
    if (thread) {
      const tree = threads.get(thread[1]!)
      return tree ? json(200, tree) : json(404, { message: 'Not Found', error: 404 })
    }
    return page(req.path, req.query)
  }

  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://fake')
      const seen: SeenRequest = {
        method: req.method ?? 'GET',
        rawPath: url.pathname,
        path: url.pathname.replace(/\.json$/, ''),
        query: url.searchParams,
        headers: req.headers,
        body: Buffer.concat(chunks).toString(),
      }
      requests.push(seen)
      send(res, answer(seen))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    base,
    listings,
    threads,
    requests,
    auth,
    /** serve these answers, in order, before the normal ones for `path` */
    script: (path: string, ...answers: ScriptedAnswer[]) =>
      scripts.set(path, [...(scripts.get(path) ?? []), ...answers]),
    setRateLimit: (remaining: string, reset: string) => {
      rateLimit = { remaining, reset }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
export type FakeReddit = Awaited<ReturnType<typeof startFakeReddit>>

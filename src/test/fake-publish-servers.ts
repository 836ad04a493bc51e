import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { verifyWebhookSignature } from '../alerts/index.ts'

/** A post as the fake servers stored it. */
export interface ReceivedPost {
  network: 'mastodon' | 'bluesky' | 'webhook'
  id: string
  text: string
  /** the status or record it replies to (Mastodon `in_reply_to_id`, Bluesky `reply.parent.uri`) */
  inReplyTo: string | null
  /** Bluesky's thread root */
  root: string | null
  lang: string | null
}

const readBody = (req: IncomingMessage) =>
  new Promise<string>((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })

const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  res.writeHead(status, { 'content-type': 'application/json', ...headers })
  res.end(JSON.stringify(body))
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' })
const lengthOf = (s: string) => [...graphemes.segment(s)].length

/**
 * One local HTTP server speaking the publishing side of three APIs, as their public documentation shapes
 * them: Mastodon (`POST /api/v1/statuses`, bearer token, `Idempotency-Key`, 500 characters), a Bluesky PDS
 * (`com.atproto.server.createSession`, `com.atproto.repo.createRecord`, 300 graphemes, reply refs checked
 * by URI and CID) and a webhook receiver checking Vigie's signature (`POST /hook`). `failNext(n, status)`
 * makes the next n requests fail (a rate limit, an outage).
 */
export const startPublishServers = async (secrets: {
  mastodonToken: string
  blueskyHandle: string
  blueskyPassword: string
  webhookSecret: string
}) => {
  const posts: ReceivedPost[] = []
  const byKey = new Map<string, unknown>()
  const failing = { okFirst: 0, count: 0, status: 503 }
  let seq = 0
  const did = 'did:plc:vigietestaccount'
  const jwt = 'jwt-for-tests'
  const records = new Map<string, string>() // uri → cid
  const server = createServer(async (req, res) => {
    const body = await readBody(req)
    const path = new URL(req.url ?? '/', 'http://x').pathname
    if (req.method !== 'POST') return json(res, 405, { error: 'method not allowed' })
    if (failing.okFirst > 0) failing.okFirst--
    else if (failing.count > 0) {
      failing.count--
      const status = failing.status
      return json(
        res,
        status,
        { error: status === 429 ? 'Too many requests' : 'Service unavailable' },
        status === 429 ? { 'retry-after': '30' } : {},
      )
    }
    if (path === '/api/v1/statuses') {
      if (req.headers.authorization !== `Bearer ${secrets.mastodonToken}`)
        return json(res, 401, { error: 'The access token is invalid' })
      const key = req.headers['idempotency-key']
      if (typeof key === 'string' && byKey.has(key)) return json(res, 200, byKey.get(key))
      const given = JSON.parse(body) as { status?: string; in_reply_to_id?: string; language?: string }
      if (!given.status) return json(res, 422, { error: "Validation failed: Text can't be blank" })
      if (lengthOf(given.status) > 500)
        return json(res, 422, { error: 'Validation failed: Text character limit of 500 exceeded' })
      const id = String(1000 + ++seq)
      const status = {
        id,
        url: `https://social.example/@acme/${id}`,
        uri: `https://social.example/users/acme/statuses/${id}`,
        in_reply_to_id: given.in_reply_to_id ?? null,
        language: given.language ?? null,
      }
      if (typeof key === 'string') byKey.set(key, status)
      posts.push({
        network: 'mastodon',
        id,
        text: given.status,
        inReplyTo: given.in_reply_to_id ?? null,
        root: null,
        lang: given.language ?? null,
      })
      return json(res, 200, status)
    }
    if (path === '/xrpc/com.atproto.server.createSession') {
      const given = JSON.parse(body) as { identifier?: string; password?: string }
      if (given.identifier !== secrets.blueskyHandle || given.password !== secrets.blueskyPassword)
        return json(res, 401, { error: 'AuthenticationRequired', message: 'Invalid identifier or password' })
      return json(res, 200, { accessJwt: jwt, refreshJwt: 'refresh', handle: given.identifier, did })
    }
    if (path === '/xrpc/com.atproto.repo.createRecord') {
      if (req.headers.authorization !== `Bearer ${jwt}`)
        return json(res, 401, { error: 'AuthenticationRequired', message: 'Authentication Required' })
      const given = JSON.parse(body) as {
        repo: string
        collection: string
        record: {
          $type: string
          text: string
          langs?: string[]
          createdAt: string
          reply?: { root: { uri: string; cid: string }; parent: { uri: string; cid: string } }
        }
      }
      if (
        given.repo !== did ||
        given.collection !== 'app.bsky.feed.post' ||
        given.record.$type !== given.collection
      )
        return json(res, 400, { error: 'InvalidRequest', message: 'wrong repo or collection' })
      if (lengthOf(given.record.text) > 300)
        return json(res, 400, {
          error: 'InvalidRecord',
          message: 'Record/text must not be longer than 300 graphemes',
        })
      const reply = given.record.reply
      if (
        reply &&
        (records.get(reply.root.uri) !== reply.root.cid || records.get(reply.parent.uri) !== reply.parent.cid)
      )
        return json(res, 400, { error: 'InvalidRecord', message: 'reply refs do not name existing records' })
      const rkey = `3lvigie${++seq}`
      const uri = `at://${did}/app.bsky.feed.post/${rkey}`
      const cid = `bafyrei${seq}cid`
      records.set(uri, cid)
      posts.push({
        network: 'bluesky',
        id: uri,
        text: given.record.text,
        inReplyTo: reply?.parent.uri ?? null,
        root: reply?.root.uri ?? null,
        lang: given.record.langs?.[0] ?? null,
      })
      return json(res, 200, { uri, cid, validationStatus: 'valid' })
    }
    if (path === '/hook') {
      const timestamp = String(req.headers['x-vigie-timestamp'] ?? '')
      const signature = String(req.headers['x-vigie-signature'] ?? '')
      if (!verifyWebhookSignature(secrets.webhookSecret, timestamp, body, signature))
        return json(res, 401, { error: 'bad signature' })
      const given = JSON.parse(body) as { text: string; inReplyTo: string | null; lang: string }
      const id = `hook-${++seq}`
      posts.push({
        network: 'webhook',
        id,
        text: given.text,
        inReplyTo: given.inReplyTo,
        root: null,
        lang: given.lang,
      })
      return json(res, 200, { id, url: `https://intranet.example/news/${id}` })
    }
    return json(res, 404, { error: 'Not found' })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    base,
    posts,
    /** the next `n` requests after `okFirst` good ones fail with `status` */
    failNext: (n: number, status = 503, okFirst = 0) => {
      Object.assign(failing, { okFirst, count: n, status })
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

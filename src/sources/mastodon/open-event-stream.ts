import { request as httpRequest, type IncomingMessage } from 'node:http'
import { request as httpsRequest } from 'node:https'
import { AppError } from '../../core/index.ts'
import { checkUrl, guardedLookup, type NetPolicy } from '../net/index.ts'
import { createSseParser, type SseEvent } from './sse-parser.ts'

export interface EventStreamOptions {
  policy: NetPolicy
  headers: Record<string, string>
  /** aborting closes the stream */
  signal: AbortSignal
  /** waiting for the answer's headers */
  connectTimeoutMs: number
  /** a stream silent for this long is closed */
  idleMs: number
  maxEventBytes: number
  onEvent: (event: SseEvent) => void
}

const MAX_REDIRECTS = 3

const refused = (url: URL, status: number): AppError => {
  const where = `${url.origin}${url.pathname}: the stream answered ${status}`
  if (status === 401)
    return new AppError('unauthenticated', `${where}: it needs an access token (accessToken)`)
  if (status === 403) return new AppError('forbidden', where)
  if (status === 404) return new AppError('not_found', `${where}: no streaming API there`)
  return new AppError('unavailable', where)
}

/** One GET through the SSRF guard: every address checked when the connection is made. */
const connect = (url: URL, o: EventStreamOptions): Promise<IncomingMessage> =>
  new Promise((resolve, reject) => {
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest
    const req = send(url, {
      headers: {
        accept: 'text/event-stream',
        'user-agent': 'Vigie/0.1 (+https://github.com/vigie)',
        ...o.headers,
      },
      lookup: guardedLookup(o.policy),
      signal: o.signal,
    })
    const timer = setTimeout(
      () =>
        req.destroy(new AppError('unavailable', `${url.origin}: no answer within ${o.connectTimeoutMs} ms`)),
      o.connectTimeoutMs,
    )
    req.on('response', (res) => {
      clearTimeout(timer)
      resolve(res)
    })
    req.on('error', (error) => {
      clearTimeout(timer)
      reject(
        error instanceof AppError ? error : new AppError('unavailable', `${url.origin}: ${error.message}`),
      )
    })
    req.end()
  })

/** Reads an open stream's events until it ends, breaks, stays silent too long or is aborted; says why. */
const follow = (res: IncomingMessage, o: EventStreamOptions): Promise<string> =>
  new Promise((resolve) => {
    const parser = createSseParser(o.onEvent, o.maxEventBytes)
    let idle: NodeJS.Timeout | undefined
    const quiet = () => {
      clearTimeout(idle)
      idle = setTimeout(() => finish(`nothing for ${o.idleMs} ms`), o.idleMs)
    }
    const finish = (why: string) => {
      clearTimeout(idle)
      res.destroy()
      resolve(why)
    }
    res.setEncoding('utf8')
    res.on('data', (chunk: string) => {
      quiet()
      parser.push(chunk)
    })
    res.on('end', () => finish('the server ended the stream'))
    res.on('error', (error) => finish(`the stream broke (${error.message})`))
    res.on('close', () => finish('the connection closed'))
    quiet()
  })

/**
 * Opens a Server-Sent Events stream of a user-supplied URL through the SSRF guard (redirects checked like
 * the first URL). Resolves once the stream is open, with `closed`: why it ended, once it has.
 */
export const openEventStream = async (
  raw: string,
  o: EventStreamOptions,
): Promise<{ closed: Promise<string> }> => {
  let url = checkUrl(raw, o.policy)
  for (let hop = 0; ; hop++) {
    const res = await connect(url, o)
    const status = res.statusCode ?? 0
    const location = res.headers.location
    if (status >= 300 && status < 400 && location && hop < MAX_REDIRECTS) {
      res.resume()
      url = checkUrl(new URL(location, url).toString(), o.policy)
      continue
    }
    if (status !== 200) {
      res.resume()
      throw refused(url, status)
    }
    return { closed: follow(res, o) }
  }
}

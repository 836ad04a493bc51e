import { request as httpRequest, type IncomingMessage } from 'node:http'
import { request as httpsRequest } from 'node:https'
import { AppError } from '../../core/index.ts'
import { checkUrl, type NetPolicy } from './address-policy.ts'
import { guardedLookup } from './guarded-lookup.ts'

export interface SafeFetchOptions {
  policy: NetPolicy
  method?: 'GET' | 'POST'
  headers?: Record<string, string>
  body?: string
  /** the whole exchange, redirects included; 20 s by default */
  timeoutMs?: number
  /** a longer body is refused, not read to its end; 10 MiB by default */
  maxBytes?: number
  /** 5 by default; each hop is checked like the first URL */
  maxRedirects?: number
  signal?: AbortSignal
}

export interface SafeResponse {
  status: number
  /** lower-case names; repeated headers joined with `, ` */
  headers: Record<string, string>
  /** the URL that answered, after redirects */
  url: string
  body: Buffer
}

const REDIRECTS = new Set([301, 302, 303, 307, 308])

const headersOf = (res: IncomingMessage): Record<string, string> =>
  Object.fromEntries(
    Object.entries(res.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : String(v ?? '')]),
  )

/** Reads a body up to `maxBytes`, refusing a longer one (a 2 GB answer never fills the memory). */
const readBody = (res: IncomingMessage, maxBytes: number, url: string): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const declared = Number(res.headers['content-length'])
    const tooLarge = () =>
      new AppError(
        'invalid',
        `${url} answered more than ${maxBytes} bytes: refused (the limit protects the server)`,
      )
    if (Number.isFinite(declared) && declared > maxBytes) {
      res.destroy()
      return reject(tooLarge())
    }
    const chunks: Buffer[] = []
    let size = 0
    res.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > maxBytes) {
        res.destroy()
        reject(tooLarge())
      } else chunks.push(chunk)
    })
    res.on('end', () => resolve(Buffer.concat(chunks)))
    res.on('error', (error) =>
      reject(new AppError('unavailable', `${url}: the answer broke off (${error.message})`)),
    )
  })

const once = (url: URL, o: SafeFetchOptions, signal: AbortSignal): Promise<IncomingMessage> =>
  new Promise((resolve, reject) => {
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest
    const req = send(url, {
      method: o.method ?? 'GET',
      headers: { 'user-agent': 'Vigie/0.1 (+https://github.com/vigie)', ...o.headers },
      lookup: guardedLookup(o.policy),
      signal,
    })
    req.on('response', resolve)
    req.on('error', (error) =>
      reject(
        error instanceof AppError
          ? error
          : signal.aborted
            ? new AppError('unavailable', `${url.origin}: no answer within the time limit`)
            : new AppError('unavailable', `${url.origin}: ${error.message}`),
      ),
    )
    req.end(o.body)
  })

/**
 * GET (or POST) a user-supplied URL without letting it reach the server's own network: only http(s), every
 * address checked at connection time (redirects included), a time limit and a size limit.
 */
export const fetchSafely = async (raw: string, o: SafeFetchOptions): Promise<SafeResponse> => {
  const timeout = AbortSignal.timeout(o.timeoutMs ?? 20_000)
  const signal = o.signal ? AbortSignal.any([o.signal, timeout]) : timeout
  let url = checkUrl(raw, o.policy)
  for (let hop = 0; ; hop++) {
    const res = await once(url, o, signal)
    const location = res.headers.location
    if (REDIRECTS.has(res.statusCode ?? 0) && location) {
      res.resume()
      if (hop >= (o.maxRedirects ?? 5)) throw new AppError('unavailable', `${raw}: too many redirects`)
      url = checkUrl(new URL(location, url).toString(), o.policy)
      continue
    }
    const body = await readBody(res, o.maxBytes ?? 10 * 1024 * 1024, url.toString())
    return { status: res.statusCode ?? 0, headers: headersOf(res), url: url.toString(), body }
  }
}

import { AppError, isAppError } from '../../core/index.ts'
import { fetchSafely, type SafeResponse } from '../net/index.ts'
import { backoff, type MastodonDeps } from './mastodon-deps.ts'
import { rateLimitWait } from './rate-limit-wait.ts'

/** One JSON answer of the REST API. */
export interface MastodonAnswer {
  json: unknown
  /** the ids the `Link` header points at: `min_id` of its `prev` link (newer), `max_id` of its `next` (older) */
  link: { minId?: string; maxId?: string }
  /** the body was not valid UTF-8: statuses holding a replacement character are suspect */
  invalidUtf8: boolean
}

export interface MastodonClient {
  get(path: string, params: Record<string, string>, signal: AbortSignal): Promise<MastodonAnswer>
}

const linkIds = (header: string | undefined): MastodonAnswer['link'] => {
  const link: MastodonAnswer['link'] = {}
  for (const part of (header ?? '').split(',')) {
    const m = /<([^>]*)>\s*;\s*rel="?(\w+)"?/.exec(part)
    if (!m) continue
    const params = new URL(m[1]!, 'http://x').searchParams
    if (m[2] === 'prev' && params.get('min_id')) link.minId = params.get('min_id')!
    if (m[2] === 'next' && params.get('max_id')) link.maxId = params.get('max_id')!
  }
  return link
}

const decode = (body: Buffer): { text: string; invalidUtf8: boolean } => {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), invalidUtf8: false }
  } catch {
    return { text: body.toString('utf8'), invalidUtf8: true }
  }
}

/** A refusal the runner cannot fix by retrying: the user has to (token, account name, instance URL). */
const refusal = (where: string, res: SafeResponse): AppError => {
  let said = ''
  try {
    said = String((JSON.parse(res.body.toString('utf8')) as { error?: unknown }).error ?? '')
  } catch {}
  const detail = `${where} answered ${res.status}${said ? ` (${said.slice(0, 200)})` : ''}`
  if (res.status === 401)
    return new AppError('unauthenticated', `${detail}: this needs an access token (option accessToken)`)
  if (res.status === 403) return new AppError('forbidden', `${detail}: the instance refuses this read`)
  if (res.status === 404 || res.status === 410) return new AppError('not_found', detail)
  return new AppError('invalid', detail)
}

/**
 * GETs of one instance's REST API through the SSRF guard: rate limits waited for (before the next call
 * once `X-RateLimit-Remaining` is 0, and on a 429), 5xx, network errors and unreadable JSON retried with
 * backoff a bounded number of times, then an `unavailable` error.
 */
export const createMastodonClient = (
  instance: string,
  accessToken: string | undefined,
  deps: MastodonDeps,
): MastodonClient => {
  let notBefore = 0
  const headers: Record<string, string> = {
    accept: 'application/json',
    ...(accessToken && { authorization: `Bearer ${accessToken}` }),
  }
  const waitTurn = async (signal: AbortSignal) => {
    const wait = notBefore - deps.now()
    if (wait > deps.maxWaitMs)
      throw new AppError(
        'unavailable',
        `${instance} is rate limiting: no call before ${new Date(notBefore).toISOString()}`,
      )
    if (wait > 0) await deps.sleep(wait, signal)
  }
  const get = async (path: string, params: Record<string, string>, signal: AbortSignal) => {
    const query = new URLSearchParams(params).toString()
    const url = `${instance}${path}${query ? `?${query}` : ''}`
    let failed = 0
    let limited = 0
    const retry = async (why: string) => {
      if (++failed >= deps.maxAttempts)
        throw new AppError('unavailable', `${instance}${path}: ${why}, ${failed} tries: giving up for now`)
      await deps.sleep(backoff(deps, failed), signal)
    }
    for (;;) {
      await waitTurn(signal)
      if (signal.aborted) throw new AppError('unavailable', `${instance}: read stopped`)
      let res: SafeResponse
      try {
        res = await fetchSafely(url, {
          policy: deps.policy,
          headers,
          timeoutMs: deps.timeoutMs,
          maxBytes: deps.maxBytes,
          signal,
        })
      } catch (error) {
        if (signal.aborted || !isAppError(error) || error.code !== 'unavailable') throw error
        await retry(error.message)
        continue
      }
      const wait = rateLimitWait(res.status, res.headers, deps.now())
      if (wait !== undefined) notBefore = Math.max(notBefore, deps.now() + wait)
      if (res.status === 429) {
        if (++limited > deps.maxAttempts)
          throw new AppError('unavailable', `${instance}${path}: still rate limited after ${limited} waits`)
        continue
      }
      if (res.status >= 500) {
        await retry(`answered ${res.status}`)
        continue
      }
      if (res.status !== 200) throw refusal(`${instance}${path}`, res)
      const { text, invalidUtf8 } = decode(res.body)
      try {
        return { json: JSON.parse(text) as unknown, link: linkIds(res.headers.link), invalidUtf8 }
      } catch {
        await retry('the answer is not JSON (cut short?)')
      }
    }
  }
  return { get }
}

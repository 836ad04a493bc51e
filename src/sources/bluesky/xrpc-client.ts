import { AppError, isAppError } from '../../core/index.ts'
import { fetchSafely, type NetPolicy, type SafeResponse } from '../net/index.ts'
import { backoff, type Sleep } from './backoff.ts'

export interface XrpcDeps {
  policy: NetPolicy
  sleep: Sleep
  random: () => number
  /** wall clock in milliseconds (rate-limit resets are epoch seconds) */
  now: () => number
  timeoutMs?: number
  maxBytes?: number
  /** tries after the first, on 429, 5xx and network errors */
  retries?: number
}

export interface XrpcCall {
  method?: 'GET' | 'POST'
  body?: unknown
  token?: string
  signal: AbortSignal
}

/** How long the server asks to wait: Retry-After (seconds or a date), else the rate limit's reset. */
const askedWait = (res: SafeResponse, now: number): number | undefined => {
  const after = res.headers['retry-after']
  if (after) {
    const seconds = Number(after)
    const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(after) - now
    if (Number.isFinite(ms)) return Math.max(0, ms)
  }
  const reset = Number(res.headers['ratelimit-reset'])
  return Number.isFinite(reset) && reset > 0 ? Math.max(0, reset * 1000 - now) : undefined
}

const failure = (url: string, res: SafeResponse): AppError => {
  let detail = ''
  try {
    const body = JSON.parse(res.body.toString()) as { error?: string; message?: string }
    detail = [body.error, body.message].filter(Boolean).join(': ')
  } catch {}
  const what = `${new URL(url).pathname} answered ${res.status}${detail ? ` (${detail})` : ''}`
  if (res.status === 401) return new AppError('unauthenticated', what)
  if (res.status === 403)
    return new AppError('forbidden', `${what}: searchPosts often refuses anonymous calls, set a login`, {
      status: 403,
    })
  return new AppError('invalid', what)
}

/**
 * XRPC calls to an AppView or PDS through the SSRF guard: waits when the rate limit is spent
 * (`ratelimit-remaining: 0` until `ratelimit-reset`) or on 429, retries 5xx and network errors with
 * exponential backoff and jitter, then gives up with an `unavailable` error.
 */
export const createXrpcClient = (deps: XrpcDeps) => {
  let resumeAt = 0
  const call = async (url: string, o: XrpcCall): Promise<unknown> => {
    const tries = (deps.retries ?? 4) + 1
    let last = ''
    for (let attempt = 1; attempt <= tries && !o.signal.aborted; attempt++) {
      if (resumeAt > deps.now()) await deps.sleep(resumeAt - deps.now(), o.signal)
      let res: SafeResponse
      try {
        res = await fetchSafely(url, {
          policy: deps.policy,
          method: o.method ?? 'GET',
          headers: {
            accept: 'application/json',
            ...(o.body !== undefined && { 'content-type': 'application/json' }),
            ...(o.token && { authorization: `Bearer ${o.token}` }),
          },
          ...(o.body !== undefined && { body: JSON.stringify(o.body) }),
          timeoutMs: deps.timeoutMs ?? 20_000,
          maxBytes: deps.maxBytes ?? 10 * 1024 * 1024,
          signal: o.signal,
        })
      } catch (error) {
        if (!isAppError(error) || error.code !== 'unavailable') throw error
        last = error.message
        await deps.sleep(backoff(attempt, 1000, deps.random), o.signal)
        continue
      }
      if (res.headers['ratelimit-remaining'] === '0')
        resumeAt = deps.now() + (askedWait(res, deps.now()) ?? 0)
      if (res.status === 429 || res.status >= 500) {
        last = `${new URL(url).pathname} answered ${res.status}`
        const wait = res.status === 429 ? askedWait(res, deps.now()) : undefined
        await deps.sleep(wait ?? backoff(attempt, 1000, deps.random), o.signal)
        continue
      }
      if (res.status >= 400) throw failure(url, res)
      return parseJson(url, res)
    }
    throw new AppError('unavailable', `${new URL(url).host}: ${last || 'aborted'}, after ${tries} tries`)
  }
  return { call }
}
export type XrpcClient = ReturnType<typeof createXrpcClient>

const parseJson = (url: string, res: SafeResponse): unknown => {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(res.body))
  } catch (error) {
    throw new AppError(
      'unavailable',
      `${new URL(url).pathname}: not a JSON answer (${(error as Error).message})`,
    )
  }
}

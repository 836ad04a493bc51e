import { AppError } from '../../core/index.ts'
import type { SafeResponse } from '../net/index.ts'
import type { RedditSourceOptions } from './reddit-source-options.ts'
import { createTokenSource } from './reddit-token.ts'
import { createSender, type SendDeps } from './send-with-retries.ts'

export interface RedditClient {
  /** GET a JSON path of the API (`/r/france/new`), with its query; the answer parsed, not yet checked */
  getJson(path: string, query: Record<string, string>, label: string, signal: AbortSignal): Promise<unknown>
}

const utf8 = new TextDecoder('utf-8', { fatal: true })

/** The body as JSON, or why not (invalid UTF-8, a truncated or an HTML answer). */
const parseBody = (res: SafeResponse): { ok: true; json: unknown } | { ok: false; reason: string } => {
  let text: string
  try {
    text = utf8.decode(res.body)
  } catch {
    return { ok: false, reason: 'the answer is not valid UTF-8' }
  }
  try {
    return { ok: true, json: JSON.parse(text) }
  } catch {
    return {
      ok: false,
      reason: `the answer is not JSON (${res.body.length} bytes, truncated or an error page)`,
    }
  }
}

const refusal = (status: number, label: string): AppError => {
  if (status === 403)
    return new AppError(
      'forbidden',
      `${label}: Reddit answered 403 (a private, quarantined or banned subreddit, or a blocked User-Agent or address; the public endpoints often need app credentials)`,
      { status },
    )
  if (status === 404)
    return new AppError('not_found', `${label}: Reddit answered 404 (no such subreddit, user or thread)`, {
      status,
    })
  if (status === 401)
    return new AppError('invalid', `${label}: Reddit refused the access token (401)`, { status })
  return new AppError('unavailable', `${label}: Reddit answered ${status}`, { status })
}

/**
 * Reddit's API: with app credentials, `https://oauth.reddit.com` with a bearer token (renewed when it expires,
 * and once on a 401); without, the public `https://www.reddit.com/….json`. Always with the User-Agent.
 */
export const createRedditClient = (o: RedditSourceOptions, deps: SendDeps): RedditClient => {
  const send = createSender(deps, o)
  const oauth = o.clientId !== undefined
  const token = oauth ? createTokenSource(o, send, deps.now) : undefined
  const base = (o.baseUrl ?? (oauth ? 'https://oauth.reddit.com' : 'https://www.reddit.com')).replace(
    /\/+$/,
    '',
  )

  const urlOf = (path: string, query: Record<string, string>) => {
    // oauth.reddit.com serves JSON at the bare path; www.reddit.com needs the .json suffix
    const url = new URL(`${base}${path}${oauth ? '' : '.json'}`)
    for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v)
    return url.toString()
  }

  return {
    async getJson(path, query, label, signal) {
      for (let renewed = false; ; renewed = true) {
        const headers: Record<string, string> = { 'user-agent': o.userAgent, accept: 'application/json' }
        if (token) headers.authorization = `bearer ${await token.get(signal)}`
        let json: unknown
        // a 2xx body that does not parse (a truncated answer) is retried like a 5xx
        const check = (r: SafeResponse) => {
          const parsed = parseBody(r)
          if (parsed.ok) json = parsed.json
          return parsed.ok ? undefined : parsed.reason
        }
        const res = await send({ url: urlOf(path, query), label, headers, check }, signal)
        if (res.status === 401 && token && !renewed) {
          token.invalidate()
          continue
        }
        if (res.status < 200 || res.status >= 300) throw refusal(res.status, label)
        return json
      }
    },
  }
}

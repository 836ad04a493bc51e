import { z } from 'zod'
import { AppError } from '../../core/index.ts'
import type { RedditSourceOptions } from './reddit-source-options.ts'
import type { Send } from './send-with-retries.ts'

const TokenAnswer = z.object({
  access_token: z.string().min(1),
  token_type: z.string().optional(),
  expires_in: z.number().positive().default(3600),
})

/** renewed a minute before it expires, so that a long read does not meet a 401 */
const MARGIN_MS = 60_000

/** The grant the options allow: password ("script" app acting as a user), client credentials, or installed app. */
const grantOf = (o: RedditSourceOptions): URLSearchParams =>
  o.username && o.password
    ? new URLSearchParams({ grant_type: 'password', username: o.username, password: o.password })
    : o.clientSecret
      ? new URLSearchParams({ grant_type: 'client_credentials' })
      : new URLSearchParams({
          grant_type: 'https://oauth.reddit.com/grants/installed_client',
          device_id: 'DO_NOT_TRACK_THIS_DEVICE',
        })

/**
 * An application-only (or script) OAuth token from `tokenUrl`, fetched on first use and renewed when it
 * expires or when the API answers 401 (`invalidate`).
 */
export const createTokenSource = (o: RedditSourceOptions, send: Send, now: () => number) => {
  let token: { value: string; expiresAt: number } | undefined
  const basic = Buffer.from(`${o.clientId}:${o.clientSecret ?? ''}`).toString('base64')

  const fetchToken = async (signal: AbortSignal) => {
    const res = await send(
      {
        url: o.tokenUrl,
        label: 'Reddit access token',
        method: 'POST',
        headers: {
          authorization: `Basic ${basic}`,
          'content-type': 'application/x-www-form-urlencoded',
          'user-agent': o.userAgent,
        },
        body: grantOf(o).toString(),
      },
      signal,
    )
    let body: unknown
    try {
      body = JSON.parse(res.body.toString('utf8'))
    } catch {
      body = undefined
    }
    const parsed = TokenAnswer.safeParse(body)
    if (res.status !== 200 || !parsed.success) {
      // Reddit answers 401 to a wrong client id or secret, 200 with {"error": …} to a wrong password
      const error = (body as { error?: unknown } | undefined)?.error
      throw new AppError(
        'invalid',
        `Reddit refused the app credentials (${res.status}${typeof error === 'string' ? `, ${error}` : ''}): check clientId, clientSecret, username and password`,
      )
    }
    return { value: parsed.data.access_token, expiresAt: now() + parsed.data.expires_in * 1000 - MARGIN_MS }
  }

  return {
    async get(signal: AbortSignal): Promise<string> {
      if (!token || now() >= token.expiresAt) token = await fetchToken(signal)
      return token.value
    },
    invalidate() {
      token = undefined
    },
  }
}

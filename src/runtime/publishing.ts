import { signWebhookBody } from '../alerts/index.ts'
import { AppError, type Publisher } from '../core/index.ts'
import {
  createBlueskyPublisher,
  createMastodonPublisher,
  createWebhookPublisher,
  type HttpPost,
  type PublishClient,
  type PublishContext,
  publishDueDrafts,
} from '../response/index.ts'
import { fetchSafely, type NetPolicy } from '../sources/index.ts'
import type { Runtime } from './runtime.ts'

export interface PublishingOptions {
  /** the environment the publishers' secrets are read from (`secretEnv` names a variable of it) */
  env: Record<string, string | undefined>
  /** the SSRF guard's policy: a publisher on a private address needs its host allowed */
  policy: NetPolicy
  /** how often scheduled replies are looked for: 30 s by default */
  everyMs?: number
}

/** The client of each publisher: its secret from the environment, its requests through the SSRF guard. */
export const publishClients = (
  rt: Pick<Runtime, 'clock'>,
  options: Pick<PublishingOptions, 'env' | 'policy'>,
): ((publisher: Publisher) => PublishClient) => {
  const post: HttpPost = async (url, request) => {
    const res = await fetchSafely(url, {
      policy: options.policy,
      method: 'POST',
      headers: request.headers,
      body: request.body,
      timeoutMs: 20_000,
      maxBytes: 256 * 1024,
      maxRedirects: 0,
    })
    return { status: res.status, headers: res.headers, body: res.body }
  }
  const now = () => rt.clock.now()
  return (publisher) => {
    const secret = options.env[publisher.secretEnv]
    if (!secret)
      throw new AppError(
        'unavailable',
        `publisher ${publisher.id}: the environment variable ${publisher.secretEnv} is not set where vigie serve runs`,
        { reason: 'secret_missing', variable: publisher.secretEnv },
      )
    switch (publisher.kind) {
      case 'mastodon':
        return createMastodonPublisher(publisher, { post, token: secret })
      case 'bluesky':
        return createBlueskyPublisher(publisher, { post, appPassword: secret, now })
      case 'webhook':
        return createWebhookPublisher(publisher, {
          post,
          now,
          sign: (timestamp, body) => signWebhookBody(secret, timestamp, body),
        })
    }
  }
}

/**
 * Publishing, running: the clients the API publishes with, and a round every 30 s that sends the scheduled
 * replies whose time has come (none while a workspace's pause switch is on).
 */
export const startPublishing = (rt: Runtime, options: PublishingOptions) => {
  const ctx: PublishContext = { store: rt.store, clock: rt.clock, clientFor: publishClients(rt, options) }
  let running = false
  const round = async () => {
    if (running) return
    running = true
    try {
      const done = await publishDueDrafts(ctx)
      for (const failed of done.failed)
        rt.log.warn({ draft: failed.id, reason: failed.reason }, 'scheduled reply not published')
      if (done.published.length > 0) rt.log.info({ drafts: done.published }, 'scheduled replies published')
    } catch (error) {
      rt.log.error({ error }, 'publishing round failed')
    } finally {
      running = false
    }
  }
  const timer = setInterval(round, options.everyMs ?? 30_000)
  timer.unref()
  return { clientFor: ctx.clientFor, round, stop: () => clearInterval(timer) }
}

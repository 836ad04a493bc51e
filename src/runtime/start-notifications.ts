import {
  createNoticeHub,
  createNotificationSenders,
  createNotifier,
  createSmtpMailer,
  type PostFunction,
} from '../alerts/index.ts'
import { fetchSafely } from '../sources/index.ts'
import type { Runtime } from './runtime.ts'

/**
 * The workspaces' notification rules, running: stored mentions and raised alerts reach the notifier, a
 * ticker sends grouped messages and digests every minute. Webhooks go through the SSRF guard; email needs
 * `notifications.smtp`. Returns what the HTTP app shows (notices, test messages) and how to stop.
 */
export const startNotifications = (rt: Runtime) => {
  const policy = { allowHosts: rt.config.network.allowHosts }
  const post: PostFunction = async (url, request) => {
    // a chat tool answers quickly and briefly; a redirect is not followed (docs/notifications.md)
    const res = await fetchSafely(url, {
      policy,
      method: 'POST',
      headers: request.headers,
      body: request.body,
      signal: request.signal,
      timeoutMs: 10_000,
      maxBytes: 64 * 1024,
      maxRedirects: 0,
    })
    return { status: res.status, headers: res.headers, body: res.body }
  }
  const smtp = rt.config.notifications.smtp
  const notices = createNoticeHub({
    onListenerError: (error) => rt.log.warn({ error }, 'notice listener failed'),
  })
  const notifier = createNotifier({
    store: rt.store,
    clock: rt.clock,
    channels: createNotificationSenders({
      post,
      notices,
      clock: rt.clock,
      ...(smtp ? { mailer: createSmtpMailer(smtp) } : {}),
    }),
    log: rt.log,
    meter: rt.meter,
    baseUrl: rt.config.notifications.baseUrl,
  })
  rt.notifier = notifier
  const ticker = setInterval(
    () => void notifier.tick().catch((error) => rt.log.warn({ error }, 'notification tick failed')),
    60_000,
  )
  ticker.unref()
  return {
    notifier,
    notices,
    stop: async () => {
      clearInterval(ticker)
      rt.notifier = undefined
      await notifier.idle()
    },
  }
}

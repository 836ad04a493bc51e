import type { Logger } from 'pino'
import type { AlertFeed, NoticeFeed, Notifier } from '../alerts/index.ts'
import type { Clock, Meter, Publisher } from '../core/index.ts'
import type { PublishClient } from '../response/index.ts'
import type { Runtime } from '../runtime/index.ts'
import type { Store } from '../store/index.ts'
import type { RateLimit } from './rate-limit.ts'
import type { AccessSettings } from './request-guard.ts'

/** What the HTTP app needs, built by the runtime (or a test). */
export interface ApiContext {
  store: Store
  /** live alerts for the SSE stream (the runtime's AlertHub) */
  hub: AlertFeed
  meter: Meter
  log?: Logger
  version: string
  /** sends a rule's test message (`POST …/notification-rules/:id/test`); absent, that route is unavailable */
  notifier?: Pick<Notifier, 'sendTest'>
  /** the dashboard's notifications, sent on the live stream as `event: notification` */
  notices?: NoticeFeed
  /** called after a brand query was created, changed or deleted, so the running pipeline picks it up */
  onQueriesChanged?: (workspaceId: string) => void | Promise<void>
  /** called after a workspace's settings (its language) changed, so the running pipeline picks them up */
  onWorkspaceChanged?: (workspaceId: string) => void | Promise<void>
  /** called after an analyst corrected a mention's sentiment, so the workspace's model learns from it */
  onCorrection?: (workspaceId: string) => void | Promise<void>
  /** "now" for default time ranges and the page's last 48 h; the system clock by default */
  clock?: Clock
  /** period of the SSE heartbeat comment, 15 s by default */
  heartbeatMs?: number
  /** the host names and origins it accepts (`server` config); localhost only by default */
  access?: AccessSettings
  /**
   * the built dashboard (`npm run build:web`, dist/web by default): `/` serves its index.html; `null` or a
   * folder without one: `/` shows the server-rendered live page
   */
  dashboardDir?: string | null
  /** the running pipelines: sources are checked and pushed mentions analysed with them (`vigie serve`) */
  runtime?: Runtime
  /** the largest file an import may upload, 50 MiB by default (`UPLOAD_LIMIT_BYTES`) */
  uploadLimitBytes?: number
  /** called after a source was added, changed or removed, so the runner reads the new set */
  onSourcesChanged?: (workspaceId: string) => void | Promise<void>
  /**
   * the publishers' clients (`vigie serve`: secrets from its environment, through the SSRF guard); absent,
   * publishing now answers 503 (scheduling still works, a running server sends it)
   */
  publishClients?: (publisher: Publisher) => PublishClient
  /** prints a page to PDF (`vigie serve`: with Chromium); absent, reports are HTML only */
  printPdf?: (html: string) => Promise<Buffer>
  /** called after a workspace's owned accounts changed, so analysis and the sources read them */
  onOwnedAccountsChanged?: (workspaceId: string) => void | Promise<void>
  /** logins, sessions and limits; accounts are always required except where `demoWorkspaceId` opens one */
  auth?: AuthSettings
}

export interface AuthSettings {
  /** `npm start`'s demo: a visitor without a login reads this workspace (read-only), nothing else */
  demoWorkspaceId?: string
  /** send the session cookie with `Secure` (set it when Vigie is served over HTTPS) */
  secureCookies?: boolean
  /** behind a reverse proxy: take the client's address from X-Forwarded-For (for the login limit) */
  trustProxy?: boolean
  /** failed logins per address: 10 per 15 minutes by default */
  loginLimit?: RateLimit
  /** requests per caller: 1,200 a minute by default */
  apiLimit?: RateLimit
}

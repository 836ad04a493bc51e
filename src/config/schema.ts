import { z } from 'zod'
import { OwnedAccount } from '../core/index.ts'

/** A list from a config file (an array) or from an environment variable (comma-separated). */
const commaList = (item: z.ZodString) =>
  z.preprocess(
    (value) =>
      typeof value === 'string'
        ? value
            .split(',')
            .map((v) => v.trim())
            .filter(Boolean)
        : value,
    z.array(item),
  )
/** `vigie.example.org` or `vigie.example.org:8443`, any case */
const hostList = commaList(
  z
    .string()
    .regex(
      /^[a-zA-Z0-9.-]+(:\d{1,5})?$|^\[[0-9a-fA-F:.]+\](:\d{1,5})?$/,
      'a host name, e.g. vigie.example.org',
    ),
)
/** `https://intranet.example.org`: scheme, host and port only */
const originList = commaList(
  z
    .string()
    .regex(
      /^https?:\/\/[^/\s]+$/,
      'an origin: scheme://host[:port], without a path, e.g. https://intranet.example.org',
    ),
)

/** One strict schema, grouped by module; each module receives only its slice. */
export const Config = z
  .object({
    server: z
      .object({
        host: z.string().default('127.0.0.1'),
        port: z.coerce.number().int().min(0).max(65535).default(8080),
        /**
         * names the server answers to besides localhost, IP addresses and `host` (the name of a proxy or of
         * the machine on the network, e.g. `vigie.example.org`): any other `Host` header is refused (DNS rebinding)
         */
        allowedHosts: hostList.default([]),
        /**
         * other sites allowed to send changes (POST, PUT, PATCH, DELETE), e.g. `https://intranet.example.org`;
         * the server's own pages always are
         */
        allowedOrigins: originList.default([]),
      })
      .strict()
      .default({ host: '127.0.0.1', port: 8080, allowedHosts: [], allowedOrigins: [] }),
    store: z
      .object({
        /** `sqlite` (embedded, one process) or `postgres` (when one machine is not enough) */
        kind: z.enum(['sqlite', 'postgres']).default('sqlite'),
        /** folder holding vigie.db (sqlite) */
        dataDir: z.string().default('./data'),
        /** postgres://user@host:5432/db (postgres) */
        url: z.string().optional(),
        /** the PostgreSQL schema holding Vigie's tables */
        schema: z.string().default('public'),
      })
      .strict()
      .refine((s) => s.kind !== 'postgres' || s.url, {
        message: 'store.url is required when store.kind is postgres',
        path: ['url'],
      })
      .default({ kind: 'sqlite', dataDir: './data', schema: 'public' }),
    analysis: z
      .object({
        /**
         * worker threads that analyse long imports while the main thread stores and detects; `auto` is one
         * when the machine has two cores or more, none otherwise (0 keeps everything on the main thread)
         */
        workers: z.union([z.literal('auto'), z.coerce.number().int().min(0).max(16)]).default('auto'),
      })
      .strict()
      .default({ workers: 'auto' }),
    ingest: z
      .object({
        /**
         * mentions dated before this day are quarantined as dead letters (a zero Unix time reads as 1970 and
         * would make detection believe decades of silence ended today); ISO date
         */
        notBefore: z.iso.date().default('2000-01-01'),
        /** mentions dated more than this many hours after now (event time) are quarantined: a post from 2099 would
         * move event time past every real post, and detection would ignore them all as late */
        maxFutureHours: z.coerce.number().nonnegative().default(24),
      })
      .strict()
      .default({ notBefore: '2000-01-01', maxFutureHours: 24 }),
    bus: z
      .object({
        /**
         * the NATS JetStream server (`nats://127.0.0.1:4222`) that carries messages between stages; without it
         * the bus stays inside the process (the default)
         */
        url: z
          .string()
          .regex(/^(nats|tls):\/\/[^\s]+$/, 'a nats:// or tls:// URL, e.g. nats://127.0.0.1:4222')
          .optional(),
        /** the first token of the subjects and the start of the stream names, so installations can share a server */
        prefix: z
          .string()
          .regex(/^[A-Za-z0-9_-]+$/, 'letters, digits, dash or underscore')
          .default('vigie'),
        /** attempts per message before it becomes a dead letter with its reason */
        maxDeliver: z.coerce.number().int().min(1).max(100).default(5),
        /** how long NATS waits for an acknowledgement before it sends a message again, in seconds */
        ackWaitSeconds: z.coerce.number().int().min(1).max(3600).default(30),
        /** how long a detect worker's partitions stay its own after it stopped renewing them (it died), in seconds */
        leaseSeconds: z.coerce.number().int().min(1).max(3600).default(15),
      })
      .strict()
      .default({ prefix: 'vigie', maxDeliver: 5, ackWaitSeconds: 30, leaseSeconds: 15 }),
    log: z
      .object({
        level: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
      })
      .strict()
      .default({ level: 'info' }),
    alerts: z
      .object({
        webhook: z
          .object({
            url: z.string().url(),
            /** HMAC-SHA256 key for the `X-Vigie-Signature` header */
            secret: z.string().min(16),
            maxAttempts: z.coerce.number().int().min(1).max(20).default(6),
          })
          .strict()
          .optional(),
      })
      .strict()
      .default({}),
    notifications: z
      .object({
        /** the address people open Vigie at (`https://vigie.example.org`): messages link to the dashboard */
        baseUrl: z.string().url().optional(),
        /** the mail server notification emails go through (email channels fail without it) */
        smtp: z
          .object({
            /** `smtp://user:password@host:587` or `smtps://…:465`; wins over the fields below */
            url: z
              .string()
              .regex(/^smtps?:\/\/[^\s]+$/, 'an smtp:// or smtps:// URL')
              .optional(),
            host: z.string().min(1).optional(),
            port: z.coerce.number().int().min(1).max(65535).default(587),
            /** TLS from the first byte (port 465); otherwise STARTTLS when the server offers it */
            secure: z.coerce.boolean().default(false),
            user: z.string().optional(),
            password: z.string().optional(),
            /** the sender: `Vigie <vigie@example.org>` */
            from: z.string().min(3),
          })
          .strict()
          .refine((s) => s.url !== undefined || s.host !== undefined, {
            message: 'notifications.smtp needs a host (or a url)',
            path: ['host'],
          })
          .optional(),
      })
      .strict()
      .default({}),
    network: z
      .object({
        /**
         * hosts that user-supplied URLs (feeds, instances, webhooks) may reach although they are private or
         * loopback addresses (an intranet feed, a local test server): names or addresses, exactly
         */
        allowHosts: hostList.default([]),
      })
      .strict()
      .default({ allowHosts: [] }),
    reports: z
      .object({
        /** the Chromium (or Chrome) that prints crisis reports as PDF; without one, reports are HTML only */
        chromium: z.string().min(1).default('/usr/bin/chromium'),
      })
      .strict()
      .default({ chromium: '/usr/bin/chromium' }),
    runner: z
      .object({
        /**
         * how often `vigie serve` re-reads the sources and owned accounts from the store, so what another
         * process (the CLI) changed is picked up without a restart; in seconds
         */
        reloadSeconds: z.coerce.number().int().min(1).max(3600).default(30),
      })
      .strict()
      .default({ reloadSeconds: 30 }),
    /** sources declared in the file, added (or updated) in their workspace at each start of `vigie serve` */
    sources: z
      .array(
        z
          .object({
            workspace: z.string().min(1),
            id: z.string().min(1),
            kind: z.enum(['rss', 'mastodon', 'bluesky', 'reddit', 'webhook']),
            url: z.string().optional(),
            every: z.string().optional(),
            options: z.record(z.string(), z.unknown()).default({}),
            enabled: z.boolean().default(true),
          })
          .strict(),
      )
      .default([]),
    /**
     * the brand's own accounts, per workspace and network, added to those the workspace already has at each
     * start of `vigie serve`: their posts are marked owned whatever source brings them
     */
    ownedAccounts: z.array(OwnedAccount.extend({ workspace: z.string().min(1) }).strict()).default([]),
    auth: z
      .object({
        /** on the first start without any user: the administrator's email (a one-time password is printed without) */
        adminEmail: z.string().optional(),
        /** on the first start without any user: the administrator's password (at least 10 characters) */
        adminPassword: z.string().optional(),
        /** send the session cookie with `Secure`: set it when Vigie is served over HTTPS */
        secureCookies: z.coerce.boolean().default(false),
        /** behind a reverse proxy: read the client's address from X-Forwarded-For (the login limit uses it) */
        trustProxy: z.coerce.boolean().default(false),
      })
      .strict()
      .default({ secureCookies: false, trustProxy: false }),
    demo: z
      .object({
        enabled: z.coerce.boolean().default(true),
        /** event-time seconds per wall-clock second while the demo crisis replays */
        speed: z.coerce.number().positive().default(60),
        /** wall-clock seconds after start when the crisis begins */
        crisisAfterSeconds: z.coerce.number().nonnegative().default(60),
      })
      .strict()
      .default({ enabled: true, speed: 60, crisisAfterSeconds: 60 }),
  })
  .strict()
export type Config = z.infer<typeof Config>
export type ConfigInput = z.input<typeof Config>

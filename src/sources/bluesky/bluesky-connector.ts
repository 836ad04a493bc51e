import { AppError, describeIssues } from '../../core/index.ts'
import { type NetPolicy, OPEN_INTERNET } from '../net/index.ts'
import type { Connector } from '../port.ts'
import { backfill } from './backfill.ts'
import { type Sleep, sleepUnlessAborted } from './backoff.ts'
import { decodeCursor } from './bluesky-cursor.ts'
import { type BlueskySourceInput, BlueskySourceOptions } from './bluesky-source-options.ts'
import { createKnownPosts, type Engagement } from './known-posts.ts'
import { logIn, resolveAccounts } from './log-in.ts'
import { planRead } from './plan-read.ts'
import { readJetstream } from './read-jetstream.ts'
import { createXrpcClient } from './xrpc-client.ts'

export interface BlueskyDeps {
  /** which hosts user-supplied URLs may reach; the open internet only by default */
  policy?: NetPolicy
  /** the workspace's brand queries, compiled: posts that match none are dropped unread; all kept by default */
  matches?: (text: string) => boolean
  /** likes, reposts and replies counted on a delivered post, as they come */
  onEngagement?: (engagement: Engagement) => void
  /** where `login.appPasswordEnv` is looked up (the runtime passes its environment) */
  env?: Readonly<Record<string, string | undefined>>
  sleep?: Sleep
  random?: () => number
  /** wall clock, milliseconds */
  now?: () => number
  /** reconnections in a row without a new event before the read fails (8 by default) */
  maxReconnects?: number
  /** the largest API answer read (10 MiB by default) */
  maxBytes?: number
  /** posts remembered for reposts and counts (20,000 by default) */
  knownPosts?: number
}

const parseOptions = (input: BlueskySourceInput): BlueskySourceOptions => {
  const parsed = BlueskySourceOptions.safeParse(input)
  if (parsed.success) return parsed.data
  throw new AppError('invalid', `bluesky source: ${describeIssues(parsed.error.issues).join('; ')}`)
}

/**
 * Bluesky as a connector: the brand's recent history from the search API and its accounts' feeds, then
 * Jetstream for ever (posts filtered on the fly, reposts of delivered posts, likes counted). See
 * docs/connectors.md, _Bluesky_.
 */
export const createBlueskyConnector = (input: BlueskySourceInput, deps: BlueskyDeps = {}): Connector => {
  const options = parseOptions(input)
  const policy = deps.policy ?? OPEN_INTERNET
  const sleep = deps.sleep ?? sleepUnlessAborted
  const random = deps.random ?? Math.random
  const now = deps.now ?? Date.now
  const xrpc = createXrpcClient({
    policy,
    sleep,
    random,
    now,
    ...(deps.maxBytes && { maxBytes: deps.maxBytes }),
  })
  return {
    kind: 'bluesky',
    async *read(cursor, signal) {
      const known = createKnownPosts(deps.knownPosts ?? 20_000, deps.onEngagement)
      const owned = await resolveAccounts(xrpc, options.appView, options.accounts, signal)
      const plan = planRead({
        start: cursor ? decodeCursor(cursor) : undefined,
        nowMs: now(),
        backfillHours: options.backfillHours,
        retentionHours: options.jetstreamRetentionHours,
        canBackfill: options.search.length + options.accounts.length > 0,
      })
      if (plan.backfill) {
        const token = options.login && (await logIn(xrpc, options.login, deps.env ?? {}, signal))
        yield* backfill({
          ...plan.backfill,
          xrpc,
          base: token ? options.login!.service : options.appView,
          ...(token && { token }),
          maxPages: options.maxPages,
          signal,
          terms: options.search,
          accounts: options.accounts,
          jetstreamFrom: plan.stream.t,
          known,
        })
      }
      yield* readJetstream(
        plan.stream,
        {
          url: options.jetstream,
          policy,
          sleep,
          random,
          known,
          owned,
          matches: deps.matches ?? (() => true),
          ...(deps.maxReconnects !== undefined && { maxReconnects: deps.maxReconnects }),
        },
        signal,
      )
    },
  }
}

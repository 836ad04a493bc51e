import { setTimeout as delay } from 'node:timers/promises'
import { AppError, describeIssues, isAppError } from '../../core/index.ts'
import { type NetPolicy, OPEN_INTERNET } from '../net/index.ts'
import type { Connector, SourceItem } from '../port.ts'
import { type DeliverContext, deliverThings } from './deliver-things.ts'
import { flattenThread } from './flatten-thread.ts'
import { listingSpecs } from './listing-specs.ts'
import { readNewThings } from './read-new-things.ts'
import { createRedditClient, type RedditClient } from './reddit-client.ts'
import { compareMarks, parseRedditCursor, type RedditState, type Thread } from './reddit-cursor.ts'
import { type RedditSourceInput, RedditSourceOptions } from './reddit-source-options.ts'

export interface RedditDeps {
  /** which hosts the URLs may reach; tests allow 127.0.0.1 */
  policy?: NetPolicy
  /** rate-limit and backoff waits */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>
  /** milliseconds since the epoch: token expiry, rate-limit pauses, thread watch window */
  now?: () => number
  /** the backoff's jitter, in [0, 1) */
  random?: () => number
}

interface ReadContext {
  o: RedditSourceOptions
  client: RedditClient
  now: () => number
}

/** Threads are watched `threadHours` after their post, at most `maxThreads` of them (the newest). */
const keepThreads = (threads: Thread[], ctx: ReadContext): Thread[] => {
  const since = ctx.now() / 1000 - ctx.o.threadHours * 3600
  return threads
    .filter((t) => t.created >= since)
    .sort((a, b) => b.created - a.created)
    .slice(0, ctx.o.maxThreads)
}

const watch = (state: RedditState, ctx: ReadContext) => (post: { id: string; created_utc: number }) => {
  if (state.threads.some((t) => t.id === post.id)) return
  state.threads = keepThreads([...state.threads, { id: post.id, created: post.created_utc, skip: [] }], ctx)
}

async function* readThreads(
  state: RedditState,
  ctx: ReadContext,
  deliver: DeliverContext,
  signal: AbortSignal,
) {
  // oldest thread first; a thread dropped here is remembered with the next item delivered
  for (const thread of [...state.threads].sort((a, b) => a.created - b.created)) {
    if (signal.aborted) return
    const label = `thread ${thread.id}`
    let json: unknown
    try {
      json = await ctx.client.getJson(`/comments/${thread.id}`, { sort: 'new', limit: '500' }, label, signal)
    } catch (error) {
      // a thread removed or made private since: no longer watched, the other threads go on
      if (!isAppError(error) || (error.code !== 'not_found' && error.code !== 'forbidden')) throw error
      state.threads = state.threads.filter((t) => t !== thread)
      continue
    }
    const title = titleOf(json)
    const comments = flattenThread(json, label, title).sort((a, b) =>
      a.mark && b.mark ? compareMarks(a.mark, b.mark) : a.mark ? 1 : b.mark ? -1 : 0,
    )
    yield* deliverThings(comments, thread, deliver)
  }
}

/** The post's title, from the first listing of a thread answer. */
const titleOf = (json: unknown): string | undefined => {
  const post = (json as { data?: { children?: { data?: { title?: unknown } }[] } }[] | undefined)?.[0]?.data
    ?.children?.[0]?.data
  return typeof post?.title === 'string' ? post.title : undefined
}

async function* readReddit(
  ctx: ReadContext,
  cursor: string | undefined,
  signal: AbortSignal,
): AsyncGenerator<SourceItem> {
  const state = parseRedditCursor(cursor)
  const specs = listingSpecs(ctx.o)
  state.listings = Object.fromEntries(specs.map((s) => [s.key, state.listings[s.key] ?? { skip: [] }]))
  state.threads = ctx.o.comments ? keepThreads(state.threads, ctx) : []
  const deliver: DeliverContext = {
    state,
    seen: new Set(),
    ...(ctx.o.comments && { onLink: watch(state, ctx) }),
  }
  try {
    for (const spec of specs) {
      if (signal.aborted) return
      const progress = state.listings[spec.key]!
      const things = await readNewThings(ctx.client, spec, progress.mark, ctx.o.maxPages, signal)
      yield* deliverThings(things.reverse(), progress, deliver)
    }
    if (ctx.o.comments) yield* readThreads(state, ctx, deliver, signal)
  } catch (error) {
    // a read stopped on purpose ends quietly; its last cursor resumes it
    if (signal.aborted) return
    throw error
  }
}

/**
 * Reddit as a connector: new posts of subreddits, search results, the owned accounts' submissions and
 * comments, and the comments of the threads delivered; each listing oldest first. The cursor holds, per
 * listing and thread, the last thing delivered, so a restart resumes without loss or duplicates.
 */
export const createRedditConnector = (options: RedditSourceInput, deps: RedditDeps = {}): Connector => {
  const parsed = RedditSourceOptions.safeParse(options)
  if (!parsed.success)
    throw new AppError('invalid', `reddit source: ${describeIssues(parsed.error.issues).join('; ')}`)
  const now = deps.now ?? Date.now
  const client = createRedditClient(parsed.data, {
    policy: deps.policy ?? OPEN_INTERNET,
    sleep: deps.sleep ?? ((ms, signal) => delay(ms, undefined, { signal })),
    now,
    random: deps.random ?? Math.random,
  })
  const ctx: ReadContext = { o: parsed.data, client, now }
  return { kind: 'reddit', read: (cursor, signal) => readReddit(ctx, cursor, signal) }
}

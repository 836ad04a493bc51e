import { AppError } from '../../core/index.ts'
import type { SourceItem } from '../port.ts'
import type { MastodonAnswer } from './mastodon-client.ts'
import { compareIds, formatCursor } from './mastodon-cursor.ts'
import type { ReadContext } from './read-context.ts'
import { idOf, mapStatus, oldestFirst, toSourceItem } from './status-item.ts'
import { MastodonAccount } from './status-schema.ts'
import type { RestStream } from './stream-plan.ts'

interface Page {
  statuses: unknown[]
  link: MastodonAnswer['link']
  invalidUtf8: boolean
}
type FetchPage = (bounds: Record<string, string>) => Promise<Page>

/** A search can bring this many statuses per read at most (its pages come newest first). */
const MAX_SEARCH_CATCH_UP = 1000

/** Delivers statuses oldest first, those at or before the stream's position (or met already) left out. */
export function* deliver(ctx: ReadContext, key: string, statuses: unknown[], invalidUtf8: boolean) {
  for (const raw of oldestFirst(statuses)) {
    if (ctx.signal.aborted) return
    const id = idOf(raw)
    if (id !== undefined) {
      const at = ctx.positions[key]
      if (at !== undefined && compareIds(id, at) <= 0) continue
      ctx.positions[key] = id
      if (!ctx.seen.firstTime(`${ctx.host}:${id}`)) continue
    }
    const mapped = mapStatus(ctx.host, raw, invalidUtf8)
    yield toSourceItem(mapped, formatCursor(ctx.positions), `${key}, status ${id ?? '(no id)'}`)
  }
}

/** From the newest status back to `from` (excluded), or `cap` statuses, with `max_id`: oldest first. */
const walkBack = async (ctx: ReadContext, fetchPage: FetchPage, from: string | undefined, cap: number) => {
  const all: unknown[] = []
  let invalidUtf8 = false
  let maxId: string | undefined
  for (;;) {
    const page = await fetchPage({ ...(from && { min_id: from }), ...(maxId && { max_id: maxId }) })
    invalidUtf8 ||= page.invalidUtf8
    all.push(...page.statuses)
    const oldest =
      page.link.maxId ??
      page.statuses
        .map(idOf)
        .filter((id) => id !== undefined)
        .sort(compareIds)[0]
    if (page.statuses.length < ctx.deps.pageSize || all.length >= cap || !oldest || oldest === maxId) break
    maxId = oldest
  }
  return { statuses: oldestFirst(all).slice(-cap), invalidUtf8 }
}

/** Timelines answer `min_id` with the statuses just after it: read forward page by page until caught up. */
async function* forward(ctx: ReadContext, key: string, fetchPage: FetchPage): AsyncGenerator<SourceItem> {
  for (;;) {
    const from = ctx.positions[key]!
    const page = await fetchPage({ min_id: from })
    yield* deliver(ctx, key, page.statuses, page.invalidUtf8)
    if (page.statuses.length < ctx.deps.pageSize || ctx.positions[key] === from) return
  }
}

const statusesOf = (json: unknown, where: string): unknown[] => {
  const list = Array.isArray(json) ? json : (json as { statuses?: unknown } | null)?.statuses
  if (!Array.isArray(list))
    throw new AppError('unavailable', `${where}: the answer is not a list of statuses`)
  return list
}

const pager =
  (ctx: ReadContext, path: string, params: Record<string, string>): FetchPage =>
  async (bounds) => {
    const answer = await ctx.client.get(
      path,
      { ...params, limit: String(ctx.deps.pageSize), ...bounds },
      ctx.signal,
    )
    return { ...answer, statuses: statusesOf(answer.json, `${ctx.options.instance}${path}`) }
  }

const accountId = async (ctx: ReadContext, acct: string): Promise<string> => {
  const known = ctx.accountIds.get(acct)
  if (known) return known
  const { json } = await ctx.client.get('/api/v1/accounts/lookup', { acct }, ctx.signal)
  const account = MastodonAccount.safeParse(json)
  if (!account.success)
    throw new AppError('unavailable', `${ctx.options.instance}: the lookup of @${acct} gave no account`)
  ctx.accountIds.set(acct, account.data.id)
  return account.data.id
}

const pagerOf = async (ctx: ReadContext, stream: RestStream): Promise<FetchPage> => {
  if (stream.kind === 'timeline') return pager(ctx, stream.path, stream.params)
  if (stream.kind === 'account')
    return pager(ctx, `/api/v1/accounts/${await accountId(ctx, stream.acct)}/statuses`, {})
  return pager(ctx, '/api/v2/search', { q: stream.term, type: 'statuses', resolve: 'false' })
}

/**
 * One stream's statuses newer than its position, oldest first. A first read goes back `backfill` statuses.
 * Searches answer newest first whatever the bounds: they are read back to the position, then delivered.
 */
export async function* readRestStream(ctx: ReadContext, stream: RestStream): AsyncGenerator<SourceItem> {
  const fetchPage = await pagerOf(ctx, stream)
  const from = ctx.positions[stream.key]
  if (from !== undefined && stream.kind !== 'search') return yield* forward(ctx, stream.key, fetchPage)
  const cap = from === undefined ? ctx.options.backfill : MAX_SEARCH_CATCH_UP
  const { statuses, invalidUtf8 } = await walkBack(ctx, fetchPage, from, cap)
  yield* deliver(ctx, stream.key, statuses, invalidUtf8)
}

/** Every REST stream in turn, each caught up. */
export async function* readRest(
  ctx: ReadContext,
  streams: readonly RestStream[],
): AsyncGenerator<SourceItem> {
  for (const stream of streams) {
    if (ctx.signal.aborted) return
    yield* readRestStream(ctx, stream)
  }
}

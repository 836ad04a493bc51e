import { mapPost } from '../map-post.ts'
import type { SourceItem } from '../port.ts'
import { encodeCursor } from './bluesky-cursor.ts'
import { authorPosts, type CollectOptions, type RawPost, searchPosts } from './collect-posts.ts'
import type { KnownPosts } from './known-posts.ts'
import { postToMention } from './post-to-mention.ts'
import { BlueskyPostView } from './post-view-schema.ts'

export interface BackfillOptions extends CollectOptions {
  terms: readonly string[]
  accounts: readonly string[]
  /** the last post a previous, interrupted backfill delivered: only later ones are read */
  after?: { ms: number; uri: string }
  /** where Jetstream takes over once the backfill is done (its cursor, microseconds) */
  jetstreamFrom: number
  known: KnownPosts
}

const later = (a: RawPost, b: { ms: number; uri: string }) => a.ms > b.ms || (a.ms === b.ms && a.uri > b.uri)

/** Every post of the window, each once, oldest first; those an interrupted backfill delivered left out. */
const gather = async (o: BackfillOptions): Promise<RawPost[]> => {
  const byUri = new Map<string, RawPost>()
  const lists = [
    ...o.terms.map((term) => () => searchPosts(o, term)),
    ...o.accounts.map((actor) => () => authorPosts(o, actor)),
  ]
  let unnamed = 0
  for (const list of lists) for (const post of await list()) byUri.set(post.uri || `?${unnamed++}`, post)
  return [...byUri.values()]
    .filter((p) => p.ms >= o.sinceMs && p.ms < o.untilMs && (!o.after || later(p, o.after)))
    .sort((a, b) => a.ms - b.ms || (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0))
}

/**
 * The history of a window from the search API (terms) and the brand's author feeds, as items oldest first.
 * Each item's cursor names the post it follows, so an interrupted backfill resumes after it.
 */
export async function* backfill(o: BackfillOptions): AsyncGenerator<SourceItem> {
  const posts = await gather(o)
  for (const post of posts) {
    if (o.signal.aborted) return
    const cursor = encodeCursor({ t: o.jetstreamFrom, k: [], b: { ms: post.ms, uri: post.uri } })
    const { result, payload } = mapPost('bluesky', BlueskyPostView, post.raw, postToMention)
    if (!result.ok) {
      yield { rejected: { reason: result.reason, kind: result.kind, payload }, cursor }
      continue
    }
    const { mention } = result
    o.known.remember(
      post.uri,
      { text: mention.text, ...(mention.lang && { lang: mention.lang }) },
      mention.metrics,
    )
    yield { mention, cursor }
  }
}

import { AppError, type BrandQuery, isAppError } from '../../core/index.ts'
import { evaluateQuery, type PostView } from './evaluate-query.ts'
import { parseQuery } from './parse-query.ts'
import { indexPost, type MatchInput, type PostIndex } from './post-index.ts'
import { buildQueryIndex, type QueryIndex } from './query-index.ts'
import type { QueryNode, WildcardNode } from './query-node.ts'

/** Matches posts against a fixed set of brand queries. */
export interface QueryMatcher {
  /** Ids of the queries the post matches, in the order the queries were given. `lang` overrides `m.lang`. */
  match(m: MatchInput, lang?: string): string[]
}

const NONE: readonly number[] = []

/**
 * Parses and indexes the queries once. Each post is then tokenised once, its words looked up in the
 * index, and only the queries found there (plus the unanchored ones) are evaluated.
 * Throws `AppError('invalid')` naming the query id when a query does not parse.
 */
export const compileQueries = (queries: readonly BrandQuery[]): QueryMatcher =>
  new IndexedMatcher(
    queries.map((q) => q.id),
    queries.map(parseOne),
  )

const parseOne = (query: BrandQuery): QueryNode => {
  try {
    return parseQuery(query.query)
  } catch (error) {
    if (!isAppError(error)) throw error
    const details = error.details as { position: number; reason: string }
    throw new AppError('invalid', `query ${query.id}: ${error.message}`, { queryId: query.id, ...details })
  }
}

/** A class so that matching a post allocates no closures (tsx names every closure it creates). */
class IndexedMatcher implements QueryMatcher {
  private readonly index: QueryIndex
  /** `stamps[q] === epoch` when query q is already a candidate for the current post */
  private readonly stamps: Uint32Array
  private epoch = 0
  /** the current post's candidate queries, the first `count` of them: one buffer for every post */
  private readonly candidates: Int32Array
  private count = 0

  constructor(
    private readonly ids: readonly string[],
    private readonly roots: readonly QueryNode[],
  ) {
    this.index = buildQueryIndex(roots)
    this.stamps = new Uint32Array(roots.length)
    this.candidates = new Int32Array(roots.length)
  }

  match(m: MatchInput, lang?: string): string[] {
    const post = indexPost(m, lang ?? m.lang)
    this.nextEpoch()
    this.count = 0
    this.mark(this.index.always)
    for (const author of post.authors) this.mark(this.index.byAuthor.get(author))
    const view = new MatchView(post)
    const keys = post.keyList
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k]!
      this.mark(this.index.byKey.get(key))
      const found = this.index.wildcards.collect(key)
      if (found === undefined) continue
      for (const entry of found) {
        view.addWildcardKey(entry.pattern, key)
        this.mark(entry.anchoredQueries)
      }
    }
    const candidates = this.candidates
    const count = this.count
    if (count > 1) candidates.subarray(0, count).sort() // numeric order, in place
    const matched: string[] = []
    for (let c = 0; c < count; c++) {
      const q = candidates[c]!
      if (evaluateQuery(this.roots[q]!, view)) matched.push(this.ids[q]!)
    }
    return matched
  }

  /** A new stamp per post instead of clearing a set; on wrap-around, old stamps are wiped once. */
  private nextEpoch(): void {
    this.epoch++
    if (this.epoch <= 0xffffffff) return
    this.stamps.fill(0)
    this.epoch = 1
  }

  private mark(queries: readonly number[] | undefined): void {
    if (queries === undefined) return
    for (const q of queries) {
      if (this.stamps[q] === this.epoch) continue
      this.stamps[q] = this.epoch
      this.candidates[this.count++] = q
    }
  }
}

/** The post as queries see it, with the words each wildcard matched, found once by the trie walk. */
class MatchView implements PostView {
  private keysByPattern: Map<string, string[]> | undefined
  constructor(readonly post: PostIndex) {}

  addWildcardKey(pattern: string, key: string): void {
    this.keysByPattern ??= new Map()
    const keys = this.keysByPattern.get(pattern)
    if (keys === undefined) this.keysByPattern.set(pattern, [key])
    else keys.push(key)
  }

  wildcard(node: WildcardNode): readonly number[] {
    const keys = this.keysByPattern?.get(node.pattern)
    if (keys === undefined) return NONE
    return keys.length === 1 ? this.post.positions(keys[0]!) : keys.flatMap((key) => this.post.positions(key))
  }
}

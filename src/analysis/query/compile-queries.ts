import { AppError, type BrandQuery, isAppError } from '../../core/index.ts'
import { evaluateQuery, type PostView } from './evaluate-query.ts'
import { indexPost, type MatchInput } from './post-index.ts'
import { collectWildcards, findAnchors } from './query-anchors.ts'
import type { QueryNode, WildcardNode } from './query-node.ts'
import { parseQuery } from './parse-query.ts'
import { createWildcardTrie, type WildcardTrie } from './wildcard-trie.ts'

/** Matches posts against a fixed set of brand queries. */
export interface QueryMatcher {
  /** Ids of the queries the post matches, in the order the queries were given. `lang` overrides `m.lang`. */
  match(m: MatchInput, lang?: string): string[]
}

interface CompiledQuery {
  readonly id: string
  readonly root: QueryNode
}

/** Where each query is filed: by the token keys, wildcards and authors that can make it match. */
interface QueryIndex {
  readonly byKey: Map<string, number[]>
  readonly byAuthor: Map<string, number[]>
  readonly wildcards: WildcardTrie
  /** queries with no anchor (a `lang:` filter alone), evaluated for every post */
  readonly always: number[]
}

const NONE: readonly number[] = []

/**
 * Parses and indexes the queries once. Each post is then tokenised once, its words looked up in the
 * index, and only the queries found there (plus the unanchored ones) are evaluated.
 * Throws `AppError('invalid')` naming the query id when a query does not parse.
 */
export const compileQueries = (queries: readonly BrandQuery[]): QueryMatcher => {
  const compiled = queries.map(compileOne)
  const index = buildIndex(compiled)
  const stamps = new Uint32Array(compiled.length)
  let epoch = 0

  return {
    match(m, lang) {
      const post = indexPost(m, lang ?? m.lang)
      const hits = new Map<string, number[]>()
      const candidates: number[] = []
      epoch = epoch === 0xffffffff ? 1 : epoch + 1
      const mark = (queryIndices: readonly number[] | undefined): void => {
        for (const q of queryIndices ?? NONE) {
          if (stamps[q] !== epoch) {
            stamps[q] = epoch
            candidates.push(q)
          }
        }
      }
      mark(index.always)
      for (const [key, positions] of post.keys) {
        mark(index.byKey.get(key))
        if (index.wildcards.size > 0) {
          index.wildcards.visit(key, (entry) => {
            const seen = hits.get(entry.pattern)
            if (seen === undefined) hits.set(entry.pattern, [...positions])
            else seen.push(...positions)
            mark(entry.anchoredQueries)
          })
        }
      }
      for (const author of post.authors) mark(index.byAuthor.get(author))
      const view: PostView = { post, wildcard: (node: WildcardNode) => hits.get(node.pattern) ?? NONE }
      candidates.sort((a, b) => a - b)
      const matched: string[] = []
      for (const q of candidates) {
        const query = compiled[q]!
        if (evaluateQuery(query.root, view)) matched.push(query.id)
      }
      return matched
    },
  }
}

const compileOne = (query: BrandQuery): CompiledQuery => {
  try {
    return { id: query.id, root: parseQuery(query.query) }
  } catch (error) {
    if (!isAppError(error)) throw error
    const details = error.details as { position: number; reason: string }
    throw new AppError('invalid', `query ${query.id}: ${error.message}`, { queryId: query.id, ...details })
  }
}

const buildIndex = (compiled: readonly CompiledQuery[]): QueryIndex => {
  const index: QueryIndex = { byKey: new Map(), byAuthor: new Map(), wildcards: createWildcardTrie(), always: [] }
  const file = (map: Map<string, number[]>, key: string, q: number): void => {
    const list = map.get(key)
    if (list === undefined) map.set(key, [q])
    else if (list[list.length - 1] !== q) list.push(q)
  }
  compiled.forEach(({ root }, q) => {
    for (const node of collectWildcards(root)) index.wildcards.entry(node.pattern, node.prefix)
    const anchors = findAnchors(root)
    if (anchors === undefined) index.always.push(q)
    for (const anchor of anchors ?? []) {
      if (anchor.kind === 'key') file(index.byKey, anchor.key, q)
      else if (anchor.kind === 'author') file(index.byAuthor, anchor.handle, q)
      else {
        const list = index.wildcards.entry(anchor.node.pattern, anchor.node.prefix).anchoredQueries
        if (list[list.length - 1] !== q) list.push(q)
      }
    }
  })
  return index
}

import { collectLeaves, createUsageCost, findAnchors } from './query-anchors.ts'
import type { QueryNode } from './query-node.ts'
import { createWildcardTrie, type WildcardTrie } from './wildcard-trie.ts'

/** Where each query is filed (by position in the query list): by what can make it match. */
export interface QueryIndex {
  readonly byKey: ReadonlyMap<string, readonly number[]>
  readonly byAuthor: ReadonlyMap<string, readonly number[]>
  /** every wildcard of every query, with the queries anchored on it */
  readonly wildcards: WildcardTrie
  /** queries with no anchor (a `lang:` filter alone), evaluated for every post */
  readonly always: readonly number[]
}

export const buildQueryIndex = (roots: readonly QueryNode[]): QueryIndex => {
  const byKey = new Map<string, number[]>()
  const byAuthor = new Map<string, number[]>()
  const wildcards = createWildcardTrie()
  const always: number[] = []
  const cost = createUsageCost(roots)
  roots.forEach((root, q) => {
    // all wildcards, anchored or not, so that the words they match are found once per post
    for (const leaf of collectLeaves(root))
      if (leaf.kind === 'wildcard') wildcards.entry(leaf.pattern, leaf.prefix)
    const anchors = findAnchors(root, cost)
    if (anchors === undefined) always.push(q)
    for (const anchor of anchors ?? []) {
      if (anchor.kind === 'key') file(byKey, anchor.key, q)
      else if (anchor.kind === 'author') file(byAuthor, anchor.handle, q)
      else addOnce(wildcards.entry(anchor.node.pattern, anchor.node.prefix).anchoredQueries, q)
    }
  })
  return { byKey, byAuthor, wildcards, always }
}

const file = (map: Map<string, number[]>, key: string, q: number): void => {
  const list = map.get(key)
  if (list === undefined) map.set(key, [q])
  else addOnce(list, q)
}

/** Queries are filed in order, so a repeat can only be the last one. */
const addOnce = (list: number[], q: number): void => {
  if (list[list.length - 1] !== q) list.push(q)
}

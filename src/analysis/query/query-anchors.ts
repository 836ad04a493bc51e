import type { QueryNode, WildcardNode } from './query-node.ts'

/** Something a post must contain for a query to have a chance: a token key, a wildcard, an author. */
export type Anchor =
  | { readonly kind: 'key'; readonly key: string }
  | { readonly kind: 'wildcard'; readonly node: WildcardNode }
  | { readonly kind: 'author'; readonly handle: string }

/**
 * Anchors such that every post the query matches contains at least one of them, or `undefined` when
 * no such set exists (a `lang:` filter alone): then the query is evaluated for every post.
 */
export const findAnchors = (node: QueryNode): readonly Anchor[] | undefined => {
  switch (node.kind) {
    case 'term':
      return [{ kind: 'key', key: node.key }]
    case 'phrase':
      return [{ kind: 'key', key: rarestKey(node.keys) }]
    case 'wildcard':
      return [{ kind: 'wildcard', node }]
    case 'from':
      return [{ kind: 'author', handle: node.handle }]
    case 'lang':
    case 'not':
      return undefined
    case 'and':
      return cheapest(node.operands.map(findAnchors))
    case 'near':
      return cheapest([findAnchors(node.left), findAnchors(node.right)])
    case 'or':
      return unionOf(node.operands.map(findAnchors))
  }
}

/** Longer words are rarer, so a phrase is looked up by its longest word. */
const rarestKey = (keys: readonly string[]): string =>
  keys.reduce((best, key) => (key.length > best.length ? key : best), keys[0] ?? '')

/** What an anchor costs in candidates: short words are common, wildcards match many words. */
const anchorCost = (anchor: Anchor): number =>
  anchor.kind === 'key' ? 10 - Math.min(anchor.key.length, 8) : anchor.kind === 'wildcard' ? 12 : 2

/** Any operand of an AND has to match, so its cheapest anchored operand is enough. */
const cheapest = (options: readonly (readonly Anchor[] | undefined)[]): readonly Anchor[] | undefined => {
  let best: readonly Anchor[] | undefined
  let bestCost = Number.POSITIVE_INFINITY
  for (const option of options) {
    const cost = option?.reduce((sum, anchor) => sum + anchorCost(anchor), 0) ?? Number.POSITIVE_INFINITY
    if (cost < bestCost) [best, bestCost] = [option, cost]
  }
  return best
}

/** One operand of an OR is enough, so all operands need anchors. */
const unionOf = (options: readonly (readonly Anchor[] | undefined)[]): readonly Anchor[] | undefined =>
  options.every((option) => option !== undefined) ? options.flat() : undefined

/** Every wildcard in the query, anchored or not (the matcher finds their positions once per post). */
export const collectWildcards = (node: QueryNode): WildcardNode[] => {
  switch (node.kind) {
    case 'wildcard':
      return [node]
    case 'not':
      return collectWildcards(node.operand)
    case 'and':
    case 'or':
      return node.operands.flatMap(collectWildcards)
    case 'near':
      return [...collectWildcards(node.left), ...collectWildcards(node.right)]
    default:
      return []
  }
}

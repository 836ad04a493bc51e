import type { QueryNode, WildcardNode } from './query-node.ts'

/** Something a post must contain for a query to have a chance: a token key, a wildcard, an author. */
export type Anchor =
  | { readonly kind: 'key'; readonly key: string }
  | { readonly kind: 'wildcard'; readonly node: WildcardNode }
  | { readonly kind: 'author'; readonly handle: string }

/** How many candidates an anchor would let through; lower is better. */
export type AnchorCost = (anchor: Anchor) => number

/**
 * Anchors such that every post the query matches contains at least one of them, or `undefined` when
 * no such set exists (a `lang:` filter alone): then the query is evaluated for every post.
 * Of an AND (or a phrase, or a NEAR), only the cheapest anchored part is kept: all of it must match anyway.
 */
export const findAnchors = (
  node: QueryNode,
  cost: AnchorCost = lengthCost,
): readonly Anchor[] | undefined => {
  const visit = (node: QueryNode): readonly Anchor[] | undefined => {
    switch (node.kind) {
      case 'term':
        return [{ kind: 'key', key: node.key }]
      case 'phrase':
        return pickCheapest(
          node.keys.map((key) => [{ kind: 'key', key }]),
          cost,
        )
      case 'wildcard':
        return [{ kind: 'wildcard', node }]
      case 'from':
        return [{ kind: 'author', handle: node.handle }]
      case 'lang':
      case 'not':
        return undefined
      case 'and':
        return pickCheapest(node.operands.map(visit), cost)
      case 'near':
        return pickCheapest([visit(node.left), visit(node.right)], cost)
      case 'or':
        return unionOf(node.operands.map(visit))
    }
  }
  return visit(node)
}

/** Without statistics: short words are common, wildcards match many words, authors post little. */
export const lengthCost: AnchorCost = (anchor) =>
  anchor.kind === 'key' ? 10 - Math.min(anchor.key.length, 8) : anchor.kind === 'wildcard' ? 12 : 2

/** Any operand of an AND has to match, so its cheapest anchored operand is enough. */
const pickCheapest = (
  options: readonly (readonly Anchor[] | undefined)[],
  anchorCost: AnchorCost,
): readonly Anchor[] | undefined => {
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

/** The words, phrases, wildcards, `from:` and `lang:` of a query, wherever they stand. */
export const collectLeaves = (node: QueryNode): QueryNode[] => {
  switch (node.kind) {
    case 'not':
      return collectLeaves(node.operand)
    case 'and':
    case 'or':
      return node.operands.flatMap(collectLeaves)
    case 'near':
      return [...collectLeaves(node.left), ...collectLeaves(node.right)]
    default:
      return [node]
  }
}

/**
 * Costs from the query set itself: a word many brand queries use ("panne", "refund") is generic and
 * frequent in posts, a word one query uses (a brand name) is specific. Length breaks ties.
 */
export const createUsageCost = (roots: readonly QueryNode[]): AnchorCost => {
  const uses = new Map<string, number>()
  for (const root of roots) {
    const seen = new Set(collectLeaves(root).flatMap(leafNames))
    for (const name of seen) uses.set(name, (uses.get(name) ?? 0) + 1)
  }
  return (anchor) => {
    const name = anchor.kind === 'key' ? anchor.key : anchor.kind === 'wildcard' ? anchor.node.pattern : ''
    return 10 * (uses.get(name) ?? 0) + lengthCost(anchor)
  }
}

const leafNames = (leaf: QueryNode): string[] =>
  leaf.kind === 'term'
    ? [leaf.key]
    : leaf.kind === 'phrase'
      ? [...leaf.keys]
      : leaf.kind === 'wildcard'
        ? [leaf.pattern]
        : []

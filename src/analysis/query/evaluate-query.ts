import type { PostIndex } from './post-index.ts'
import type { NearNode, QueryNode, WildcardNode } from './query-node.ts'

/** A post as the evaluator sees it: its index, and how to find the positions a wildcard matches. */
export interface PostView {
  readonly post: PostIndex
  /** positions of the tokens matching the wildcard, in any order */
  wildcard(node: WildcardNode): readonly number[]
}

/** First and last word position of a match. */
type Span = readonly [start: number, end: number]
const NONE: readonly number[] = []

/** Decides whether the post matches the query. */
export const evaluateQuery = (node: QueryNode, view: PostView): boolean => {
  switch (node.kind) {
    case 'term':
      return view.post.has(node.key)
    case 'phrase':
      return phraseStarts(node.keys, view).length > 0
    case 'wildcard':
      return view.wildcard(node).length > 0
    case 'from':
      return view.post.authors.includes(node.handle)
    case 'lang':
      return isLang(view.post.lang, node.lang)
    case 'not':
      return !evaluateQuery(node.operand, view)
    case 'and':
      for (const operand of node.operands) if (!evaluateQuery(operand, view)) return false
      return true
    case 'or':
      for (const operand of node.operands) if (evaluateQuery(operand, view)) return true
      return false
    case 'near':
      return nearSpans(node, view).length > 0
  }
}

/** `lang:fr` accepts `fr` and regional tags such as `fr-ca`. */
const isLang = (actual: string | undefined, wanted: string): boolean =>
  actual !== undefined && (actual === wanted || actual.startsWith(`${wanted}-`))

const spans = (node: QueryNode, view: PostView): Span[] => {
  switch (node.kind) {
    case 'term':
      return view.post.positions(node.key).map((p) => [p, p])
    case 'wildcard':
      return view.wildcard(node).map((p) => [p, p])
    case 'phrase':
      return phraseStarts(node.keys, view).map((p) => [p, p + node.keys.length - 1])
    case 'or':
      return node.operands.flatMap((operand) => spans(operand, view))
    case 'near':
      return nearSpans(node, view)
    default:
      return [] // the parser allows only positional nodes beside NEAR
  }
}

const nearSpans = (node: NearNode, view: PostView): Span[] => {
  const lefts = spans(node.left, view)
  if (lefts.length === 0) return []
  const rights = spans(node.right, view)
  const found: Span[] = []
  for (const a of lefts) {
    for (const b of rights) {
      const gap = a[1] < b[0] ? b[0] - a[1] : b[1] < a[0] ? a[0] - b[1] : 0
      if (gap >= 1 && gap <= node.distance) found.push([Math.min(a[0], b[0]), Math.max(a[1], b[1])])
    }
  }
  return found
}

const phraseStarts = (keys: readonly string[], view: PostView): number[] => {
  if (!keys.every((key) => view.post.has(key))) return []
  const lists = keys.map((key) => view.post.positions(key))
  if (lists.some((list) => list.length === 0)) return []
  return (lists[0] ?? NONE).filter((start) => lists.every((list, i) => hasPosition(list, start + i)))
}

/** Binary search: position lists are ascending and can be long in articles. */
const hasPosition = (sorted: readonly number[], wanted: number): boolean => {
  let low = 0
  let high = sorted.length - 1
  while (low <= high) {
    const mid = (low + high) >>> 1
    const value = sorted[mid]!
    if (value === wanted) return true
    if (value < wanted) low = mid + 1
    else high = mid - 1
  }
  return false
}

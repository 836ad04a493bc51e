/**
 * The parsed form of a brand query. Every node keeps `at`, its 0-based offset in the query text, so
 * errors found after parsing can still point at the right place.
 */
export type QueryNode =
  | TermNode
  | PhraseNode
  | WildcardNode
  | FromNode
  | LangNode
  | NotNode
  | AndNode
  | OrNode
  | NearNode

/** One word; `key` is its token key (`orange`, `#orange` or `@orange`). */
export interface TermNode {
  readonly kind: 'term'
  readonly key: string
  readonly at: number
}
/** Consecutive token keys, from quotes or from a word that tokenises in several (`coca-cola`). */
export interface PhraseNode {
  readonly kind: 'phrase'
  readonly keys: readonly string[]
  readonly at: number
}
/** A word with `*` (any run of characters) or `?` (one character); `prefix` is the literal start. */
export interface WildcardNode {
  readonly kind: 'wildcard'
  readonly pattern: string
  readonly prefix: string
  readonly at: number
}
/** `from:handle`: the author handle, lower case without `@`. */
export interface FromNode {
  readonly kind: 'from'
  readonly handle: string
  readonly at: number
}
/** `lang:fr`: the mention's language, lower case. */
export interface LangNode {
  readonly kind: 'lang'
  readonly lang: string
  readonly at: number
}
export interface NotNode {
  readonly kind: 'not'
  readonly operand: QueryNode
  readonly at: number
}
export interface AndNode {
  readonly kind: 'and'
  readonly operands: readonly QueryNode[]
  readonly at: number
}
export interface OrNode {
  readonly kind: 'or'
  readonly operands: readonly QueryNode[]
  readonly at: number
}
/** Both sides within `distance` words of each other, in either order (`distance` 1 = adjacent). */
export interface NearNode {
  readonly kind: 'near'
  readonly distance: number
  readonly left: QueryNode
  readonly right: QueryNode
  readonly at: number
}

/** Nodes that have word positions, hence may stand on either side of NEAR. */
export const isPositional = (node: QueryNode): boolean => {
  switch (node.kind) {
    case 'term':
    case 'phrase':
    case 'wildcard':
    case 'near':
      return true
    case 'or':
      return node.operands.every(isPositional)
    default:
      return false
  }
}

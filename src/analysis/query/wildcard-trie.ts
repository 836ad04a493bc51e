import { compileWildcard } from './wildcard-pattern.ts'

/** A wildcard pattern shared by every query that uses it, with the queries it anchors. */
export interface WildcardEntry {
  readonly pattern: string
  readonly matches: (key: string) => boolean
  /** indices of the queries anchored on this wildcard */
  readonly anchoredQueries: number[]
}

interface TrieNode {
  readonly children: Map<number, TrieNode>
  readonly entries: WildcardEntry[]
}

/**
 * Wildcards filed by their literal prefix, character by character: a post's word meets only the
 * wildcards whose prefix it starts with, found in one walk of at most its length.
 */
export interface WildcardTrie {
  readonly size: number
  entry(pattern: string, prefix: string): WildcardEntry
  /** The wildcards matching `key`, or `undefined` (the common case, which then allocates nothing). */
  collect(key: string): WildcardEntry[] | undefined
}

const createNode = (): TrieNode => ({ children: new Map(), entries: [] })

export const createWildcardTrie = (): WildcardTrie => {
  const root = createNode()
  const byPattern = new Map<string, WildcardEntry>()
  return {
    get size() {
      return byPattern.size
    },
    entry(pattern, prefix) {
      const known = byPattern.get(pattern)
      if (known) return known
      let node = root
      for (let i = 0; i < prefix.length; i++) {
        const child = node.children.get(prefix.charCodeAt(i)) ?? createNode()
        node.children.set(prefix.charCodeAt(i), child)
        node = child
      }
      const created: WildcardEntry = { pattern, matches: compileWildcard(pattern), anchoredQueries: [] }
      node.entries.push(created)
      byPattern.set(pattern, created)
      return created
    },
    collect(key) {
      let found: WildcardEntry[] | undefined
      let node: TrieNode | undefined = root
      for (let i = 0; i < key.length; i++) {
        node = node.children.get(key.charCodeAt(i))
        if (node === undefined) return found
        for (const entry of node.entries) {
          if (!entry.matches(key)) continue
          found ??= []
          found.push(entry)
        }
      }
      return found
    },
  }
}

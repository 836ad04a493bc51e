import { compileWildcard } from './wildcard-pattern.ts'

/** A wildcard pattern shared by every query that uses it, with the queries it anchors. */
export interface WildcardEntry {
  readonly pattern: string
  readonly matches: (key: string) => boolean
  /** indices of the queries anchored on this wildcard */
  readonly anchoredQueries: number[]
}

interface TrieNode {
  readonly children: Map<string, TrieNode>
  readonly entries: WildcardEntry[]
}

/**
 * Wildcards filed by their literal prefix, character by character: a post's word meets only the
 * wildcards whose prefix it starts with, found in one walk of at most its length.
 */
export interface WildcardTrie {
  readonly size: number
  entry(pattern: string, prefix: string): WildcardEntry
  /** Calls `found` for each wildcard matching `key`. */
  visit(key: string, found: (entry: WildcardEntry) => void): void
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
      for (const char of prefix) {
        const child = node.children.get(char) ?? createNode()
        node.children.set(char, child)
        node = child
      }
      const created: WildcardEntry = { pattern, matches: compileWildcard(pattern), anchoredQueries: [] }
      node.entries.push(created)
      byPattern.set(pattern, created)
      return created
    },
    visit(key, found) {
      let node: TrieNode | undefined = root
      for (const char of key) {
        node = node.children.get(char)
        if (node === undefined) return
        for (const entry of node.entries) if (entry.matches(key)) found(entry)
      }
    },
  }
}

import { MAX_NEAR } from './lex-query.ts'
import { normalizeHandle } from './normalize-text.ts'
import { forEachToken, type TokenKind, type TokenSink } from './tokenize.ts'

/** What a matcher reads of a mention. */
export interface MatchInput {
  readonly text: string
  readonly title?: string | undefined
  readonly lang?: string | undefined
  readonly author: { readonly handle: string }
}

/**
 * A post tokenised once. A token key is a word (`orange`), a tag (`#orange`) or a mention (`@orange`);
 * a tag or mention is also found under its bare word.
 */
export interface PostIndex {
  has(key: string): boolean
  /** ascending word positions of the key */
  positions(key: string): readonly number[]
  /** every distinct key, tags with and without their sigil */
  keys(): IterableIterator<string>
  /** the handle, lower case without `@`, and for `user@instance` also `user` */
  readonly authors: readonly string[]
  readonly lang: string | undefined
}

/** Title and text are one post but a phrase or a NEAR must not straddle them. */
const TITLE_GAP = MAX_NEAR + 1

export const indexPost = (input: MatchInput, lang: string | undefined = input.lang): PostIndex =>
  new IndexedPost(input, lang)

/**
 * Only first positions are filed while tokenising (no array per word): most queries only ask whether a
 * word occurs. Full position lists, needed by phrases and NEAR, are computed on demand and cached.
 * A class, not closures: the hot path then allocates no function per post.
 */
class IndexedPost implements PostIndex, TokenSink {
  readonly authors: readonly string[]
  readonly lang: string | undefined
  private readonly first = new Map<string, number>()
  /** the bare word at each position, and the key with its sigil for tags */
  private readonly bareAt: string[] = []
  private readonly keyAt: string[] = []
  private cache: Map<string, number[]> | undefined

  constructor(input: MatchInput, lang: string | undefined) {
    this.authors = authorKeys(input.author.handle)
    this.lang = lang?.toLowerCase()
    if (input.title) {
      forEachToken(input.title, this)
      for (let gap = 0; gap < TITLE_GAP; gap++) this.add('word', '')
    }
    forEachToken(input.text, this)
  }

  add(kind: TokenKind, value: string): void {
    const key = kind === 'hashtag' ? `#${value}` : kind === 'mention' ? `@${value}` : value
    const position = this.bareAt.length
    if (value !== '' && !this.first.has(key)) this.first.set(key, position)
    if (key !== value && !this.first.has(value)) this.first.set(value, position)
    this.bareAt.push(value)
    this.keyAt.push(key)
  }

  has(key: string): boolean {
    return this.first.has(key)
  }

  keys(): IterableIterator<string> {
    return this.first.keys()
  }

  positions(key: string): readonly number[] {
    this.cache ??= new Map()
    const known = this.cache.get(key)
    if (known !== undefined) return known
    const start = this.first.get(key)
    const found: number[] = []
    const at = key.startsWith('#') || key.startsWith('@') ? this.keyAt : this.bareAt
    if (start !== undefined) for (let p = start; p < at.length; p++) if (at[p] === key) found.push(p)
    this.cache.set(key, found)
    return found
  }
}

export const authorKeys = (handle: string): string[] => {
  const full = normalizeHandle(handle)
  const at = full.indexOf('@')
  return at > 0 ? [full, full.slice(0, at)] : [full]
}

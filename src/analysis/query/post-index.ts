import { createRecentCache } from '../recent-cache.ts'
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
  /** the same keys in the same order (first occurrence), as a shared array: no iterator per post */
  readonly keyList: readonly string[]
  /** the handle, lower case without `@`, and for `user@instance` also `user` */
  readonly authors: readonly string[]
  readonly lang: string | undefined
}

/** Title and text are one post but a phrase or a NEAR must not straddle them. */
const TITLE_GAP = MAX_NEAR + 1

export const indexPost = (input: MatchInput, lang: string | undefined = input.lang): PostIndex =>
  new IndexedPost(input, lang)

/** The tokens of one text: first position of each key, and the bare word and key at each position. */
class TokenizedText implements TokenSink {
  readonly first = new Map<string, number>()
  /** the keys of `first`, in its order */
  readonly keyList: string[] = []
  readonly bareAt: string[] = []
  readonly keyAt: string[] = []

  add(kind: TokenKind, value: string): void {
    this.addKey(kind === 'hashtag' ? `#${value}` : kind === 'mention' ? `@${value}` : value, value)
  }

  addKey(key: string, value: string): void {
    const position = this.bareAt.length
    if (value !== '' && !this.first.has(key)) this.fileFirst(key, position)
    if (key !== value && !this.first.has(value)) this.fileFirst(value, position)
    this.bareAt.push(value)
    this.keyAt.push(key)
  }

  private fileFirst(key: string, position: number): void {
    this.first.set(key, position)
    this.keyList.push(key)
  }
}

const tokenizeText = (text: string): TokenizedText => {
  const tokens = new TokenizedText()
  forEachToken(text, tokens)
  return tokens
}

/**
 * Reshares repeat their original's text: its folding, splitting and filing (most of matching a post) is done
 * once for the texts of the last 64 to 128 posts (a quarter of the posts of a simulated stream are repeats
 * that recent). Unlike the other steps' caches (a language, a cause, a few numbers per text), a tokenised text
 * is dozens of small objects: kept for thousands of posts, each one outlived a young-generation collection,
 * was copied and promoted, then died in the old generation. With 4,096 texts that was 80 % of the analysis
 * thread's promotions and more collector time than re-tokenising the rarer repeats costs (the same count of
 * instructions, a quarter of the scavenging time: the pipeline bench under node --trace-gc-nvp).
 */
const RECENT_TOKENIZED = 64
const recentTexts = createRecentCache<TokenizedText>(RECENT_TOKENIZED)

/**
 * Only first positions are filed while tokenising (no array per word): most queries only ask whether a
 * word occurs. Full position lists, needed by phrases and NEAR, are computed on demand and cached.
 * A post without a title reads its text's shared, read-only tokens; a title and its text are joined afresh.
 * A class, not closures: the hot path then allocates no function per post.
 */
class IndexedPost implements PostIndex {
  readonly authors: readonly string[]
  readonly lang: string | undefined
  private readonly tokens: TokenizedText
  private cache: Map<string, number[]> | undefined

  constructor(input: MatchInput, lang: string | undefined) {
    this.authors = authorKeys(input.author.handle)
    this.lang = lang?.toLowerCase()
    const text = recentTexts(input.text, tokenizeText)
    this.tokens = input.title ? joinTitle(recentTexts(input.title, tokenizeText), text) : text
  }

  has(key: string): boolean {
    return this.tokens.first.has(key)
  }

  keys(): IterableIterator<string> {
    return this.tokens.first.keys()
  }

  get keyList(): readonly string[] {
    return this.tokens.keyList
  }

  positions(key: string): readonly number[] {
    this.cache ??= new Map()
    const known = this.cache.get(key)
    if (known !== undefined) return known
    const start = this.tokens.first.get(key)
    const found: number[] = []
    const at = key.startsWith('#') || key.startsWith('@') ? this.tokens.keyAt : this.tokens.bareAt
    if (start !== undefined) for (let p = start; p < at.length; p++) if (at[p] === key) found.push(p)
    this.cache.set(key, found)
    return found
  }
}

const joinTitle = (title: TokenizedText, text: TokenizedText): TokenizedText => {
  const joined = new TokenizedText()
  for (let p = 0; p < title.bareAt.length; p++) joined.addKey(title.keyAt[p]!, title.bareAt[p]!)
  for (let gap = 0; gap < TITLE_GAP; gap++) joined.addKey('', '')
  for (let p = 0; p < text.bareAt.length; p++) joined.addKey(text.keyAt[p]!, text.bareAt[p]!)
  return joined
}

export const authorKeys = (handle: string): string[] => {
  const full = normalizeHandle(handle)
  const at = full.indexOf('@')
  return at > 0 ? [full, full.slice(0, at)] : [full]
}

import { MAX_NEAR } from './lex-query.ts'
import { normalizeHandle } from './normalize-text.ts'
import { forEachToken, type TokenKind } from './tokenize.ts'

/** What a matcher reads of a mention. */
export interface MatchInput {
  readonly text: string
  readonly title?: string | undefined
  readonly lang?: string | undefined
  readonly author: { readonly handle: string }
}

/** A post tokenised once: every token key with its ascending word positions, the author and the language. */
export interface PostIndex {
  readonly keys: ReadonlyMap<string, readonly number[]>
  /** the handle, lower case without `@`, and for `user@instance` also `user` */
  readonly authors: readonly string[]
  readonly lang: string | undefined
}

/** Title and text are one post but a phrase or a NEAR must not straddle them. */
const TITLE_GAP = MAX_NEAR + 1

export const indexPost = (input: MatchInput, lang: string | undefined = input.lang): PostIndex => {
  const keys = new Map<string, number[]>()
  const file = (key: string, position: number): void => {
    const positions = keys.get(key)
    if (positions === undefined) keys.set(key, [position])
    else positions.push(position)
  }
  let position = 0
  // a tag is filed under `#tag` (or `@handle`) and under its bare word
  const visit = (kind: TokenKind, value: string): void => {
    if (kind === 'hashtag') file(`#${value}`, position)
    else if (kind === 'mention') file(`@${value}`, position)
    file(value, position)
    position++
  }
  if (input.title) {
    forEachToken(input.title, visit)
    position += TITLE_GAP
  }
  forEachToken(input.text, visit)
  return { keys, authors: authorKeys(input.author.handle), lang: lang?.toLowerCase() }
}

export const authorKeys = (handle: string): string[] => {
  const full = normalizeHandle(handle)
  const at = full.indexOf('@')
  return at > 0 ? [full, full.slice(0, at)] : [full]
}

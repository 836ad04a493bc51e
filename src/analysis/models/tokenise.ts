/**
 * One-pass tokeniser for short social texts (FR/EN). No per-token regex: a single scan over char codes
 * lower-cases, folds accents, splits French elisions (j', n', qu'), collapses elongations and keeps
 * emoji, emoticons, `!!`/`?!` runs, URLs and @handles as tokens of their own.
 */

export const TokenKind = { Word: 0, Emoji: 1, Punct: 2 } as const
export type TokenKind = (typeof TokenKind)[keyof typeof TokenKind]

export interface Token {
  /** lower-cased, accent-folded, elongations collapsed to two letters */
  text: string
  kind: TokenKind
  /** all letters upper-case (at least two) */
  caps: boolean
  /** a letter was repeated three times or more ("sooo") */
  elongated: boolean
}

const FOLD_LIMIT = 0x250
/** folded lower-case code per code point below FOLD_LIMIT; 0 = not a word character */
const fold = new Uint16Array(FOLD_LIMIT)
for (let c = 0; c < FOLD_LIMIT; c++) {
  const ch = String.fromCharCode(c)
  const base = ch.normalize('NFD').charCodeAt(0)
  const lower = String.fromCharCode(base).toLowerCase().charCodeAt(0)
  const isWord = ch.toLowerCase() !== ch.toUpperCase() || (c >= 48 && c <= 57)
  fold[c] = isWord ? lower : 0
}
fold[0xdf] = 0xdf // ß stays itself
fold[0x153] = 0x153 // œ
fold[0xe6] = 0xe6 // æ

const isApostrophe = (c: number) => c === 0x27 || c === 0x2019 || c === 0x2bc || c === 0x60
/** French elided prefixes that are split off as their own token */
const ELISIONS = new Set([
  'j',
  'n',
  'l',
  'd',
  'c',
  's',
  'm',
  't',
  'qu',
  'jusqu',
  'lorsqu',
  'puisqu',
  'quoiqu',
])

const isUpper = (c: number) => (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7)
const isLetterCode = (c: number) => c < FOLD_LIMIT && fold[c] !== 0

/** Emoji and pictographs: anything in the symbol planes that is not a letter. */
const isEmoji = (cp: number) =>
  (cp >= 0x1f000 && cp <= 0x1faff) || (cp >= 0x2600 && cp <= 0x27bf) || (cp >= 0x2b00 && cp <= 0x2bff)

let lastText: string | undefined
/** the shared tokens: its Token objects are rewritten in place by the next shared call */
const sharedTokens: Token[] = []
/** while tokeniseShared fills `sharedTokens`: how many of them are written so far */
let sharedCount = -1

/**
 * `tokenise` with a one-entry cache, for read-only callers: the sentiment features and then the cause step
 * read the same post one after the other, so the second scan is free. The tokens (array and objects) are
 * reused by the next call with another text: read them, do not keep them.
 */
export const tokeniseShared = (text: string): readonly Token[] => {
  if (text !== lastText) {
    sharedCount = 0
    tokeniseInto(text, sharedTokens)
    sharedTokens.length = sharedCount
    sharedCount = -1
    lastText = text
  }
  return sharedTokens
}

/** Appends a token: a new object, or while sharing, the shared token at its place rewritten. */
const emit = (tokens: Token[], text: string, kind: TokenKind, caps: boolean, elongated: boolean) => {
  if (sharedCount < 0) {
    tokens.push({ text, kind, caps, elongated })
    return
  }
  const token = tokens[sharedCount]
  if (token === undefined) tokens[sharedCount] = { text, kind, caps, elongated }
  else {
    token.text = text
    token.kind = kind
    token.caps = caps
    token.elongated = elongated
  }
  sharedCount++
}

export const tokenise = (text: string): Token[] => {
  const tokens: Token[] = []
  tokeniseInto(text, tokens)
  return tokens
}

const tokeniseInto = (text: string, tokens: Token[]): void => {
  const n = text.length
  let i = 0
  while (i < n) {
    const c = text.charCodeAt(i)
    if (c < FOLD_LIMIT && fold[c] !== 0) {
      i = readWord(text, i, tokens)
    } else if (c === 0x40 /* @ */ && i + 1 < n && isLetterCode(text.charCodeAt(i + 1))) {
      i = skipWhile(text, i + 1, isHandleChar)
      emit(tokens, '@user', TokenKind.Word, false, false)
    } else if (c === 0x21 || c === 0x3f) {
      i = readBangs(text, i, tokens)
    } else if (c === 0x3a || c === 0x3b || c === 0x3d || c === 0x3c) {
      i = readEmoticon(text, i, tokens)
    } else if (c >= 0xd800 && c <= 0xdbff) {
      const cp = text.codePointAt(i) ?? 0
      if (isEmoji(cp) && !(cp >= 0x1f3fb && cp <= 0x1f3ff)) pushEmoji(tokens, String.fromCodePoint(cp))
      i += 2
    } else {
      if (isEmoji(c)) pushEmoji(tokens, String.fromCharCode(c))
      else if (c === 0x2c || c === 0x2e || c === 0x3b || c === 0x2026)
        emit(tokens, '.', TokenKind.Punct, false, false)
      i++
    }
  }
}

const pushEmoji = (tokens: Token[], text: string) => {
  emit(tokens, text, TokenKind.Emoji, false, false)
}

const isHandleChar = (c: number) => isLetterCode(c) || c === 0x5f
const isUrlChar = (c: number) => c > 0x20

const skipWhile = (text: string, from: number, keep: (c: number) => boolean): number => {
  let i = from
  while (i < text.length && keep(text.charCodeAt(i))) i++
  return i
}

/** The longest elided prefix (`jusqu`, `lorsqu`): a longer word is never looked up in ELISIONS. */
const LONGEST_ELISION = 6

/**
 * Most words fold to their own characters (lower-case ASCII): they are sliced from the text in one go, and
 * a word is built character by character only from its first character that folds to another.
 */
const readWord = (text: string, start: number, tokens: Token[]): number => {
  /** the folded word so far, once it differs from the text's own characters */
  let out: string | undefined
  let upper = 0
  let letters = 0
  let elongated = false
  let run = 0
  let prev = 0
  let i = start
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (isApostrophe(c) && i + 1 < text.length && isLetterCode(text.charCodeAt(i + 1))) {
      const sofar =
        out !== undefined || i - start <= LONGEST_ELISION ? (out ?? text.slice(start, i)) : undefined
      if (sofar !== undefined && ELISIONS.has(sofar)) {
        emit(tokens, `${sofar}'`, TokenKind.Word, false, false)
        return i + 1
      }
      if (out !== undefined) out += "'"
      else if (c !== 0x27) out = `${text.slice(start, i)}'`
      prev = 0x27
      continue
    }
    if (c >= FOLD_LIMIT || fold[c] === 0) break
    if (isUpper(c)) upper++
    letters++
    const folded = fold[c]!
    run = folded === prev ? run + 1 : 1
    prev = folded
    if (run >= 3) {
      elongated = true
      out ??= text.slice(start, i)
      continue
    }
    if (out !== undefined) out += String.fromCharCode(folded)
    else if (folded !== c) out = text.slice(start, i) + String.fromCharCode(folded)
  }
  const word = out ?? text.slice(start, i)
  if ((word === 'http' || word === 'https' || word === 'www') && text.charCodeAt(i) !== 0x20) {
    emit(tokens, '<url>', TokenKind.Word, false, false)
    return skipWhile(text, i, isUrlChar)
  }
  const caps = letters >= 2 && upper === letters
  emit(tokens, word, TokenKind.Word, caps, elongated)
  return i
}

/** `!`, `!!`, `?`, `?!` runs become one token each: their shape carries intensity and surprise. */
const readBangs = (text: string, start: number, tokens: Token[]): number => {
  let bangs = 0
  let questions = 0
  let i = start
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x21) bangs++
    else if (c === 0x3f) questions++
    else if (c !== 0x20) break
  }
  const shape =
    bangs > 0 && questions > 0 ? '?!' : bangs > 1 ? '!!' : bangs === 1 ? '!' : questions > 1 ? '??' : '?'
  emit(tokens, shape, TokenKind.Punct, false, false)
  return i
}

const EMOTICON_MOUTHS = ')(DPp/|]['
/** ASCII emoticons like :) :-( ;) =D <3 */
const readEmoticon = (text: string, start: number, tokens: Token[]): number => {
  const c = text.charCodeAt(start)
  if (c === 0x3c) {
    if (text.charCodeAt(start + 1) === 0x33) {
      pushEmoji(tokens, '<3')
      return start + 2
    }
    return start + 1
  }
  let j = start + 1
  if (text.charCodeAt(j) === 0x2d || text.charCodeAt(j) === 0x27) j++
  const mouth = text[j]
  if (mouth !== undefined && EMOTICON_MOUTHS.includes(mouth) && !isLetterCode(text.charCodeAt(j + 1))) {
    pushEmoji(tokens, `${text[start]}${mouth === 'p' ? 'P' : mouth}`)
    return j + 1
  }
  if (c === 0x3b) emit(tokens, '.', TokenKind.Punct, false, false)
  return start + 1
}

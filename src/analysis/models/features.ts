import {
  DENSE,
  FeatureBuilder,
  type FeatureVector,
  hashString,
  mix,
  NO_ENTRY,
  SEED_BIGRAM,
  SEED_NEGATED,
  SEED_WORD,
} from './feature-builder.ts'
import { type LexiconEntry, type LexiconTable, ROLE } from './lexicon-table.ts'
import { type Token, TokenKind, tokeniseShared } from './tokenise.ts'

export {
  DENSE,
  DENSE_SIZE,
  FEATURE_SIZE,
  type FeatureVector,
  HASH_BITS,
  HASH_SIZE,
} from './feature-builder.ts'

const NEGATION_SCOPE = 3
/** Only the start of a huge text is read: social posts are short, and a 1 MB paste must not stall the stream. */
const MAX_CHARS = 20_000

/**
 * Features of a text in shared scratch buffers: valid until the next call (hot path, no allocation).
 */
export const extractFeaturesScratch = (text: string, lexicon: LexiconTable): FeatureVector => {
  const tokens = tokeniseShared(text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text)
  const f = new FeatureBuilder()
  scanTokens(tokens, lexicon, f)
  return f.finish()
}

/** Features of a text as an owned vector (training, adaptation). */
export const extractFeatures = (text: string, lexicon: LexiconTable): FeatureVector => {
  const fv = extractFeaturesScratch(text, lexicon)
  return { idx: fv.idx.slice(0, fv.n), val: fv.val.slice(0, fv.n), n: fv.n }
}

const squash = (x: number) => Math.tanh(x / 4)

/** Running state of one pass over a text's tokens. */
interface Scan {
  readonly f: FeatureBuilder
  readonly d: Float32Array
  /** tokens left in the current negation scope */
  scope: number
  /** intensifier weight for the next token */
  boost: number
  positive: number
  negative: number
  contrast: boolean
  afterContrast: number
  words: number
  capsWords: number
  lastValence: number
}

const scanTokens = (tokens: readonly Token[], lexicon: LexiconTable, f: FeatureBuilder) => {
  const s: Scan = {
    f,
    d: f.dense,
    scope: 0,
    boost: 1,
    positive: 0,
    negative: 0,
    contrast: false,
    afterContrast: 0,
    words: 0,
    capsWords: 0,
    lastValence: 0,
  }
  let prevHash = SEED_BIGRAM
  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t]!
    const h = hashString(tok.text, SEED_WORD)
    // inside a negation scope a word is a different feature: "not good" is not "good"
    f.add(s.scope > 0 && tok.kind === TokenKind.Word ? hashString(tok.text, SEED_NEGATED) : h, 1)
    f.add(mix(prevHash, h), 1)
    prevHash = h
    if (tok.kind === TokenKind.Punct) {
      s.scope = 0
      markPunct(tok.text, s.d, s.lastValence, tokens[t + 1], lexicon)
      continue
    }
    if (tok.kind === TokenKind.Word) markWord(s, tok)
    markLexicon(s, tok, lexicon.entries.get(tok.text) ?? NO_ENTRY)
    if (s.scope > 0) s.scope--
  }
  finishDense(s)
}

const markWord = (s: Scan, tok: Token) => {
  s.words++
  if (tok.caps) s.capsWords++
  if (tok.elongated) s.d[DENSE.elongated] = 1
  if (tok.text === '<url>') s.d[DENSE.url] = 1
  else if (tok.text === '@user') s.d[DENSE.handle] = 1
  else s.f.addCharGrams(tok.text)
}

/** Lexicon valence with VADER-style modifiers: intensifier before, caps, elongation, negation scope. */
const markLexicon = (s: Scan, tok: Token, entry: LexiconEntry) => {
  const d = s.d
  const roles = entry.roles
  if (roles & ROLE.sarcasmEmoji) d[DENSE.sarcasm] = 1
  const emo = entry.emotions
  if (emo !== 0) for (let e = 0; e < 6; e++) if (emo & (1 << e)) d[DENSE.emotion + e]! += 1
  let v = entry.valence
  if (v !== 0) {
    v *= s.boost * (tok.caps ? 1.3 : 1) * (tok.elongated ? 1.2 : 1)
    if (s.scope > 0) {
      v *= -0.75
      d[DENSE.negatedLexicon]! += 1
    }
    if (v > 0) s.positive += v
    else s.negative -= v
    if (s.contrast) s.afterContrast += v
    if (tok.kind === TokenKind.Emoji) d[v > 0 ? DENSE.emojiPositive : DENSE.emojiNegative] = 1
  }
  s.lastValence = v
  s.boost = roles & ROLE.intensifier ? 1.5 : 1
  if (s.boost > 1) d[DENSE.intensifier] = 1
  if (roles & ROLE.contrast) s.contrast = true
  if (roles & ROLE.negation || (tok.kind === TokenKind.Word && tok.text.endsWith("n't"))) {
    s.scope = NEGATION_SCOPE + 1
    d[DENSE.negation] = 1
  }
}

const finishDense = (s: Scan) => {
  const d = s.d
  d[DENSE.bias] = 1
  d[DENSE.positive] = squash(s.positive)
  d[DENSE.negative] = squash(s.negative)
  d[DENSE.balance] = squash(s.positive - s.negative)
  d[DENSE.negatedLexicon] = Math.min(d[DENSE.negatedLexicon]!, 3) / 3
  d[DENSE.caps] = s.words > 1 && s.capsWords < s.words ? s.capsWords / s.words : 0
  d[DENSE.afterContrast] = squash(s.afterContrast)
  for (let e = 0; e < 6; e++) d[DENSE.emotion + e] = Math.tanh(d[DENSE.emotion + e]! / 2)
}

/** Punctuation shape, and irony: a positive word, a comma, then "another"/"encore". */
const markPunct = (
  shape: string,
  d: Float32Array,
  lastValence: number,
  next: Token | undefined,
  lexicon: LexiconTable,
) => {
  if (shape === '!') d[DENSE.bang] = 1
  else if (shape === '!!') d[DENSE.bangs] = 1
  else if (shape === '?' || shape === '??') d[DENSE.question] = 1
  else if (shape === '?!') d[DENSE.interrobang] = 1
  else if (lastValence >= 1.5 && next !== undefined) {
    const roles = lexicon.entries.get(next.text)?.roles ?? 0
    if (roles & ROLE.sarcasmFollower) d[DENSE.sarcasm] = 1
  }
}

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
import { type LexiconEntry, type LexiconTable, ROLE, words } from './lexicon-table.ts'
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
    if (s.scope === 0 && lexicon.lang === 'fr' && negatedWithoutNe(tokens, t)) s.scope = 1
    const formula = thanksFormula(tokens, t)
    const h = hashString(formula ? formula.word : tok.text, SEED_WORD)
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
    markLexicon(s, tok, formula ? formula.entry : (lexicon.entries.get(tok.text) ?? NO_ENTRY))
    if (s.scope > 0) s.scope--
  }
  finishDense(s)
}

/** French negations that follow the verb they negate: « ça (ne) marche plus », « j'aime pas ». */
const AFTER_VERB = words('pas plus jamais rien guere point')
const NE = words("ne n'")

/**
 * Spoken and written French on social networks drops the « ne » (« ça marche plus », « j'aime pas du tout »): the
 * negation then comes only after the verb, and a negation scope that starts at the negative word misses it. A
 * word directly followed by « pas », « plus », « jamais »… with no « ne » in the two words before it is read as
 * negated (its own negated feature, its valence flipped), as « ne » would have made it.
 */
const negatedWithoutNe = (tokens: readonly Token[], t: number): boolean => {
  const tok = tokens[t]!
  const next = tokens[t + 1]
  if (tok.kind !== TokenKind.Word || next === undefined || !AFTER_VERB.has(next.text)) return false
  if (AFTER_VERB.has(tok.text) || NE.has(tok.text)) return false
  return !NE.has(tokens[t - 1]?.text ?? '') && !NE.has(tokens[t - 2]?.text ?? '')
}

/**
 * The two readings of a thank-you formula: its own word feature, and the lexicon entry it is read with. A
 * request (« merci de faire le nécessaire ») carries no valence nor joy; the ironic thanks (« merci pour rien »)
 * reads as a negative word (VADER scale) and as the irony cue.
 */
const REQUEST = { word: '<thanks-request>', entry: NO_ENTRY }
const IRONIC = { word: '<thanks-ironic>', entry: { valence: -2, emotions: 0, roles: ROLE.sarcasmEmoji } }
type Formula = typeof REQUEST | typeof IRONIC

/**
 * After « merci de »: a determiner or possessive (« merci de votre aide ») or « avoir »/« être » (« merci de
 * m'avoir rappelé ») thank; anything else is the imperative formula (« merci de faire le nécessaire »).
 */
const THANKING_AFTER_DE = words(
  "votre vos ton ta tes mon ma mes son sa ses leur leurs ce cet cette ces le la l' les un une avoir etre tout tous",
)
const THANKS = words('merci thanks thank thx')
const CLITICS = words("me m' nous te t' vous lui y en")

/**
 * « Merci de faire le nécessaire », « merci d’avance », "thanks in advance", a thank-you right after a question:
 * polite formulas that close a complaint or a request. The word is then a feature of its own, without the
 * lexicon's joy and positive valence of a real thank-you, which the complaint around it would otherwise have to
 * outweigh. « Merci pour rien », "thanks for nothing" thank ironically: a feature of their own too.
 */
const thanksFormula = (tokens: readonly Token[], t: number): Formula | undefined => {
  const word = tokens[t]!.text
  if (!THANKS.has(word)) return undefined
  // a thank-you right after a question signs off a request: « … être remboursé ? Merci », "…please? Thanks"
  const before = tokens[t - 1]
  const afterQuestion = before?.kind === TokenKind.Punct && before.text.includes('?')
  if (word === 'merci') {
    const de = tokens[t + 1]?.text
    if (de === 'pour' && tokens[t + 2]?.text === 'rien') return IRONIC
    if (afterQuestion || (de === 'par' && tokens[t + 2]?.text === 'avance')) return REQUEST
    if (de !== 'de' && de !== "d'") return undefined
    let i = t + 2
    while (tokens[i] !== undefined && CLITICS.has(tokens[i]!.text)) i++
    const next = tokens[i]
    return next !== undefined && next.kind === TokenKind.Word && !THANKING_AFTER_DE.has(next.text)
      ? REQUEST
      : undefined
  }
  // thanks, thank you, thx
  const i = word === 'thank' && tokens[t + 1]?.text === 'you' ? t + 2 : t + 1
  const next = tokens[i]?.text
  if (next === 'for' && tokens[i + 1]?.text === 'nothing') return IRONIC
  return afterQuestion || (next === 'in' && tokens[i + 1]?.text === 'advance') ? REQUEST : undefined
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

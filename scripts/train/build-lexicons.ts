import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { LexiconJson } from '../../src/analysis/models/lexicon-table.ts'
import { tokenise } from '../../src/analysis/models/tokenise.ts'

/** Folded single-token key of a lexicon entry, or undefined for multi-word expressions. */
const tokenKey = (entry: string): string | undefined => {
  const tokens = tokenise(entry)
  return tokens.length === 1 ? tokens[0]!.text : undefined
}

const readLines = (path: string): string[] => {
  try {
    return readFileSync(path, 'utf8')
      .split('\n')
      .filter((l) => l.length > 0)
  } catch {
    throw new Error(`missing lexicon file ${path}`)
  }
}

/** Tab-separated `entry<TAB>score` files; VADER's extra columns are ignored. */
const readScores = (path: string, scale: number, into: Record<string, number>) => {
  for (const line of readLines(path)) {
    const [entry, score] = line.split('\t')
    const key = entry === undefined ? undefined : tokenKey(entry)
    const value = Number(score) * scale
    if (key !== undefined && Number.isFinite(value) && into[key] === undefined) into[key] = value
  }
}

/** Emoji valence from VADER's emoji descriptions scored with VADER words, plus a few irony emoji. */
const emojiScores = (dir: string, words: Record<string, number>, into: Record<string, number>) => {
  for (const line of readLines(join(dir, 'lexicon-vader/emoji_utf8_lexicon.txt'))) {
    const [emoji, description] = line.split('\t')
    const key = emoji === undefined ? undefined : tokenKey(emoji)
    if (key === undefined || description === undefined) continue
    const scores = description.split(' ').map((w) => words[w] ?? 0)
    const sum = scores.reduce((a, b) => a + b, 0)
    if (sum !== 0 && into[key] === undefined) into[key] = Math.max(-3, Math.min(3, sum))
  }
  for (const [emoji, v] of Object.entries(IRONY_EMOJI)) into[emoji] = v
}
const IRONY_EMOJI: Record<string, number> = { '🙄': -1.5, '😒': -1.8, '🤦': -1.5, '🤡': -1.2, '😑': -1 }

/** FEEL (French): polarity ±1.5 on the VADER scale and an emotion bit mask per single-word entry. */
const readFeel = (dir: string, valence: Record<string, number>, emotions: Record<string, number>) => {
  const lines = readLines(join(dir, 'lexicon-feel-fr/FEEL.csv')).slice(1)
  for (const line of lines) {
    const [, word, polarity, joy, fear, sadness, anger, surprise, disgust] = line.split(';')
    const key = word === undefined ? undefined : tokenKey(word)
    if (key === undefined) continue
    if (valence[key] === undefined) valence[key] = polarity === 'positive' ? 1.5 : -1.5
    const bits = [anger, fear, sadness, joy, surprise, disgust]
    const mask = bits.reduce((m, b, i) => (b?.trim() === '1' ? m | (1 << i) : m), 0)
    if (mask !== 0) emotions[key] = mask
  }
}

export const buildLexicons = (dir: string): { en: LexiconJson; fr: LexiconJson } => {
  const en: Record<string, number> = {}
  readScores(join(dir, 'lexicon-vader/vader_lexicon.txt'), 1, en)
  readScores(join(dir, 'lexicon-afinn/AFINN-en-165.txt'), 0.8, en)
  readScores(join(dir, 'lexicon-afinn/AFINN-emoticon-8.txt'), 0.8, en)
  const emoji: Record<string, number> = {}
  emojiScores(dir, en, emoji)
  const fr: Record<string, number> = {}
  const frEmotions: Record<string, number> = {}
  readScores(join(dir, 'lexicon-afinn/AFINN-fr-165.txt'), 0.8, fr)
  readFeel(dir, fr, frEmotions)
  readScores(join(dir, 'lexicon-afinn/AFINN-emoticon-8.txt'), 0.8, fr)
  Object.assign(en, emoji)
  Object.assign(fr, emoji)
  return {
    en: { lang: 'en', valence: en, emotions: {} },
    fr: { lang: 'fr', valence: fr, emotions: frEmotions },
  }
}

/**
 * `node --import tsx scripts/build-lexicons.ts <sharedDataDir>`: turns the shared VADER, AFINN and FEEL
 * lexicons into the compact files committed under src/analysis/lexicon/data/ (see ATTRIBUTION.md there).
 * Valences are written on VADER's −4..4 scale; emotions as a bitmask in the order of core's EMOTIONS.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const OUT_DIR = new URL('../src/analysis/lexicon/data/', import.meta.url).pathname
/**
 * AFINN-fr translated some English words into French function words or other senses ("like" → comme,
 * "plus", "prize" → prix, "cheers" → chez); these carry no polarity in French posts.
 */
const FRENCH_NOISE = new Set(
  'plus comme grand grande grands grandes prix chez cher chère chers fin juste justes professionnels question questions oui non'.split(
    ' ',
  ),
)
/** FEEL columns (joy, fear, sadness, anger, surprise, disgust) → bit of anger, fear, sadness, joy, surprise, disgust. */
const FEEL_BITS = [8, 2, 4, 1, 16, 32]
const POSITIVE_EMOTIONS = 8 | 16
const NEGATIVE_EMOTIONS = 1 | 2 | 4 | 16 | 32

type Valences = Map<string, number>

const stripAccents = (word: string): string => word.normalize('NFD').replace(/[\u0300-\u036f]/g, '')

/** FEEL holds lemmas; social posts use inflected forms, so the common regular endings are added. */
const inflectFrench = (w: string): string[] => {
  if (w.length < 4 || !/^[a-zà-ÿœæ'-]+$/.test(w)) return [w]
  const stem2 = w.slice(0, -2)
  if (w.endsWith('er'))
    return [w, ...['e', 'es', 'ent', 'é', 'ée', 'és', 'ées', 'ez', 'ait'].map((e) => stem2 + e)]
  if (w.endsWith('ir')) return [w, ...['i', 'ie', 'is', 'ies', 'it', 'issent'].map((e) => stem2 + e)]
  if (w.endsWith('eux')) return [w, `${stem2}use`, `${stem2}uses`]
  if (w.endsWith('if')) return [w, `${stem2}ive`, `${stem2}ives`, `${w}s`]
  if (w.endsWith('al')) return [w, `${stem2}aux`, `${w}e`, `${w}es`]
  if (w.endsWith('el') || w.endsWith('en')) return [w, `${w}s`, `${w}le`, `${w}les`]
  if (w.endsWith('e')) return [w, `${w}s`]
  if (w.endsWith('s') || w.endsWith('x')) return [w, `${w}e`, `${w}es`]
  return [w, `${w}s`, `${w}e`, `${w}es`]
}

const readTsv = (path: string): string[][] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => line.split('\t'))

const readAfinn = (path: string): Valences =>
  new Map(readTsv(path).map(([term, score]) => [term!.trim().toLowerCase(), (Number(score) * 4) / 5]))

const readVader = (path: string): Valences =>
  new Map(readTsv(path).map(([term, mean]) => [term!.trim().toLowerCase(), Number(mean)]))

/** An emoji's valence is the sum of its English description's word valences, as VADER does at run time. */
const scoreEmoji = (path: string, english: Valences): Valences => {
  const out: Valences = new Map()
  for (const [emoji, description] of readTsv(path)) {
    if (!emoji || !description) continue
    const words = description.toLowerCase().split(/[^a-z']+/)
    const valence = words.reduce((sum, w) => sum + (english.get(w) ?? 0), 0)
    if (valence !== 0) out.set(emoji.replace(/\uFE0F/g, ''), Math.max(-4, Math.min(4, valence)))
  }
  return out
}

interface FeelEntry {
  words: string[]
  emotions: number
}

const readFeel = (path: string): FeelEntry[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .slice(1)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      // FEEL's binary polarity is left out: it marks most neutral nouns (énergie, monde, temps) as polar.
      const [, word = '', polarity, ...flags] = line.split(';')
      const flagged = flags.reduce((mask, flag, i) => (flag.trim() === '1' ? mask | FEEL_BITS[i]! : mask), 0)
      // Keep only the emotions that agree with the entry's polarity (FEEL gives "adorer" fear, "nul" fear).
      const emotions = flagged & (polarity === 'positive' ? POSITIVE_EMOTIONS : NEGATIVE_EMOTIONS)
      return {
        words: word.toLowerCase().split('|'),
        emotions,
      }
    })

/** Adds each French form with its inflections and accent-free spelling, never overwriting a graded entry. */
const addFrench = <T>(into: Map<string, T>, word: string, value: T, merge?: (a: T, b: T) => T): void => {
  const forms = inflectFrench(word)
  for (const form of [...forms, ...forms.map(stripAccents)]) {
    const existing = into.get(form)
    if (existing === undefined) into.set(form, value)
    else if (merge) into.set(form, merge(existing, value))
  }
}

const buildFrench = (afinn: Valences, feel: FeelEntry[]) => {
  const valences: Valences = new Map()
  for (const [word, valence] of afinn) if (!FRENCH_NOISE.has(word)) valences.set(word, valence)
  for (const [word, valence] of afinn)
    if (!word.includes(' ') && !FRENCH_NOISE.has(word)) addFrench(valences, word, valence)
  const emotions = new Map<string, number>()
  for (const entry of feel) {
    for (const word of entry.words) {
      if (word.includes(' ') || word.length < 3) continue
      if (entry.emotions) addFrench(emotions, word, entry.emotions, (a, b) => a | b)
    }
  }
  return { valences, emotions }
}

const round = (n: number): number => Math.round(n * 100) / 100
/** Grouped by value (`{"-1.6": ["déçu", ...]}`): most keys share a few values, so this halves the size. */
const toJson = <T>(map: Map<string, T>, fix: (v: T) => T): string => {
  const groups = new Map<string, string[]>()
  for (const [word, value] of map) {
    const key = String(fix(value))
    const group = groups.get(key)
    if (group) group.push(word)
    else groups.set(key, [word])
  }
  const sorted = [...groups.entries()].sort(([a], [b]) => Number(a) - Number(b))
  return `{\n${sorted.map(([k, words]) => `${JSON.stringify(k)}:${JSON.stringify(words.sort())}`).join(',\n')}\n}\n`
}

const main = (sharedDir: string | undefined): void => {
  if (!sharedDir) throw new Error('usage: build-lexicons.ts <sharedDataDir> (the folder holding sentiment/)')
  const base = join(sharedDir, 'sentiment')
  const vader = readVader(join(base, 'lexicon-vader/vader_lexicon.txt'))
  const english: Valences = new Map(vader)
  for (const [w, v] of readAfinn(join(base, 'lexicon-afinn/AFINN-en-165.txt')))
    if (!english.has(w)) english.set(w, v)
  for (const [w, v] of readAfinn(join(base, 'lexicon-afinn/AFINN-emoticon-8.txt')))
    if (!english.has(w)) english.set(w, v)
  const emoji = scoreEmoji(join(base, 'lexicon-vader/emoji_utf8_lexicon.txt'), vader)
  const french = buildFrench(
    readAfinn(join(base, 'lexicon-afinn/AFINN-fr-165.txt')),
    readFeel(join(base, 'lexicon-feel-fr/FEEL.csv')),
  )
  const files: [string, string][] = [
    ['sentiment-en.json', toJson(english, round)],
    ['sentiment-fr.json', toJson(french.valences, round)],
    ['emotions-fr.json', toJson(french.emotions, (v) => v)],
    ['emoji.json', toJson(emoji, round)],
  ]
  for (const [name, text] of files) {
    writeFileSync(join(OUT_DIR, name), text)
    console.log(`${name}: ${text.length} bytes`)
  }
}

main(process.argv[2])

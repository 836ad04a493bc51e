/**
 * eld's "small" detector, computed the way `eld.detect(text)` then `isReliable()` and `getScores()` do, but
 * without building its result object: eld ranks all 60 languages with `for…in` loops over arrays and sorts
 * them for every call, which cost more than the detection itself. Same data, same arithmetic, same answers
 * (eld-language.test.ts compares both on every fixture); eld's version is pinned in package.json.
 */

// eld exports only its entry files: its data is loaded from beside the entry, the very modules eld/small uses.
const ELD_ENTRY = import.meta.resolve('eld/small')
const load = async <T>(file: string): Promise<T> => (await import(new URL(file, ELD_ENTRY).href)) as T

interface NgramsData {
  languages: Record<number, string>
  ngrams: Record<string, Record<number, number> | undefined>
}
const { ngramsData } = await load<{ ngramsData: NgramsData }>('../ngrams/small.js')
const { separators } = await load<{ separators: RegExp }>('../regexPatterns.js')
const { dictionary } = await load<{ dictionary: Record<number, string> }>('../dictionary.js')
const { avgScore } = await load<{ avgScore: Record<string, number> }>('../avgScore.js')

const LANGS = Object.keys(ngramsData.languages).length
/** eld subtracts this from every stored n-gram score to shrink its data */
const BASE_NGRAM_SCORE = 53
/** eld's scaling of raw scores to 0..1, and the thresholds of its isReliable() */
const SCALE = 25
const RELIABLE_RATIO = 0.75

/**
 * An n-gram's (language, score + base) pairs, flattened once on first use: reading eld's per-n-gram objects
 * with `for…in` is most of its time. Bounded by eld's own table (n-grams it does not know are not kept).
 */
const packed = new Map<string, Int32Array>()
const packedScores = (ngram: string): Int32Array | undefined => {
  const known = packed.get(ngram)
  if (known !== undefined) return known
  const scores = ngramsData.ngrams[ngram]
  if (scores === undefined) return undefined
  const pairs: number[] = []
  for (const lang in scores) pairs.push(Number(lang), scores[lang as unknown as number]! + BASE_NGRAM_SCORE)
  const flat = Int32Array.from(pairs)
  packed.set(ngram, flat)
  return flat
}

// one text at a time (single-threaded): the per-language sums are reused
const langScore = new Float64Array(LANGS)

/**
 * The language eld would answer when it is reliable and its top score beats the runner-up's by `minMargin`,
 * else undefined. Mirrors eld 2.1.0's detect(), orderAndScale(), isReliable() and getScores(), quirks included.
 */
export const eldConfidentLanguage = (text: string, minMargin: number): string | undefined => {
  const ngrams = byteNgrams(utf8Words(text.substring(0, 1000).replace(separators, ' ').trim().toLowerCase()))
  langScore.fill(0)
  for (const ngram of ngrams) {
    const pairs = packedScores(ngram)
    if (pairs !== undefined) for (let i = 0; i < pairs.length; i += 2) langScore[pairs[i]!]! += pairs[i + 1]!
  }
  // eld's getMaxLang: the first language with the highest raw score
  let best = -1
  let bestRaw = 0
  for (let l = 0; l < LANGS; l++) {
    if (!(langScore[l]! > 0 && langScore[l]! > bestRaw)) continue
    best = l
    bestRaw = langScore[l]!
  }
  if (best < 0) return undefined
  const language = ngramsData.languages[best]!
  const numNgrams = ngrams.size
  if (numNgrams < 3) return undefined
  // the first two of eld's stable sort by scaled score, descending
  let first = -1
  let firstScore = 0
  let second = -1
  let secondScore = 0
  for (let l = 0; l < LANGS; l++) {
    if (!(langScore[l]! > 0)) continue
    const ngramScore = langScore[l]! / numNgrams
    const scaled = ngramScore / (ngramScore + SCALE)
    if (first < 0 || scaled > firstScore) {
      second = first
      secondScore = firstScore
      first = l
      firstScore = scaled
    } else if (second < 0 || scaled > secondScore) {
      second = l
      secondScore = scaled
    }
  }
  // eld's isReliable compares the top score with the runner-up's language index, not its score
  const nextIndex = Math.max(second, 0)
  if (avgScore[language]! * RELIABLE_RATIO > firstScore || 0.01 > Math.abs(firstScore - nextIndex))
    return undefined
  return firstScore - (second < 0 ? 0 : secondScore) >= minMargin ? language : undefined
}

/** eld's strToUtf8Bytes: words as strings of byte characters, cut after about 350 bytes. */
const utf8Words = (str: string): string[] => {
  let encoded = ''
  const words: string[] = []
  let countBytes = 0
  for (let i = 0; i < str.length; i++) {
    let code = str.charCodeAt(i)
    if (code < 0x80) {
      if (code === 32) {
        if (encoded !== '') {
          words.push(encoded)
          encoded = ''
        }
        if (countBytes > 350) break
      } else encoded += str[i]
      countBytes++
    } else if (code < 0x800) {
      encoded += dictionary[0xc0 | (code >> 6)]! + dictionary[0x80 | (code & 0x3f)]!
      countBytes += 2
    } else if (code < 0xd800 || code >= 0xe000) {
      encoded +=
        dictionary[0xe0 | (code >> 12)]! +
        dictionary[0x80 | ((code >> 6) & 0x3f)]! +
        dictionary[0x80 | (code & 0x3f)]!
      countBytes += 3
    } else {
      i++
      code = 0x10000 + (((code & 0x3ff) << 10) | (str.charCodeAt(i) & 0x3ff))
      encoded +=
        dictionary[0xf0 | (code >> 18)]! +
        dictionary[0x80 | ((code >> 12) & 0x3f)]! +
        dictionary[0x80 | ((code >> 6) & 0x3f)]! +
        dictionary[0x80 | (code & 0x3f)]!
      countBytes += 4
    }
    if (countBytes > 380) break
  }
  if (encoded !== '') words.push(encoded)
  return words
}

/** eld's getByteNgrams: 4-byte n-grams at a stride of 3, word starts and ends marked by a space. */
const byteNgrams = (words: readonly string[]): Set<string> => {
  const ngrams = new Set<string>()
  for (const word of words) {
    const len = Math.min(word.length, 70)
    let j = 0
    for (; j + 4 < len; j += 3) ngrams.add((j === 0 ? ' ' : '') + word.substring(j, j + 4))
    ngrams.add(`${j === 0 ? ' ' : ''}${word.substring(len !== 3 ? len - 4 : 0)} `)
  }
  return ngrams
}

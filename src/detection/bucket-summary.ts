import { type AnalyzedMention, EMOTIONS, type EmotionName } from '../core/index.ts'
import { isNegative, keepTop } from './mention-reach.ts'

/**
 * One bucket of a query as kept to explain an alert: its mentions only. Most buckets are never explained,
 * so what they looked like (`summarise`) is worked out when an alert is raised, not for every mention.
 */
export interface BucketMentions {
  start: number
  mentions: AnalyzedMention[]
}

/** What one bucket of a query looked like: `summarise` of its mentions. */
export interface BucketSummary {
  start: number
  count: number
  owned: number
  negative: number
  emotions: Record<EmotionName, number>
  sources: Map<string, number>
  causes: Map<string, number>
  terms: Map<string, number>
  /** how often each post was reshared or answered in the bucket */
  references: Map<string, number>
  top: AnalyzedMention[]
  amplifiers: AnalyzedMention[]
  firstNegative: AnalyzedMention | undefined
}

const STOPWORDS = new Set(
  (
    'the and for that this with you your are was were have has not but they their them from about what when ' +
    'just will would there been more like only also than then into very dans pour avec sans sont cette ' +
    'mais nous vous elle elles ils leur leurs tout tous toute plus moins comme fait faire etre avoir ' +
    'quand encore deja aussi sur par pas que qui une des les est ont http https www com chez comment ' +
    'tres bien meme avant apres depuis alors donc car ceci cela sont etait ete fois'
  ).split(' '),
)

/** A word worth showing as a top term: not a handle, not a stop word, not the brand's own name. */
const isTopTerm = (word: string, brandWords: ReadonlySet<string>) =>
  word.length >= 4 &&
  !word.startsWith('@') &&
  !STOPWORDS.has(word) &&
  !brandWords.has(word.startsWith('#') ? word.slice(1) : word)

export const openSummary = (start: number): BucketSummary => ({
  start,
  count: 0,
  owned: 0,
  negative: 0,
  emotions: { anger: 0, fear: 0, sadness: 0, joy: 0, surprise: 0, disgust: 0 },
  sources: new Map(),
  causes: new Map(),
  terms: new Map(),
  references: new Map(),
  top: [],
  amplifiers: [],
  firstNegative: undefined,
})

const bump = (map: Map<string, number>, key: string, by = 1) => map.set(key, (map.get(key) ?? 0) + by)

/** Adds one mention to the summary; `brandWords` are left out of the top terms (they are in every post). */
export const addToSummary = (
  s: BucketSummary,
  m: AnalyzedMention,
  brandWords: ReadonlySet<string>,
  fold: (m: AnalyzedMention) => string,
): void => {
  const a = m.analysis
  s.count += 1
  if (a.owned) s.owned += 1
  for (const e of EMOTIONS) s.emotions[e] += a.emotions[e]
  bump(s.sources, m.source)
  if (a.cause !== 'none') bump(s.causes, a.cause)
  const parent = m.repostOf ?? m.replyTo
  if (parent) bump(s.references, parent)
  if (m.repostOf) keepTop(s.amplifiers, m, 5)
  else keepTop(s.top, m, 5)
  if (isNegative(m)) {
    s.negative += 1
    if (!s.firstNegative || m.createdAt < s.firstNegative.createdAt) s.firstNegative = m
  }
  if (m.repostOf) return // a reshare repeats its original's words
  for (const word of new Set(fold(m).split(' '))) {
    if (isTopTerm(word, brandWords)) bump(s.terms, word)
  }
}

/** The summary of a kept bucket, its mentions added in arrival order (as they came, so the same sums). */
export const summarise = (
  b: BucketMentions,
  brandWords: ReadonlySet<string>,
  fold: (m: AnalyzedMention) => string,
): BucketSummary => {
  const s = openSummary(b.start)
  for (const m of b.mentions) addToSummary(s, m, brandWords, fold)
  return s
}

import { type AnalyzedMention, EMOTIONS, type EmotionName } from '../core/index.ts'
import { isNegative } from './mention-reach.ts'

/**
 * One bucket of a query as kept to explain an alert: its mentions only. Most buckets are never explained,
 * so what they looked like (`summariseWindow`) is worked out when an alert is raised, not for every mention.
 */
export interface BucketMentions {
  start: number
  mentions: AnalyzedMention[]
}

/** What the explanation window looked like. */
export interface WindowSummary {
  count: number
  negative: number
  positive: number
  /** summed intensity of each emotion */
  emotions: Record<EmotionName, number>
  sources: Map<string, number>
  /** words of the episode's own posts */
  terms: Map<string, number>
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

const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1)

/**
 * The mix of the whole window (volume, tone, emotions, sources) and the terms of the episode's posts
 * (`relevant`: reshares repeat their original's words and are left out); `brandWords` are in every post.
 */
export const summariseWindow = (
  mentions: readonly AnalyzedMention[],
  relevant: readonly AnalyzedMention[],
  brandWords: ReadonlySet<string>,
  fold: (m: AnalyzedMention) => string,
): WindowSummary => {
  const s: WindowSummary = {
    count: 0,
    negative: 0,
    positive: 0,
    emotions: { anger: 0, fear: 0, sadness: 0, joy: 0, surprise: 0, disgust: 0 },
    sources: new Map(),
    terms: new Map(),
  }
  for (const m of mentions) {
    s.count += 1
    if (isNegative(m)) s.negative += 1
    else if (m.analysis.sentiment.label === 'positive') s.positive += 1
    for (const e of EMOTIONS) s.emotions[e] += m.analysis.emotions[e]
    bump(s.sources, m.source)
  }
  for (const m of relevant) {
    if (m.repostOf) continue
    for (const word of new Set(fold(m).split(' '))) if (isTopTerm(word, brandWords)) bump(s.terms, word)
  }
  return s
}

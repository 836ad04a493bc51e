import type { AnalyzedMention } from '../../core/index.ts'
import { createBucketedDetector } from '../bucketed-detector.ts'
import { bucketsPerHour, type CreateDetector, intervalMsOf } from '../detector-context.ts'
import { LazySignal } from '../lazy-signal.ts'
import { isNegative } from '../mention-reach.ts'
import { authorLabel, WORDS } from '../phrases.ts'

interface InfluenceBucket {
  count: number
  best: { mention: AnalyzedMention; weight: number } | undefined
}

/**
 * A verified or large-audience author, or a news outlet, joining the conversation. Voices that
 * speak of the brand every day (its usual rate of such posts) count for less than a newcomer;
 * a negative post from them counts more than a neutral one.
 */
export const createInfluenceDetector: CreateDetector = ({ query, settings }) => {
  const { followers: large, newsSources } = settings.influence
  const owned = new Set(query.owned)
  // a field, not a closure variable: V8 boxes each new float written to a closure variable (a heap
  // allocation at every bucket of every query), while it updates a number field in place
  const usual = { rate: 0 }
  const decay = 2 ** (-1 / (24 * bucketsPerHour(settings)))
  const weightOf = (m: AnalyzedMention): number => {
    if (m.analysis.owned || owned.has(m.author.handle.toLowerCase())) return 0
    const followers = m.author.followers ?? 0
    const audience = followers >= large ? Math.min(1, 0.6 + 0.2 * Math.log10(followers / large)) : 0
    const status = m.author.verified ? 0.5 : 0
    const news = newsSources.includes(m.source) ? 0.7 : 0
    const base = Math.max(audience, status, news)
    return base === 0 ? 0 : base * (isNegative(m) ? 1 : 0.5)
  }
  return createBucketedDetector<InfluenceBucket>(intervalMsOf(settings), {
    kind: 'influence',
    open: () => ({ count: 0, best: undefined }),
    add(bucket, m) {
      const weight = weightOf(m)
      if (weight === 0) return
      bucket.count += 1
      if (!bucket.best || weight > bucket.best.weight) bucket.best = { mention: m, weight }
    },
    close(bucket, span) {
      const { end } = span
      const novelty = bucket.count === 0 ? 0 : Math.max(0, 1 - usual.rate / bucket.count)
      usual.rate = usual.rate * decay + Math.min(bucket.count, 3) * (1 - decay)
      if (bucket.count === 0) return undefined
      const best = bucket.best?.mention
      // the sentence is written when read: when an alert is raised or a snapshot shown, not per bucket
      return new LazySignal(
        {
          detector: 'influence',
          queryId: query.id,
          at: new Date(end),
          value: bucket.count,
          baseline: usual.rate,
          score: (bucket.best?.weight ?? 0) * novelty,
          mentions: best ? [best.id] : [],
        },
        (lang) => {
          if (!best) return lang === 'fr' ? 'aucune voix influente' : 'no influential voice'
          const words = WORDS[lang]
          const notes = [
            ...(best.author.verified ? [words.verified] : []),
            ...(newsSources.includes(best.source) ? [words.news] : []),
          ]
          const who = authorLabel(best.author, lang, notes)
          return lang === 'fr' ? `voix influente : ${who}` : `influential voice: ${who}`
        },
      )
    },
  })
}

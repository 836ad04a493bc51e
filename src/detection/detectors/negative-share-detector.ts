import type { AnalyzedMention } from '../../core/index.ts'
import { createBucketedDetector } from '../bucketed-detector.ts'
import { bucketsPerHour, type CreateDetector, intervalMsOf } from '../detector-context.ts'
import { LazySignal } from '../lazy-signal.ts'
import { isHarsh, isNegative, keepTop } from '../mention-reach.ts'
import { formatPct } from '../phrases.ts'
import { createRecentSums } from '../recent-sums.ts'
import { SLOW_WINDOW_HOURS } from '../seasonal-surge.ts'
import { createShareBaseline, type ShareReading } from '../share-baseline.ts'
import { matcherFor } from './lexicon-detector.ts'

interface ToneBucket {
  total: number
  negative: number
  harsh: number
  /** negative posts that are harsh or use crisis vocabulary: what tells complaints from mockery */
  backed: number
  /** posts in a language Vigie does not read (`und`): their tone is unknown, not neutral */
  unread: number
  top: AnalyzedMention[]
}

const pickStronger = (a: ShareReading, b: ShareReading) => (b.score > a.score ? b : a)
const clamp01 = (x: number) => Math.max(0, Math.min(1, x))

/**
 * The weight of a rise of negative posts that neither harsh emotions nor crisis vocabulary follow: a wave of
 * mockery (a meme about the brand, 🤡, "nobody: absolutely nobody:") reads negative to the sentiment model,
 * but its anger, disgust and fear stay at their usual share, it names no crash nor boycott, and it is no crisis.
 */
export const UNCORROBORATED_WEIGHT = 0.3

/** a slow reading at or above this stands out: its hours do not teach the week's memory */
const SLOW_ANOMALY = 0.3

/**
 * 0..1: whether the negative posts are backed by a harsh emotion or crisis vocabulary as much as usual: the
 * share of such posts among the negative ones against the query's usual share. Complaints and bad news bring
 * anger or crisis words with their negativity (the usual share or more: 1); mockery brings negativity alone
 * (three quarters of the usual share or less: 0).
 */
export const corroboration = (negatives: number, backed: number, usualBacked: number): number => {
  if (negatives <= 0) return 1
  const usualRatio = Math.max(usualBacked, 0.05)
  const ratio = Math.min(backed, negatives) / negatives
  return clamp01((ratio / usualRatio - 0.75) / 0.5)
}

/**
 * Negative shift: the share of negative posts, and the share whose dominant emotion is anger,
 * disgust or fear, each against its usual value for the query. The stronger of the two wins
 * (the emotion mix slightly discounted: emotion models are noisier than polarity). Each is read on the
 * bucket and on the last `sustainedMinutes`, the stronger reading wins: a small crisis brings one or two
 * negative posts per bucket, too few for a bucket to be sure, but enough over half an hour.
 */
export const createNegativeShareDetector: CreateDetector = ({ query, settings, fold }) => {
  const match = matcherFor(settings.lexicon)
  const halfLifeBuckets = 24 * bucketsPerHour(settings)
  const negative = createShareBaseline({ prior: 0.2, priorWeight: 50, halfLifeBuckets, fullEffect: 0.45 })
  const harsh = createShareBaseline({ prior: 0.1, priorWeight: 50, halfLifeBuckets, fullEffect: 0.4 })
  // the share of negative posts that are harsh or use crisis terms (only read as a usual value)
  const backing = createShareBaseline({ prior: 0.4, priorWeight: 50, halfLifeBuckets, fullEffect: 1 })
  const recent = createRecentSums(Math.round(settings.sustainedMinutes / settings.intervalMinutes))
  // a crisis building over a day shifts the tone of hours, not of a bucket, and a baseline of a day's memory
  // follows it: the last hours are also read against a week's memory that such hours do not teach
  const slowRecent = createRecentSums(SLOW_WINDOW_HOURS * bucketsPerHour(settings))
  const slowNegative = createShareBaseline({
    prior: 0.2,
    priorWeight: 50,
    halfLifeBuckets: 7 * halfLifeBuckets,
    fullEffect: 0.45,
    minHits: 10,
  })
  // reused for every close: `recent` copies the counts it keeps
  const counts = [0, 0, 0, 0]
  return createBucketedDetector<ToneBucket>(intervalMsOf(settings), {
    kind: 'negative_share',
    open: () => ({ total: 0, negative: 0, harsh: 0, backed: 0, unread: 0, top: [] }),
    add(bucket, m) {
      bucket.total += 1
      if (m.analysis.lang === 'und') bucket.unread += 1
      const harshPost = isHarsh(m)
      if (harshPost) bucket.harsh += 1
      if (isNegative(m)) {
        bucket.negative += 1
        keepTop(bucket.top, m, 3)
        const terms = fold ? match.folded(fold(m)) : match(`${m.title ?? ''} ${m.text}`)
        if (harshPost || terms.length > 0) bucket.backed += 1
      }
    },
    close(bucket, span) {
      const { end } = span
      counts[0] = bucket.negative
      counts[1] = bucket.harsh
      counts[2] = bucket.total
      counts[3] = bucket.backed
      const sums = recent.push(counts)
      const slowSums = slowRecent.push(counts)
      // an empty bucket yields no signal: its readings would be thrown away, only the learning counts (and
      // of the slow reading, only its score)
      if (bucket.total === 0) {
        const quietTeach = slowNegative.score(slowSums[0]!, slowSums[2]!) >= SLOW_ANOMALY ? 0.1 : 1
        slowNegative.learn(bucket.negative * quietTeach, bucket.total * quietTeach)
        negative.learn(0, 0)
        harsh.learn(0, 0)
        backing.learn(0, 0)
        return undefined
      }
      const slow = slowNegative.read(slowSums[0]!, slowSums[2]!)
      // hours that stand out teach the week's memory a tenth of what they hold
      const slowTeach = slow.score >= SLOW_ANOMALY ? 0.1 : 1
      slowNegative.learn(bucket.negative * slowTeach, bucket.total * slowTeach)
      const neg = pickStronger(
        negative.read(bucket.negative, bucket.total),
        negative.read(sums[0]!, sums[2]!),
      )
      const emo = pickStronger(harsh.read(bucket.harsh, bucket.total), harsh.read(sums[1]!, sums[2]!))
      negative.learn(bucket.negative, bucket.total)
      harsh.learn(bucket.harsh, bucket.total)
      const emotionScore = 0.85 * emo.score
      // the negative rise counts in full when anger or crisis words came with it (over the window: a bucket holds few)
      const usualBacked = backing.read(0, 0).usual
      const backed = corroboration(sums[0]!, sums[3]!, usualBacked)
      backing.learn(bucket.backed, bucket.negative)
      const slowBacked = corroboration(slowSums[0]!, slowSums[3]!, usualBacked)
      const fastScore = neg.score * (UNCORROBORATED_WEIGHT + (1 - UNCORROBORATED_WEIGHT) * backed)
      const slowScore = slow.score * (UNCORROBORATED_WEIGHT + (1 - UNCORROBORATED_WEIGHT) * slowBacked)
      const negativeScore = Math.max(fastScore, slowScore)
      const slowWins = slowScore > fastScore
      // a conversation mostly in other languages has a tone Vigie cannot read: an even chance it is bad,
      // so that a huge surge in, say, Spanish still alerts (not as a crisis) rather than reading as calm
      const unread = bucket.unread / bucket.total
      const unknownTone = unread >= 0.5 ? 0.5 * unread : 0
      // the sentence is written when read: when an alert is raised or a snapshot shown, not per bucket
      return new LazySignal(
        {
          detector: 'negative_share',
          queryId: query.id,
          at: new Date(end),
          value: neg.share,
          baseline: neg.usual,
          score: Math.max(negativeScore, emotionScore, unknownTone),
          mentions: bucket.top.map((m) => m.id),
        },
        (lang) => {
          const [n, nu, e, eu, u] = [neg.share, neg.usual, emo.share, emo.usual, unread].map((x) =>
            formatPct(x, lang),
          )
          const unknown =
            unknownTone === 0
              ? ''
              : lang === 'fr'
                ? ` ; ${u} des publications dans une langue que Vigie ne lit pas`
                : `; ${u} of posts in a language Vigie does not read`
          const [sn, su] = [slow.share, slow.usual].map((x) => formatPct(x, lang))
          const hours =
            !slowWins || Math.max(negativeScore, emotionScore) !== negativeScore
              ? ''
              : lang === 'fr'
                ? ` ; sur ${SLOW_WINDOW_HOURS} h, ${sn} contre ${su} sur une semaine`
                : `; over ${SLOW_WINDOW_HOURS} h, ${sn} vs ${su} over a week`
          return lang === 'fr'
            ? `part négative ${n} contre ${nu} d’habitude${hours} ; colère, dégoût ou peur ${e} contre ${eu}${unknown}`
            : `negative share ${n} vs ${nu} usual${hours}; anger, disgust or fear ${e} vs ${eu}${unknown}`
        },
      )
    },
  })
}

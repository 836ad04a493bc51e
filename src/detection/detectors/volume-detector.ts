import type { AnalyzedMention } from '../../core/index.ts'
import { createBucketedDetector } from '../bucketed-detector.ts'
import { bucketsPerHour, type CreateDetector, intervalMsOf } from '../detector-context.ts'
import { LazySignal } from '../lazy-signal.ts'
import { isHarsh, isNegative, keepTop } from '../mention-reach.ts'
import { createNegativeSurge } from '../negative-surge.ts'
import { formatCount, formatRatio } from '../phrases.ts'
import { createSeasonalSurge, SLOW_WINDOW_HOURS } from '../seasonal-surge.ts'
import { VOLUME_Z_MIDPOINT, volumeSettingsOf } from '../settings.ts'
import { createSustainedVolume } from '../sustained-volume.ts'
import { createVolumeModel } from '../volume-model.ts'
import { matcherFor } from './lexicon-detector.ts'

interface VolumeBucket {
  count: number
  negative: number
  /** negative posts, each counted whole when a harsh emotion or crisis vocabulary backs it, half otherwise */
  bad: number
  top: AnalyzedMention[]
}

/** the rise of the bad share over the slow window (as a ratio of its usual value) from which a slow surge counts, and over which it counts in full */
const SHARE_RISE_FROM = 1.25
const SHARE_RISE_SPAN = 0.5
const clamp01 = (x: number) => Math.max(0, Math.min(1, x))
/** a negative post that neither a harsh emotion nor crisis vocabulary backs counts this much (mockery) */
const UNBACKED = 0.5

/**
 * Mentions per bucket against the query's daily and weekly rhythm (see `createVolumeModel`). The score
 * is the stronger of that level and a sustained negative surge: negative posts over `sustainedMinutes`
 * against the usual negative share of the expected volume, on the same scale (see `createNegativeSurge`).
 */
export const createVolumeDetector: CreateDetector = ({ query, settings, fold }) => {
  const match = matcherFor(settings.lexicon)
  const volumeSettings = volumeSettingsOf(settings)
  const model = createVolumeModel(volumeSettings)
  const perHour = bucketsPerHour(settings)
  // a sparse stream's crisis shows over an hour, not in one bucket
  const hourly = createSustainedVolume({
    windowBuckets: perHour,
    halfLifeBuckets: 7 * 24 * perHour,
    zMidpoint: VOLUME_Z_MIDPOINT[settings.sensitivity],
  })
  const warmupBuckets = Math.max(1, volumeSettings.warmupHours * perHour)
  const history = { buckets: 0 }
  // a small crisis adds a few negative posts per bucket: its evidence accumulates over a longer window
  const surge = createNegativeSurge({
    windowBuckets: Math.round(settings.sustainedMinutes / settings.intervalMinutes),
    halfLifeBuckets: 24 * bucketsPerHour(settings),
    zMidpoint: VOLUME_Z_MIDPOINT[settings.sensitivity],
  })
  const seasonal = {
    bucketMs: intervalMsOf(settings),
    windowHours: SLOW_WINDOW_HOURS,
    halfLifeDays: 7,
    zMidpoint: VOLUME_Z_MIDPOINT[settings.sensitivity],
    minCount: 10,
    warmupDays: 2,
  }
  // a crisis building over a day: the last hours' bad posts against the same hours of previous days
  const slow = createSeasonalSurge(seasonal)
  // the same hours' total: a brand that grows (a new market, a trend) has more bad posts but not a larger share
  const slowTotal = createSeasonalSurge(seasonal)
  return createBucketedDetector<VolumeBucket>(intervalMsOf(settings), {
    kind: 'volume',
    open: () => ({ count: 0, negative: 0, bad: 0, top: [] }),
    add(bucket, m) {
      bucket.count += 1
      if (isNegative(m)) {
        bucket.negative += 1
        const backed =
          isHarsh(m) || (fold ? match.folded(fold(m)) : match(`${m.title ?? ''} ${m.text}`)).length > 0
        bucket.bad += backed ? 1 : UNBACKED
      }
      keepTop(bucket.top, m, 3)
    },
    close(bucket, span) {
      const { start, end } = span
      // the readings are overwritten at the next step (no garbage for the many empty buckets): copied out
      const r = model.step(start, bucket.count)
      const s = surge.step(bucket.negative, bucket.count, r.expected)
      const h = hourly.step(bucket.count, r.expected)
      const w = slow.step(start, bucket.bad)
      const all = slowTotal.step(start, bucket.count)
      history.buckets += 1
      if (bucket.count === 0) return undefined
      const { expected, level, warm } = r
      const negatives = s.count
      const negativesExpected = s.expected
      const [hourCount, hourExpected] = [h.count, h.expected]
      const [slowCount, slowExpected] = [w.count, w.expected]
      // more bad posts count as a slow crisis only when they are also a larger share of the hours' talk
      const shareRise =
        w.count / Math.max(all.count, 1) / Math.max(w.expected / Math.max(all.expected, 1), 0.01)
      const slowLevel = w.level * clamp01((shareRise - SHARE_RISE_FROM) / SHARE_RISE_SPAN)
      // a baseline still learning weighs its window readings less: hours of quiet already say something,
      // a few minutes do not
      const progress = Math.min(1, history.buckets / warmupBuckets)
      const surgeLevel = s.level * progress
      // a busy stream's buckets speak for themselves: the hour counts where a bucket holds a post or two
      const sparse = Math.max(0, Math.min(1, (3 - expected) / 2))
      const hourLevel = h.level * progress * sparse
      const ratio = bucket.count / Math.max(expected, 0.5)
      const told =
        slowLevel > Math.max(level, surgeLevel, hourLevel)
          ? 'slow'
          : surgeLevel > Math.max(level, hourLevel)
            ? 'surge'
            : hourLevel > level
              ? 'hour'
              : 'bucket'
      // the sentence is written when read: when an alert is raised or a snapshot shown, not per bucket
      return new LazySignal(
        {
          detector: 'volume',
          queryId: query.id,
          at: new Date(end),
          value: bucket.count,
          baseline: expected,
          score: Math.max(level, surgeLevel, hourLevel, slowLevel),
          mentions: bucket.top.map((m) => m.id),
        },
        (lang) => {
          const minutes = settings.intervalMinutes
          const window = settings.sustainedMinutes
          const [n, e, r] = [bucket.count, formatCount(expected, lang), formatRatio(ratio, lang)]
          const neg = [negatives, formatCount(negativesExpected, lang)]
          const hour = [hourCount, formatCount(hourExpected, lang)]
          const bad = [formatCount(slowCount, lang), formatCount(slowExpected, lang)]
          if (lang === 'fr')
            return `${n} mentions en ${minutes} min contre ${e} attendues (${r})${warm ? '' : ', référence encore en apprentissage'}${told === 'surge' ? ` ; ${neg[0]} négatives en ${window} min contre ${neg[1]} attendues` : told === 'hour' ? ` ; ${hour[0]} en une heure contre ${hour[1]} attendues` : told === 'slow' ? ` ; ${bad[0]} négatives en ${SLOW_WINDOW_HOURS} h contre ${bad[1]} aux mêmes heures d’habitude` : ''}`
          return `${n} mentions in ${minutes} min vs ${e} expected (${r})${warm ? '' : ', baseline still learning'}${told === 'surge' ? `; ${neg[0]} negative in ${window} min vs ${neg[1]} expected` : told === 'hour' ? `; ${hour[0]} in an hour vs ${hour[1]} expected` : told === 'slow' ? `; ${bad[0]} negative in ${SLOW_WINDOW_HOURS} h vs ${bad[1]} at these hours usually` : ''}`
        },
      )
    },
  })
}

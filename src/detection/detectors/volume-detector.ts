import type { AnalyzedMention } from '../../core/index.ts'
import { createBucketedDetector } from '../bucketed-detector.ts'
import { bucketsPerHour, type CreateDetector, intervalMsOf } from '../detector-context.ts'
import { LazySignal } from '../lazy-signal.ts'
import { isNegative, keepTop } from '../mention-reach.ts'
import { createNegativeSurge } from '../negative-surge.ts'
import { formatCount, formatRatio } from '../phrases.ts'
import { VOLUME_Z_MIDPOINT, volumeSettingsOf } from '../settings.ts'
import { createSustainedVolume } from '../sustained-volume.ts'
import { createVolumeModel } from '../volume-model.ts'

interface VolumeBucket {
  count: number
  negative: number
  top: AnalyzedMention[]
}

/**
 * Mentions per bucket against the query's daily and weekly rhythm (see `createVolumeModel`). The score
 * is the stronger of that level and a sustained negative surge: negative posts over `sustainedMinutes`
 * against the usual negative share of the expected volume, on the same scale (see `createNegativeSurge`).
 */
export const createVolumeDetector: CreateDetector = ({ query, settings }) => {
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
  return createBucketedDetector<VolumeBucket>(intervalMsOf(settings), {
    kind: 'volume',
    open: () => ({ count: 0, negative: 0, top: [] }),
    add(bucket, m) {
      bucket.count += 1
      if (isNegative(m)) bucket.negative += 1
      keepTop(bucket.top, m, 3)
    },
    close(bucket, span) {
      const { start, end } = span
      // the readings are overwritten at the next step (no garbage for the many empty buckets): copied out
      const r = model.step(start, bucket.count)
      const s = surge.step(bucket.negative, bucket.count, r.expected)
      const h = hourly.step(bucket.count, r.expected)
      history.buckets += 1
      if (bucket.count === 0) return undefined
      const { expected, level, warm } = r
      const negatives = s.count
      const negativesExpected = s.expected
      const [hourCount, hourExpected] = [h.count, h.expected]
      // a baseline still learning weighs its window readings less: hours of quiet already say something,
      // a few minutes do not
      const progress = Math.min(1, history.buckets / warmupBuckets)
      const surgeLevel = s.level * progress
      // a busy stream's buckets speak for themselves: the hour counts where a bucket holds a post or two
      const sparse = Math.max(0, Math.min(1, (3 - expected) / 2))
      const hourLevel = h.level * progress * sparse
      const ratio = bucket.count / Math.max(expected, 0.5)
      const told = surgeLevel > Math.max(level, hourLevel) ? 'surge' : hourLevel > level ? 'hour' : 'bucket'
      // the sentence is written when read: when an alert is raised or a snapshot shown, not per bucket
      return new LazySignal(
        {
          detector: 'volume',
          queryId: query.id,
          at: new Date(end),
          value: bucket.count,
          baseline: expected,
          score: Math.max(level, surgeLevel, hourLevel),
          mentions: bucket.top.map((m) => m.id),
        },
        (lang) => {
          const minutes = settings.intervalMinutes
          const window = settings.sustainedMinutes
          const [n, e, r] = [bucket.count, formatCount(expected, lang), formatRatio(ratio, lang)]
          const neg = [negatives, formatCount(negativesExpected, lang)]
          const hour = [hourCount, formatCount(hourExpected, lang)]
          if (lang === 'fr')
            return `${n} mentions en ${minutes} min contre ${e} attendues (${r})${warm ? '' : ', référence encore en apprentissage'}${told === 'surge' ? ` ; ${neg[0]} négatives en ${window} min contre ${neg[1]} attendues` : told === 'hour' ? ` ; ${hour[0]} en une heure contre ${hour[1]} attendues` : ''}`
          return `${n} mentions in ${minutes} min vs ${e} expected (${r})${warm ? '' : ', baseline still learning'}${told === 'surge' ? `; ${neg[0]} negative in ${window} min vs ${neg[1]} expected` : told === 'hour' ? `; ${hour[0]} in an hour vs ${hour[1]} expected` : ''}`
        },
      )
    },
  })
}

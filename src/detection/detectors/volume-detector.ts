import type { AnalyzedMention } from '../../core/index.ts'
import { createBucketedDetector } from '../bucketed-detector.ts'
import { bucketsPerHour, type CreateDetector, intervalMsOf } from '../detector-context.ts'
import { isNegative, keepTop } from '../mention-reach.ts'
import { createNegativeSurge } from '../negative-surge.ts'
import { VOLUME_Z_MIDPOINT, volumeSettingsOf } from '../settings.ts'
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
  const model = createVolumeModel(volumeSettingsOf(settings))
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
    close(bucket, start, end) {
      const r = model.update(start, bucket.count)
      const s = surge.update(bucket.negative, bucket.count, r.expected)
      if (bucket.count === 0) return undefined
      // like the volume level, a baseline still learning does not make a surge
      const surgeLevel = r.warm ? s.level : 0
      const ratio = bucket.count / Math.max(r.expected, 0.5)
      return {
        detector: 'volume',
        queryId: query.id,
        at: new Date(end),
        value: bucket.count,
        baseline: r.expected,
        score: Math.max(r.level, surgeLevel),
        // a getter: the sentence is read only when an alert is raised or a snapshot shown, not per bucket
        get explanation() {
          const sustained =
            surgeLevel > r.level
              ? `; ${s.count} negative in ${settings.sustainedMinutes} min vs ${formatCount(s.expected)} expected`
              : ''
          return `${bucket.count} mentions in ${settings.intervalMinutes} min vs ${formatCount(r.expected)} expected (${formatRatio(ratio)})${r.warm ? '' : ', baseline still learning'}${sustained}`
        },
        mentions: bucket.top.map((m) => m.id),
      }
    },
  })
}

export const formatCount = (x: number): string => (x >= 10 ? String(Math.round(x)) : x.toFixed(1))
export const formatRatio = (x: number): string => (x >= 10 ? `${Math.round(x)}×` : `${x.toFixed(1)}×`)

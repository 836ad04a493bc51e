import type { AnalyzedMention } from '../../core/index.ts'
import { createBucketedDetector } from '../bucketed-detector.ts'
import { type CreateDetector, intervalMsOf } from '../detector-context.ts'
import { keepTop } from '../mention-reach.ts'
import { volumeSettingsOf } from '../settings.ts'
import { createVolumeModel } from '../volume-model.ts'

interface VolumeBucket {
  count: number
  top: AnalyzedMention[]
}

/** Mentions per bucket against the query's daily and weekly rhythm (see `createVolumeModel`). */
export const createVolumeDetector: CreateDetector = ({ query, settings }) => {
  const model = createVolumeModel(volumeSettingsOf(settings))
  return createBucketedDetector<VolumeBucket>(intervalMsOf(settings), {
    kind: 'volume',
    open: () => ({ count: 0, top: [] }),
    add(bucket, m) {
      bucket.count += 1
      keepTop(bucket.top, m, 3)
    },
    close(bucket, start, end) {
      const r = model.update(new Date(start), bucket.count)
      if (bucket.count === 0) return undefined
      const ratio = bucket.count / Math.max(r.expected, 0.5)
      return {
        detector: 'volume',
        queryId: query.id,
        at: new Date(end),
        value: bucket.count,
        baseline: r.expected,
        score: r.level,
        explanation: `${bucket.count} mentions in ${settings.intervalMinutes} min vs ${formatCount(r.expected)} expected (${formatRatio(ratio)})${r.warm ? '' : ', baseline still learning'}`,
        mentions: bucket.top.map((m) => m.id),
      }
    },
  })
}

export const formatCount = (x: number): string => (x >= 10 ? String(Math.round(x)) : x.toFixed(1))
export const formatRatio = (x: number): string => (x >= 10 ? `${Math.round(x)}×` : `${x.toFixed(1)}×`)

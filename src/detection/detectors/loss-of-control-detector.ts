import type { AnalyzedMention } from '../../core/index.ts'
import { createBucketedDetector } from '../bucketed-detector.ts'
import { bucketsPerHour, type CreateDetector, intervalMsOf } from '../detector-context.ts'
import { LazySignal } from '../lazy-signal.ts'
import { formatPct } from '../phrases.ts'

interface ControlBucket {
  total: number
  owned: number
  lastOwnedAt: number
}

/** A bucket this many times the usual volume (and at least `SURGE_MIN` posts) is a surge. */
const SURGE_RATIO = 3
const SURGE_MIN = 5

/**
 * Loss of control: during a surge, the share of the conversation held by others than the brand's
 * own accounts, times how long the brand has been silent since the surge began (full at
 * `silenceMinutes`). Outside a surge the brand is not losing anything: the score is 0.
 */
export const createLossOfControlDetector: CreateDetector = ({ query, settings }) => {
  const owned = new Set(query.owned)
  const silenceMs = settings.lossOfControl.silenceMinutes * 60_000
  const decay = 2 ** (-1 / (6 * bucketsPerHour(settings)))
  // fields, not closure variables: V8 boxes each new float written to a closure variable (a heap
  // allocation at every bucket of every query), while it updates a number field in place
  const state = { usual: 0, surgeStart: Number.NaN, lastOwnedAt: Number.NEGATIVE_INFINITY }
  const isOwned = (m: AnalyzedMention) => m.analysis.owned || owned.has(m.author.handle.toLowerCase())
  return createBucketedDetector<ControlBucket>(intervalMsOf(settings), {
    kind: 'loss_of_control',
    open: () => ({ total: 0, owned: 0, lastOwnedAt: Number.NEGATIVE_INFINITY }),
    add(bucket, m) {
      bucket.total += 1
      if (!isOwned(m)) return
      bucket.owned += 1
      bucket.lastOwnedAt = Math.max(bucket.lastOwnedAt, m.createdAt.getTime())
    },
    close(bucket, span) {
      const { start, end } = span
      state.lastOwnedAt = Math.max(state.lastOwnedAt, bucket.lastOwnedAt)
      const surging = bucket.total >= SURGE_MIN && bucket.total > SURGE_RATIO * state.usual + 2
      if (surging && Number.isNaN(state.surgeStart)) state.surgeStart = start
      if (!surging && bucket.total <= 2 * state.usual + 1) state.surgeStart = Number.NaN
      // a surge teaches the usual volume only a little, so a long one still counts as one
      state.usual = state.usual * decay + Math.min(bucket.total, 2 * state.usual + 2) * (1 - decay)
      if (bucket.total === 0) return undefined
      const others = 1 - bucket.owned / bucket.total
      const silentSince = Math.max(state.surgeStart, state.lastOwnedAt)
      const silence = Number.isNaN(state.surgeStart) ? 0 : end - silentSince
      const score = Number.isNaN(state.surgeStart) ? 0 : others * Math.min(1, silence / silenceMs)
      const inSurge = !Number.isNaN(state.surgeStart)
      // the sentence is written when read: when an alert is raised or a snapshot shown, not per bucket
      return new LazySignal(
        {
          detector: 'loss_of_control',
          queryId: query.id,
          at: new Date(end),
          value: others,
          baseline: state.usual,
          score,
          mentions: [],
        },
        (lang) => {
          const share = formatPct(others, lang)
          const minutes = Math.round(silence / 60_000)
          if (lang === 'fr') {
            const held = `les autres tiennent ${share} de la conversation`
            return inSurge
              ? `${held} ; la marque se tait depuis ${minutes} min, depuis le début de la vague`
              : held
          }
          const held = `others hold ${share} of the conversation`
          return inSurge
            ? `${held}; the brand has been silent for ${minutes} min since the surge began`
            : held
        },
      )
    },
  })
}

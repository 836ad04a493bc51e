import { UNKNOWN_AUTHOR } from '../../core/index.ts'
import { createBucketedDetector } from '../bucketed-detector.ts'
import { type CreateDetector, intervalMsOf } from '../detector-context.ts'
import type { ForecastBand } from '../forecast-band.ts'
import { LazySignal } from '../lazy-signal.ts'
import { type AlertLang, atHandle, formatCount } from '../phrases.ts'
import { type Cascade, createQueryCascades } from './cascades.ts'

interface Flagged {
  cascade: Cascade
  predicted: number
  recent: number
  score: number
}

/** Ignores cascades with fewer reshares than this: a forecast from one or two points is noise. */
const MIN_RESHARES = 3
/** Reshares and replies per bucket below which a cascade is winding down and weighs less. */
const MOVING = 5

/**
 * Virality per post: reshares and replies are attached to the original through `repostOf` and
 * `replyTo` chains; each bucket, every cascade that moved gets a forecast of its final reshares
 * (`forecastCascade`, through a `ForecastTrack` per cascade), so a post is flagged before it peaks.
 */
export const createViralityDetector: CreateDetector = ({ query, settings, cascades: shared }) => {
  const { reshares: threshold } = settings.virality
  const cascades = shared ?? createQueryCascades(settings)
  let moved: Cascade[] = []
  return createBucketedDetector<null>(intervalMsOf(settings), {
    kind: 'virality',
    open: () => null,
    add(_bucket, m) {
      const c = cascades.add(m)
      if (c && c.recent === 1) moved.push(c)
    },
    close(_bucket, span) {
      const { end } = span
      if (moved.length === 0) {
        cascades.forget(end)
        return undefined
      }
      const flagged: Flagged[] = []
      for (const c of moved) {
        const recent = c.recent
        c.recent = 0
        if (Math.max(c.events.size - 1, c.reportedReshares) < MIN_RESHARES) continue
        const f = c.events.forecast(end)
        const predicted = Math.max(f.predictedFinal, c.reportedReshares)
        // a post that was viral yesterday and trickles today is no longer spreading
        const score = Math.min(1, recent / MOVING) / (1 + (threshold / Math.max(predicted, 1e-9)) ** 2)
        flagged.push({ cascade: c, predicted, recent, score })
      }
      moved = []
      cascades.forget(end)
      flagged.sort((a, b) => b.score - a.score || a.cascade.rootId.localeCompare(b.cascade.rootId))
      const top = flagged[0]
      // the sentence is written when read (an alert, a snapshot), from the cascade as it is now
      const told = top ? toldOf(top, cascades.band()) : undefined
      return new LazySignal(
        {
          detector: 'virality',
          queryId: query.id,
          at: new Date(end),
          value: top?.predicted ?? 0,
          baseline: threshold,
          score: top?.score ?? 0,
          mentions: flagged.slice(0, 3).map((f) => f.cascade.rootId),
        },
        (lang) =>
          told
            ? describe(told, settings.intervalMinutes, lang)
            : lang === 'fr'
              ? 'aucune publication en propagation'
              : 'no post spreading',
      )
    },
  })
}

/** What the sentence says of the top cascade, taken at the close: the cascade keeps growing after it. */
const toldOf = ({ cascade: c, predicted, recent }: Flagged, band: ForecastBand) => ({
  seen: Math.max(c.events.size - 1, c.reportedReshares),
  author: c.author,
  replies: c.replies,
  recent,
  predicted,
  band,
})

/** Below this many reshares a forecast of the final count would mostly be noise: it is not shown. */
export const MIN_RESHARES_TO_FORECAST = 10

/** `forecast 300 reshares (230–450)`: the forecast and the range its past errors allow, never below what is seen. */
const forecastOf = (told: ReturnType<typeof toldOf>, lang: AlertLang): string => {
  const { seen, predicted, band } = told
  if (seen < MIN_RESHARES_TO_FORECAST) return ''
  const round = (x: number) => formatCount(x >= 100 ? Math.round(x / 10) * 10 : x, lang)
  const low = round(Math.max(seen, predicted * band.low))
  const high = round(Math.max(seen, predicted * band.high))
  return lang === 'fr'
    ? `, prévision ${round(predicted)} partages (de ${low} à ${high})`
    : `, forecast ${round(predicted)} reshares (${low}–${high})`
}

const describe = (told: ReturnType<typeof toldOf>, minutes: number, lang: AlertLang): string => {
  const { seen, replies, recent } = told
  const author = told.author === UNKNOWN_AUTHOR.handle ? '' : told.author
  const then = forecastOf(told, lang)
  if (lang === 'fr') {
    const by = author ? ` de ${atHandle(author)}` : ''
    return `publication${by} en propagation : ${seen} partages et ${replies} réponses jusqu’ici, ${recent} dans les ${minutes} dernières min${then}`
  }
  const by = author ? ` by ${atHandle(author)}` : ''
  return `post${by} spreading: ${seen} reshares and ${replies} replies so far, ${recent} in the last ${minutes} min${then}`
}

import type { Alert, AnalyzedMention, BrandQuery, DetectorKind, Signal } from '../core/index.ts'
import { tellStory } from './alert-story.ts'
import { type BucketMentions, summariseWindow } from './bucket-summary.ts'
import { type CrisisScore, type DetectorScores, scoreCrisis } from './crisis-score.ts'
import { createQueryCascades } from './detectors/cascades.ts'
import { createEscalation, type Level, rankOf } from './escalation.ts'
import { explain } from './explanation.ts'
import type { Detector } from './port.ts'
import { detectors } from './registry.ts'
import type { DetectionSettings } from './settings.ts'
import { foldText } from './term-matcher.ts'

/** An alert as detection produces it; the alerts component gives it an id and a status. */
export type DetectedAlert = Omit<Alert, 'id' | 'status'>

/** A lexicon score from which crisis terms count as heard (a share of posts clearly above its usual value). */
const HEARD = 0.25

/** A query's state for display: its level, crisis score and the latest signal of each detector. */
export interface QueryState {
  queryId: string
  brand: string
  level: Level
  score: number
  intensity: number
  tone: number
  /** end of the last closed bucket, or null before the first; `signals` are from the last bucket with posts */
  at: Date | null
  signals: Partial<Record<DetectorKind, Pick<Signal, 'score' | 'value' | 'baseline' | 'explanation'>>>
}

/**
 * The mention's folded text, remembered for the last mention: lexicon and summaries both read it, and
 * a detection shares one among its queries, so a mention of several queries is folded once.
 */
export const createFold = () => {
  let foldedFor: AnalyzedMention | undefined
  let folded = ''
  return (m: AnalyzedMention): string => {
    if (m !== foldedFor) {
      foldedFor = m
      folded = foldText(`${m.title ?? ''} ${m.text}`)
    }
    return folded
  }
}

/** Detection for one brand query: its detectors, the crisis scorer and the recent buckets that explain. */
export const createQueryDetection = (
  query: BrandQuery,
  settings: DetectionSettings,
  fold: (m: AnalyzedMention) => string = createFold(),
) => {
  const intervalMs = settings.intervalMinutes * 60_000
  const kinds = Object.keys(detectors) as DetectorKind[]
  // the virality detector follows the cascades; an alert's explanation leads its posts back to their origin
  const cascades = createQueryCascades(settings)
  const running: Detector[] = kinds.map((k) => detectors[k]({ query, settings, fold, cascades }))
  const escalation = createEscalation(settings)
  const brandWords = new Set([...foldText(query.brand).trim().split(' '), ...query.owned])
  const explainMs = settings.explainWindowMinutes * 60_000
  const window: BucketMentions[] = []
  let current: BucketMentions | undefined
  let lastCrisis: CrisisScore | undefined
  let lastSignals: Signal[] = []
  // the last closed bucket's end and the next one's, as fields: V8 boxes each new float written to a
  // closure variable (a heap allocation per close), while it updates a field in place
  const ends = { last: Number.NaN, next: Number.NaN }
  const quiet: CrisisScore = { score: 0, intensity: 0, tone: 0 }
  // the detectors' signals of one advance, reused: most closes are of empty buckets and signal nothing
  const pending: Signal[] = []
  const none: Signal[] = []

  const closeSummaries = (end: number) => {
    if (current && current.start + intervalMs <= end) {
      window.push(current)
      current = undefined
    }
    // by time, not by count: in a sparse stream the last few buckets with posts may span days
    while (window.length > 0 && window[0]!.start + intervalMs <= end - explainMs) window.shift()
  }

  // when crisis terms were last heard (a bucket end): without them the score counts for less
  const heard = { at: Number.NEGATIVE_INFINITY }
  const withinMs = settings.lexicon.withinHours * 3_600_000

  const judge = (signals: Signal[], at: number): DetectedAlert | undefined => {
    const scores: DetectorScores = {}
    let control: Signal | undefined
    for (const s of signals) {
      scores[s.detector] = s.score
      if (!control && s.detector === 'loss_of_control') control = s
    }
    if ((scores.lexicon ?? 0) >= HEARD) heard.at = at
    const unheard = withinMs > 0 && at - heard.at > withinMs ? settings.lexicon.withinHours : undefined
    const crisis = scoreCrisis(scores, control?.value ?? 1, unheard)
    lastCrisis = crisis
    ends.last = at
    lastSignals = signals
    const raised = escalation.step(crisis.score, at)
    if (!raised || rankOf(raised) < rankOf(settings.minSeverity)) return undefined
    const mentions = window.flatMap((b) => b.mentions)
    const story = tellStory(mentions, cascades)
    const told = explain({
      brand: query.brand,
      level: raised,
      crisis,
      signals,
      story,
      window: summariseWindow(mentions, story.relevant, brandWords, fold),
      maxMentions: settings.maxMentionsPerAlert,
      lang: settings.language,
    })
    return {
      at: new Date(at),
      workspaceId: query.workspaceId,
      queryId: query.id,
      kind: 'crisis',
      severity: raised,
      score: crisis.score,
      explanation: told.explanation,
      mentions: told.mentions,
      // an interface is not an index signature: spread it into the stored record type
      details: { ...told.details },
    }
  }

  const calm = (at: number): undefined => {
    lastCrisis = quiet
    ends.last = at
    escalation.step(0, at)
  }

  return {
    observe(m: AnalyzedMention, bucketStart: number) {
      for (const d of running) d.observe(m)
      current ??= { start: bucketStart, mentions: [] }
      current.mentions.push(m)
    },
    /** Closes every bucket ended at or before `t` (epoch milliseconds); pushes the alerts raised onto `into`. */
    advance(t: number, into: DetectedAlert[]): void {
      pending.length = 0
      for (const d of running) {
        if (d.collect) d.collect(t, pending)
        else pending.push(...d.advance(new Date(t)))
      }
      if (Number.isNaN(ends.next)) ends.next = Math.floor(t / intervalMs) * intervalMs + intervalMs
      for (; ends.next <= t; ends.next += intervalMs) {
        const end = ends.next
        closeSummaries(end)
        // detectors say nothing about empty buckets: a bucket without signals is calm
        const seen = pending.length > 0 ? pending.filter((s) => s.at.getTime() === end) : none
        const alert = seen.length > 0 ? judge(seen, end) : calm(end)
        if (alert) into.push(alert)
      }
    },
    /** the current level, without building a snapshot */
    level(): Level {
      return escalation.level
    },
    snapshot(): QueryState {
      return {
        queryId: query.id,
        brand: query.brand,
        level: escalation.level,
        score: lastCrisis?.score ?? 0,
        intensity: lastCrisis?.intensity ?? 0,
        tone: lastCrisis?.tone ?? 0,
        at: lastCrisis ? new Date(ends.last) : null,
        signals: Object.fromEntries(
          lastSignals.map((s) => [
            s.detector,
            { score: s.score, value: s.value, baseline: s.baseline, explanation: s.explanation },
          ]),
        ),
      }
    },
  }
}

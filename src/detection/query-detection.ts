import type { Alert, AnalyzedMention, BrandQuery, DetectorKind, Signal } from '../core/index.ts'
import { addToSummary, type BucketSummary, openSummary } from './bucket-summary.ts'
import { type CrisisScore, scoreCrisis } from './crisis-score.ts'
import { createEscalation, type Level, rankOf } from './escalation.ts'
import { explain } from './explanation.ts'
import type { Detector } from './port.ts'
import { detectors } from './registry.ts'
import type { DetectionSettings } from './settings.ts'
import { foldText } from './term-matcher.ts'

/** An alert as detection produces it; the alerts component gives it an id and a status. */
export type DetectedAlert = Omit<Alert, 'id' | 'status'>

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
  const running: Detector[] = kinds.map((k) => detectors[k]({ query, settings, fold }))
  const escalation = createEscalation(settings)
  const brandWords = new Set([...foldText(query.brand).trim().split(' '), ...query.owned])
  const keep = Math.max(1, Math.ceil(settings.explainWindowMinutes / settings.intervalMinutes))
  const window: BucketSummary[] = []
  let current: BucketSummary | undefined
  // the last closed bucket's score and end, as two fields: an object per (mostly empty) close was garbage
  let lastCrisis: CrisisScore | undefined
  let lastAt = Number.NaN
  let lastSignals: Signal[] = []
  let nextEnd = Number.NaN
  const quiet: CrisisScore = { score: 0, intensity: 0, tone: 0 }

  const closeSummaries = (end: number) => {
    if (current && current.start + intervalMs <= end) {
      window.push(current)
      current = undefined
    }
    while (window.length > keep) window.shift()
  }

  const judge = (signals: Signal[], at: number): DetectedAlert | undefined => {
    const scores = Object.fromEntries(signals.map((s) => [s.detector, s.score]))
    const others = signals.find((s) => s.detector === 'loss_of_control')?.value ?? 1
    const crisis = scoreCrisis(scores, others)
    lastCrisis = crisis
    lastAt = at
    lastSignals = signals
    const raised = escalation.step(crisis.score, at)
    if (!raised || rankOf(raised) < rankOf(settings.minSeverity)) return undefined
    const told = explain({
      brand: query.brand,
      level: raised,
      crisis,
      signals,
      window,
      maxMentions: settings.maxMentionsPerAlert,
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

  // most closes of most queries are empty buckets that signal nothing: no array per detector for them
  const collectSignals = (now: Date): Signal[] => {
    let all: Signal[] | undefined
    for (const d of running) {
      const some = d.advance(now)
      if (some.length > 0) all = all ? all.concat(some) : some
    }
    return all ?? []
  }

  const calm = (at: number): undefined => {
    lastCrisis = quiet
    lastAt = at
    escalation.step(0, at)
  }

  return {
    observe(m: AnalyzedMention, bucketStart: number) {
      for (const d of running) d.observe(m)
      current ??= openSummary(bucketStart)
      addToSummary(current, m, brandWords, fold)
    },
    advance(now: Date): DetectedAlert[] {
      const t = now.getTime()
      const signals = collectSignals(now)
      if (Number.isNaN(nextEnd)) nextEnd = Math.floor(t / intervalMs) * intervalMs + intervalMs
      const alerts: DetectedAlert[] = []
      for (; nextEnd <= t; nextEnd += intervalMs) {
        closeSummaries(nextEnd)
        const end = nextEnd
        // detectors say nothing about empty buckets: a bucket without signals is calm
        const seen = signals.length > 0 ? signals.filter((s) => s.at.getTime() === end) : signals
        const alert = seen.length > 0 ? judge(seen, end) : calm(end)
        if (alert) alerts.push(alert)
      }
      return alerts
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
        at: lastCrisis ? new Date(lastAt) : null,
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

import { type AnalyzedMention, EMOTIONS, type Signal } from '../core/index.ts'
import type { AlertDetails, AlertPost } from './alert-details.ts'
import type { BucketSummary } from './bucket-summary.ts'
import type { CrisisScore } from './crisis-score.ts'
import { formatFollowers } from './detectors/influence-detector.ts'
import { keepTop, reachOf } from './mention-reach.ts'

export interface Explained {
  explanation: string
  mentions: string[]
  details: AlertDetails
}

const ranked = (map: Map<string, number>, n: number) =>
  [...map.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, n)

const merge = (window: readonly BucketSummary[]) => {
  const sum = (pick: (s: BucketSummary) => Map<string, number>) => {
    const out = new Map<string, number>()
    for (const s of window) for (const [k, v] of pick(s)) out.set(k, (out.get(k) ?? 0) + v)
    return out
  }
  const top: AnalyzedMention[] = []
  const amplifiers: AnalyzedMention[] = []
  for (const s of window) {
    for (const m of s.top) keepTop(top, m, 5)
    for (const m of s.amplifiers) keepTop(amplifiers, m, 5)
  }
  const firstNegative = window.find((s) => s.firstNegative)?.firstNegative
  const count = window.reduce((n, s) => n + s.count, 0)
  const negative = window.reduce((n, s) => n + s.negative, 0)
  const emotions = Object.fromEntries(
    EMOTIONS.map((e) => [e, count ? round2(window.reduce((x, s) => x + s.emotions[e], 0) / count) : 0]),
  ) as AlertDetails['emotions']
  return {
    sources: sum((s) => s.sources),
    causes: sum((s) => s.causes),
    terms: sum((s) => s.terms),
    references: sum((s) => s.references),
    top,
    amplifiers,
    firstNegative,
    count,
    negative,
    emotions,
  }
}

const round2 = (x: number) => Math.round(x * 100) / 100
const postOf = (m: AnalyzedMention): AlertPost => ({
  id: m.id,
  author: m.author.handle,
  followers: m.author.followers ?? null,
  source: m.source,
  at: m.createdAt.toISOString(),
  text: m.text.slice(0, 280),
  reach: reachOf(m),
})

/** The alert's sentence, its most telling posts (origin first, then by reach) and its details. */
export const explain = (input: {
  brand: string
  level: AlertDetails['level']
  crisis: CrisisScore
  signals: readonly Signal[]
  window: readonly BucketSummary[]
  maxMentions: number
}): Explained => {
  const w = merge(input.window)
  const [mostReferenced] = ranked(w.references, 1)
  const origin =
    mostReferenced && mostReferenced[1] >= 2 ? mostReferenced[0] : (w.firstNegative ?? w.top[0])?.id
  const byKind = new Map(input.signals.map((s) => [s.detector, s]))
  const parts = input.signals
    .filter((s) => s.detector === 'volume' || s.detector === 'negative_share' || s.score >= 0.25)
    .map((s) => s.explanation)
  const lead = w.top[0]
  if (lead)
    parts.push(
      `top post by @${lead.author.handle}${lead.author.followers ? ` (${formatFollowers(lead.author.followers)} followers)` : ''}`,
    )
  const [cause] = ranked(w.causes, 1)
  if (cause) parts.push(`likely cause: ${cause[0].replace(/_/g, ' ')}`)
  const mentions = [
    ...(origin ? [origin] : []),
    ...w.top.map((m) => m.id),
    ...w.amplifiers.map((m) => m.id),
    ...input.signals.flatMap((s) => s.mentions),
  ]
  return {
    explanation: `${input.brand}: ${parts.join('; ')}.`,
    mentions: [...new Set(mentions)].slice(0, input.maxMentions),
    details: {
      level: input.level,
      score: input.crisis.score,
      intensity: round2(input.crisis.intensity),
      tone: round2(input.crisis.tone),
      signals: Object.fromEntries(
        [...byKind].map(([k, s]) => [
          k,
          {
            score: round2(s.score),
            value: round2(s.value),
            baseline: round2(s.baseline),
            explanation: s.explanation,
          },
        ]),
      ),
      origin: origin ?? null,
      topPosts: w.top.map(postOf),
      amplifiers: w.amplifiers.map(postOf),
      topTerms: ranked(w.terms, 8).map(([term, count]) => ({ term, count })),
      sentiment: { mentions: w.count, negativeShare: w.count ? round2(w.negative / w.count) : 0 },
      emotions: w.emotions,
      sources: ranked(w.sources, 8).map(([source, count]) => ({ source, count })),
      likelyCause: cause?.[0] ?? null,
    },
  }
}

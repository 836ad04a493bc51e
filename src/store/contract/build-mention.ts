import { readFileSync } from 'node:fs'
import {
  AnalyzedMention,
  type Author,
  type Cause,
  type Emotions,
  type Lang,
  type Metrics,
  neutralEmotions,
  type SentimentLabel,
} from '../../core/index.ts'

/** Hand-written analysed mentions with every optional field present in one, absent in another. */
export const loadFixtureMentions = (): AnalyzedMention[] => {
  const raw: unknown = JSON.parse(
    readFileSync(new URL('../fixtures/analyzed-mentions.json', import.meta.url), 'utf8'),
  )
  return AnalyzedMention.array().parse(raw)
}

export const T0 = Date.UTC(2026, 2, 2, 0, 0, 0)
export const MINUTE = 60_000
export const HOUR = 3_600_000

const scoreOf: Record<SentimentLabel, number> = { negative: -0.6, neutral: 0, positive: 0.6 }

export interface MentionSpec {
  id: string
  workspaceId?: string
  at?: number
  text?: string
  title?: string
  sentiment?: SentimentLabel
  queries?: string[]
  source?: string
  lang?: Lang
  /** scores of the emotions given; the others are 0 */
  emotions?: Partial<Emotions>
  cause?: Cause
  /** `author` by default (id and handle) */
  author?: Partial<Author>
  metrics?: Metrics
  owned?: boolean
}

/** A minimal analysed mention; `at` is epoch milliseconds. */
export const buildMention = (spec: MentionSpec): AnalyzedMention => {
  const label = spec.sentiment ?? 'neutral'
  return {
    id: spec.id,
    workspaceId: spec.workspaceId ?? 'acme',
    source: spec.source ?? 'test',
    createdAt: new Date(spec.at ?? T0),
    text: spec.text ?? `mention ${spec.id}`,
    ...(spec.title !== undefined && { title: spec.title }),
    author: { id: spec.author?.handle ?? 'author', handle: 'author', ...spec.author },
    ...(spec.metrics && { metrics: spec.metrics }),
    analysis: {
      lang: spec.lang ?? 'fr',
      sentiment: { label, score: scoreOf[label], confidence: 0.8 },
      emotions: { ...neutralEmotions(), ...spec.emotions },
      queries: spec.queries ?? [],
      owned: spec.owned ?? false,
      cause: spec.cause ?? 'none',
    },
  }
}

/** `count` mentions one minute apart from T0, ids `m000`, `m001`... */
export const buildTimeline = (count: number, spec: Omit<MentionSpec, 'id' | 'at'> = {}): AnalyzedMention[] =>
  Array.from({ length: count }, (_, i) =>
    buildMention({ ...spec, id: `m${String(i).padStart(3, '0')}`, at: T0 + i * MINUTE }),
  )

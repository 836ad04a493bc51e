import { type Analysis, type AnalyzedMention, type Mention, neutralEmotions } from '../core/index.ts'
import { scoreCause } from './cause/index.ts'
import { chain } from './chain.ts'
import { detectLanguage } from './detect-language.ts'
import { dropSeen, type SeenSet } from './drop-seen.ts'
import { createLexiconEmotions } from './lexicon/lexicon-emotions.ts'
import { createLexiconSentiment } from './lexicon/lexicon-sentiment.ts'
import type { EmotionModel, SentimentModel } from './models/port.ts'
import { scoreEmotions } from './score-emotions.ts'
import { scoreSentiment } from './score-sentiment.ts'
import type { Draft, Step } from './step.ts'

export interface AnalyzerDeps {
  seen: SeenSet
  /** the brand-query step, built by `matchQueries(compileQueries(queries), queries)` */
  matchQueries: Step
  /** defaults to the lexicon models */
  sentiment?: SentimentModel
  emotions?: EmotionModel
}

export type AnalyzerResult =
  | { kind: 'ok'; mention: AnalyzedMention }
  | { kind: 'skip' | 'fail'; reason: string; step: string }

export type Analyzer = (workspaceId: string, mention: Mention) => AnalyzerResult

/** The analysis pipeline: one mention in, an analysed mention or the step that skipped or failed it out. */
export const createAnalyzer = (deps: AnalyzerDeps): Analyzer => {
  const run = chain(
    dropSeen(deps.seen), // first: polling overlaps, duplicates are common
    deps.matchQueries, // before the models: most posts match no brand and stop here, cheaply
    detectLanguage(),
    scoreSentiment(deps.sentiment ?? createLexiconSentiment()), // after language: models are per language
    scoreEmotions(deps.emotions ?? createLexiconEmotions()),
    scoreCause(),
  )
  return (workspaceId, mention) => {
    const draft: Draft = { workspaceId, mention, analysis: {} }
    const outcome = run(draft)
    if (outcome.kind !== 'ok')
      return { kind: outcome.kind, reason: outcome.reason, step: outcome.step ?? 'unknown' }
    return { kind: 'ok', mention: { ...mention, workspaceId, analysis: complete(draft.analysis) } }
  }
}

/** Fills what no step set: a pipeline assembled without a step still yields a valid Analysis. */
const complete = (partial: Partial<Analysis>): Analysis => ({
  lang: partial.lang ?? 'und',
  sentiment: partial.sentiment ?? { label: 'neutral', score: 0, confidence: 0 },
  emotions: partial.emotions ?? neutralEmotions(),
  queries: partial.queries ?? [],
  owned: partial.owned ?? false,
  cause: partial.cause ?? 'none',
})

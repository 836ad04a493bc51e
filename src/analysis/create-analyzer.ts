import { type Analysis, type AnalyzedMention, type Mention, neutralEmotions } from '../core/index.ts'
import { scoreCause } from './cause/index.ts'
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

/** The analysis alone, without a copy of the mention: what a caller that still holds the mention needs. */
export type AnalysisResult =
  | { kind: 'ok'; analysis: Analysis }
  | { kind: 'skip' | 'fail'; reason: string; step: string }

export type AnalysisRun = (workspaceId: string, mention: Mention) => AnalysisResult

/**
 * The analysis pipeline without copying the mention: one mention in, its analysis or the step that skipped
 * or failed it out. Runs the steps on one reused draft (no step keeps it), so a mention allocates only
 * its results.
 */
export const createAnalysisRun = (deps: AnalyzerDeps): AnalysisRun => {
  const steps: readonly Step[] = [
    dropSeen(deps.seen), // first: polling overlaps, duplicates are common
    deps.matchQueries, // before the models: most posts match no brand and stop here, cheaply
    detectLanguage(),
    scoreSentiment(deps.sentiment ?? createLexiconSentiment()), // after language: models are per language
    scoreEmotions(deps.emotions ?? createLexiconEmotions()),
    scoreCause(),
  ]
  const partial: Partial<Analysis> = {}
  const draft: Draft = { workspaceId: '', mention: undefined as unknown as Mention, analysis: partial }
  return (workspaceId, mention) => {
    draft.workspaceId = workspaceId
    draft.mention = mention
    clear(partial)
    draft.analysis = partial
    // the steps run as `chain` runs them, without its copy of the outcome naming the step
    for (let s = 0; s < steps.length; s++) {
      const outcome = steps[s]!.run(draft)
      if (outcome.kind === 'ok') continue
      draft.mention = undefined as unknown as Mention // the draft must not keep the last mention alive
      return { kind: outcome.kind, reason: outcome.reason, step: steps[s]!.name }
    }
    draft.mention = undefined as unknown as Mention
    return { kind: 'ok', analysis: complete(draft.analysis) }
  }
}

/** The analysis pipeline: one mention in, an analysed mention or the step that skipped or failed it out. */
export const createAnalyzer = (deps: AnalyzerDeps): Analyzer => {
  const run = createAnalysisRun(deps)
  return (workspaceId, mention) => {
    const result = run(workspaceId, mention)
    if (result.kind !== 'ok') return result
    return { kind: 'ok', mention: { ...mention, workspaceId, analysis: result.analysis } }
  }
}

/** Same fields, set to undefined rather than deleted: the draft's object keeps one shape. */
const clear = (partial: Partial<Analysis>): void => {
  partial.lang = undefined
  partial.sentiment = undefined
  partial.emotions = undefined
  partial.queries = undefined
  partial.owned = undefined
  partial.cause = undefined
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

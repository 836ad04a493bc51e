import {
  type AnalysisRun,
  type Analyzer,
  type AnalyzerDeps,
  type AnalyzerResult,
  compileQueries,
  createAnalysisRun,
  createAnalyzer,
  createSeenSet,
  matchQueries,
  type SeenSet,
  type SentimentModel,
  seenKey,
} from '../analysis/index.ts'
import type { BrandQuery, Clock, Mention } from '../core/index.ts'
import { createDetection, type Detection, type DetectionSettingsInput } from '../detection/index.ts'
import type { Store } from '../store/index.ts'
import { createDefaultModels } from './models.ts'
import {
  type LearnedCorrection,
  MAX_CORRECTIONS_LEARNED,
  sentimentForWorkspace,
} from './workspace-sentiment.ts'

/**
 * What an analysis worker needs to rebuild a workspace's analysis: plain data, no functions. `version`
 * changes whenever the queries or the corrections do, so a worker knows when to rebuild.
 */
export interface AnalysisSpec {
  readonly workspaceId: string
  readonly queries: readonly BrandQuery[]
  readonly corrections: readonly LearnedCorrection[]
  readonly version: number
}

/** The analysis and detection of one workspace, built from its brand queries. */
export interface Pipeline {
  readonly workspaceId: string
  readonly queries: readonly BrandQuery[]
  readonly detection: Detection
  /** event time for this workspace (the demo runs faster than the wall clock) */
  clock: Clock
  /** true while past mentions are imported: the live ticker then leaves this workspace's detection alone */
  backfilling: boolean
  analyze(mention: Mention): AnalyzerResult
  /** true when the mention was remembered as seen (analysis would skip it as a duplicate) */
  hasSeen(mention: Mention): boolean
  /** Marks mentions as seen once they are safely stored, so a failed write is retried, not dropped. */
  remember(mentions: readonly { id: string }[]): void
  /**
   * How another thread rebuilds this analysis; undefined when the pipeline was given a sentiment model
   * object (a test's or an evaluation's), which cannot cross threads: it is then analysed in-thread.
   */
  spec(): AnalysisSpec | undefined
  /** Re-learns the sentiment model from the workspace's corrections, keeping detection state and seen set. */
  setCorrections(corrections: readonly LearnedCorrection[]): void
}

export interface Pipelines {
  get(workspaceId: string): Promise<Pipeline>
  /** Rebuilds a workspace's pipeline after its queries changed (detection state starts afresh). */
  reload(workspaceId: string): Promise<Pipeline>
  all(): Pipeline[]
  /** Re-learns a workspace's sentiment model from its stored corrections; detection state is kept. */
  reloadSentiment(workspaceId: string): Promise<void>
}

export const createPipeline = (input: {
  workspaceId: string
  queries: readonly BrandQuery[]
  clock: Clock
  settings?: DetectionSettingsInput
  /** a sentiment model object (tests, evaluations); by default the shipped one adapted to `corrections` */
  sentiment?: SentimentModel
  corrections?: readonly LearnedCorrection[]
}): Pipeline => {
  const seen = createSeenSet(100_000)
  const analyzerWith = (sentiment: SentimentModel) =>
    createWorkspaceAnalyzer(input.queries, sentiment, {
      // the step only asks; `remember` adds after the store has the mention
      has: (key) => seen.has(key),
      add: () => {},
    })
  let corrections = input.corrections ?? []
  let version = 0
  let analyze = analyzerWith(input.sentiment ?? sentimentForWorkspace(corrections))
  return {
    workspaceId: input.workspaceId,
    queries: input.queries,
    detection: createDetection({ queries: input.queries, settings: input.settings }),
    clock: input.clock,
    backfilling: false,
    analyze: (mention) => analyze(input.workspaceId, mention),
    hasSeen: (mention) => seen.has(seenKey(input.workspaceId, mention.id)),
    remember: (mentions) => {
      for (const m of mentions) seen.add(seenKey(input.workspaceId, m.id))
    },
    spec: () =>
      input.sentiment
        ? undefined
        : { workspaceId: input.workspaceId, queries: input.queries, corrections, version },
    setCorrections: (next) => {
      corrections = next
      version += 1
      analyze = analyzerWith(sentimentForWorkspace(next))
    },
  }
}

const workspaceAnalysis = (
  queries: readonly BrandQuery[],
  sentiment: SentimentModel,
  seen: SeenSet,
): AnalyzerDeps => ({
  seen,
  matchQueries: matchQueries(compileQueries(queries), queries),
  emotions: createDefaultModels().emotions,
  sentiment,
})

/** The analysis chain of a workspace: its brand queries and its sentiment model, with the shipped emotions. */
export const createWorkspaceAnalyzer = (
  queries: readonly BrandQuery[],
  sentiment: SentimentModel,
  seen: SeenSet,
): Analyzer => createAnalyzer(workspaceAnalysis(queries, sentiment, seen))

/** The same chain returning only each mention's analysis (what a worker thread sends back). */
export const createWorkspaceAnalysisRun = (
  queries: readonly BrandQuery[],
  sentiment: SentimentModel,
  seen: SeenSet,
): AnalysisRun => createAnalysisRun(workspaceAnalysis(queries, sentiment, seen))

export const createPipelines = (deps: { store: Store; clock: Clock }): Pipelines => {
  const built = new Map<string, Pipeline>()
  const turns = new Map<string, number>()
  const correctionsOf = async (workspaceId: string): Promise<LearnedCorrection[]> =>
    (await deps.store.listCorrections(workspaceId))
      .slice(-MAX_CORRECTIONS_LEARNED)
      .map(({ text, lang, label }) => ({ text, lang, label }))
  const build = async (workspaceId: string) => {
    const queries = await deps.store.listQueries(workspaceId)
    const corrections = await correctionsOf(workspaceId)
    const previous = built.get(workspaceId)
    const pipeline = createPipeline({
      workspaceId,
      queries,
      clock: previous?.clock ?? deps.clock,
      corrections,
    })
    built.set(workspaceId, pipeline)
    return pipeline
  }
  return {
    get: async (workspaceId) => built.get(workspaceId) ?? build(workspaceId),
    reload: build,
    all: () => [...built.values()],
    reloadSentiment: async (workspaceId) => {
      if (!built.has(workspaceId)) return void (await build(workspaceId))
      const turn = (turns.get(workspaceId) ?? 0) + 1
      turns.set(workspaceId, turn)
      const corrections = await correctionsOf(workspaceId)
      // corrections in quick succession: a slower, older reload must not overwrite a newer model
      if (turns.get(workspaceId) === turn) built.get(workspaceId)?.setCorrections(corrections)
    },
  }
}

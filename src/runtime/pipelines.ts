import {
  type AnalyzerResult,
  compileQueries,
  createAnalyzer,
  createSeenSet,
  matchQueries,
  type SentimentModel,
  seenKey,
} from '../analysis/index.ts'
import type { BrandQuery, Clock, Mention } from '../core/index.ts'
import { createDetection, type Detection, type DetectionSettingsInput } from '../detection/index.ts'
import type { Store } from '../store/index.ts'
import { createDefaultModels } from './models.ts'
import { sentimentForWorkspace } from './workspace-sentiment.ts'

/** The analysis and detection of one workspace, built from its brand queries. */
export interface Pipeline {
  readonly workspaceId: string
  readonly queries: readonly BrandQuery[]
  readonly detection: Detection
  /** event time for this workspace (the demo runs faster than the wall clock) */
  clock: Clock
  analyze(mention: Mention): AnalyzerResult
  /** Marks mentions as seen once they are safely stored, so a failed write is retried, not dropped. */
  remember(mentions: readonly { id: string }[]): void
  /** Swaps the sentiment model (after a correction), keeping the detection state and the seen set. */
  setSentimentModel(model: SentimentModel): void
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
  /** the workspace's sentiment model; the shipped one by default */
  sentiment?: SentimentModel
}): Pipeline => {
  const models = createDefaultModels()
  const seen = createSeenSet(100_000)
  const queryStep = matchQueries(compileQueries(input.queries), input.queries)
  const analyzerWith = (sentiment: SentimentModel) =>
    createAnalyzer({
      // the step only asks; `remember` adds after the store has the mention
      seen: { has: (key) => seen.has(key), add: () => {} },
      matchQueries: queryStep,
      ...models,
      sentiment,
    })
  let analyze = analyzerWith(input.sentiment ?? models.sentiment)
  return {
    workspaceId: input.workspaceId,
    queries: input.queries,
    detection: createDetection({ queries: input.queries, settings: input.settings }),
    clock: input.clock,
    analyze: (mention) => analyze(input.workspaceId, mention),
    remember: (mentions) => {
      for (const m of mentions) seen.add(seenKey(input.workspaceId, m.id))
    },
    setSentimentModel: (model) => {
      analyze = analyzerWith(model)
    },
  }
}

export const createPipelines = (deps: { store: Store; clock: Clock }): Pipelines => {
  const built = new Map<string, Pipeline>()
  const turns = new Map<string, number>()
  const sentimentOf = async (workspaceId: string) =>
    sentimentForWorkspace(await deps.store.listCorrections(workspaceId))
  const build = async (workspaceId: string) => {
    const queries = await deps.store.listQueries(workspaceId)
    const sentiment = await sentimentOf(workspaceId)
    const previous = built.get(workspaceId)
    const pipeline = createPipeline({ workspaceId, queries, clock: previous?.clock ?? deps.clock, sentiment })
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
      const sentiment = await sentimentOf(workspaceId)
      // corrections in quick succession: a slower, older reload must not overwrite a newer model
      if (turns.get(workspaceId) === turn) built.get(workspaceId)?.setSentimentModel(sentiment)
    },
  }
}

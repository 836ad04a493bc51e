import {
  type AnalyzerResult,
  compileQueries,
  createAnalyzer,
  createSeenSet,
  matchQueries,
} from '../analysis/index.ts'
import type { BrandQuery, Clock, Mention } from '../core/index.ts'
import { createDetection, type Detection, type DetectionSettingsInput } from '../detection/index.ts'
import type { Store } from '../store/index.ts'
import { createDefaultModels } from './models.ts'

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
}

export interface Pipelines {
  get(workspaceId: string): Promise<Pipeline>
  /** Rebuilds a workspace's pipeline after its queries changed (detection state starts afresh). */
  reload(workspaceId: string): Promise<Pipeline>
  all(): Pipeline[]
}

export const createPipeline = (input: {
  workspaceId: string
  queries: readonly BrandQuery[]
  clock: Clock
  settings?: DetectionSettingsInput
}): Pipeline => {
  const models = createDefaultModels()
  const seen = createSeenSet(100_000)
  const analyze = createAnalyzer({
    // the step only asks; `remember` adds after the store has the mention
    seen: { has: (key) => seen.has(key), add: () => {} },
    matchQueries: matchQueries(compileQueries(input.queries), input.queries),
    ...models,
  })
  return {
    workspaceId: input.workspaceId,
    queries: input.queries,
    detection: createDetection({ queries: input.queries, settings: input.settings }),
    clock: input.clock,
    analyze: (mention) => analyze(input.workspaceId, mention),
    remember: (mentions) => {
      for (const m of mentions) seen.add(seenKey(input.workspaceId, m.id))
    },
  }
}

export const createPipelines = (deps: { store: Store; clock: Clock }): Pipelines => {
  const built = new Map<string, Pipeline>()
  const build = async (workspaceId: string) => {
    const queries = await deps.store.listQueries(workspaceId)
    const previous = built.get(workspaceId)
    const pipeline = createPipeline({ workspaceId, queries, clock: previous?.clock ?? deps.clock })
    built.set(workspaceId, pipeline)
    return pipeline
  }
  return {
    get: async (workspaceId) => built.get(workspaceId) ?? build(workspaceId),
    reload: build,
    all: () => [...built.values()],
  }
}

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
  const analyze = createAnalyzer({
    seen: createSeenSet(100_000),
    matchQueries: matchQueries(compileQueries(input.queries), input.queries),
    ...models,
  })
  return {
    workspaceId: input.workspaceId,
    queries: input.queries,
    detection: createDetection({ queries: input.queries, settings: input.settings }),
    clock: input.clock,
    analyze: (mention) => analyze(input.workspaceId, mention),
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

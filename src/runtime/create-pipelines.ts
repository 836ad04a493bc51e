import { findQueryError } from '../analysis/index.ts'
import type { AppError, BrandQuery, Clock } from '../core/index.ts'
import { sameDefinition } from '../detection/index.ts'
import type { Store } from '../store/index.ts'
import { createPipeline, type Pipeline } from './pipelines.ts'
import { seedQueriesFromHistory } from './seed-history.ts'
import { type LearnedCorrection, MAX_CORRECTIONS_LEARNED } from './workspace-sentiment.ts'

export interface Pipelines {
  /** The workspace's pipeline, built once (concurrent callers get the same one). */
  get(workspaceId: string): Promise<Pipeline>
  /**
   * Re-reads the workspace's brand queries into its pipeline, in place (`Pipeline.setQueries`); a stored
   * query that does not parse is left out and reported (`onInvalidQuery`).
   */
  reload(workspaceId: string): Promise<Pipeline>
  /** After `purgeWorkspace`: queries and corrections re-read, seen set and detection state started afresh. */
  restart(workspaceId: string): Promise<Pipeline>
  all(): Pipeline[]
  /** Re-learns a workspace's sentiment model from its stored corrections; detection state is kept. */
  reloadSentiment(workspaceId: string): Promise<void>
  /**
   * Gives every query of the workspace's pipeline the baseline of its stored past (the last two weeks):
   * what `vigie serve` does at start, so a restart does not forget what is usual. Returns the mentions
   * replayed per query.
   */
  seedFromHistory(workspaceId: string): Promise<Map<string, number>>
  /** Re-reads the workspace's settings (its language) into its pipeline, if built; detection state is kept. */
  reloadSettings(workspaceId: string): Promise<void>
  /** Re-reads the workspace's owned accounts into its pipeline, if built and they changed. */
  reloadOwnedAccounts(workspaceId: string): Promise<void>
}

/** Reports a stored brand query that does not parse (it is left out of the pipeline). */
export type OnInvalidQuery = (query: BrandQuery, error: AppError) => void

export const createPipelines = (deps: {
  store: Store
  clock: Clock
  onInvalidQuery?: OnInvalidQuery
}): Pipelines => {
  const built = new Map<string, Pipeline>()
  const building = new Map<string, Promise<Pipeline>>()
  // reloads in quick succession: a slower, older one must not overwrite what a newer one applied
  const turns = new Map<string, number>()
  const takeTurn = (key: string) => {
    const turn = (turns.get(key) ?? 0) + 1
    turns.set(key, turn)
    return () => turns.get(key) === turn
  }
  const queriesOf = async (workspaceId: string): Promise<BrandQuery[]> =>
    (await deps.store.listQueries(workspaceId)).filter((query) => {
      const error = findQueryError(query.query)
      if (error) deps.onInvalidQuery?.(query, error)
      return !error
    })
  const correctionsOf = async (workspaceId: string): Promise<LearnedCorrection[]> =>
    (await deps.store.listCorrections(workspaceId))
      .slice(-MAX_CORRECTIONS_LEARNED)
      .map(({ text, lang, label }) => ({ text, lang, label }))
  // alert sentences in the team's language
  const settingsOf = async (workspaceId: string) => ({
    language: (await deps.store.getWorkspace(workspaceId))?.language ?? 'en',
  })
  const build = async (workspaceId: string): Promise<Pipeline> => {
    const pipeline = createPipeline({
      workspaceId,
      queries: await queriesOf(workspaceId),
      clock: deps.clock,
      corrections: await correctionsOf(workspaceId),
      settings: await settingsOf(workspaceId),
      ownedAccounts: await deps.store.listOwnedAccounts(workspaceId),
    })
    built.set(workspaceId, pipeline)
    return pipeline
  }
  const get = (workspaceId: string): Promise<Pipeline> => {
    const ready = built.get(workspaceId)
    if (ready) return Promise.resolve(ready)
    let pending = building.get(workspaceId)
    if (!pending) {
      pending = build(workspaceId).finally(() => building.delete(workspaceId))
      building.set(workspaceId, pending)
    }
    return pending
  }
  // a pipeline built from scratch by this call has just read everything: nothing to reload
  const isNew = (workspaceId: string) => !built.has(workspaceId) && !building.has(workspaceId)
  const reloadQueries = async (workspaceId: string): Promise<Pipeline> => {
    const fresh = isNew(workspaceId)
    const pipeline = await get(workspaceId)
    if (fresh) return pipeline
    const isLatest = takeTurn(`queries:${workspaceId}`)
    const queries = await queriesOf(workspaceId)
    if (!isLatest()) return pipeline
    const before = new Map(pipeline.queries.map((q) => [q.id, q]))
    pipeline.setQueries(queries)
    // a new or changed query starts with the baseline of what the workspace stored that it matches
    const changed = queries.filter((q) => {
      const old = before.get(q.id)
      return !old || !sameDefinition(old, q)
    })
    if (changed.length > 0) await seedQueriesFromHistory(deps.store, pipeline, changed)
    return pipeline
  }
  const reloadSentiment = async (workspaceId: string): Promise<void> => {
    const fresh = isNew(workspaceId)
    const pipeline = await get(workspaceId)
    if (fresh) return
    const isLatest = takeTurn(`corrections:${workspaceId}`)
    const corrections = await correctionsOf(workspaceId)
    if (isLatest()) pipeline.setCorrections(corrections)
  }
  return {
    get,
    reload: reloadQueries,
    restart: async (workspaceId) => {
      const pipeline = await reloadQueries(workspaceId)
      await reloadSentiment(workspaceId)
      pipeline.restart(await settingsOf(workspaceId))
      return pipeline
    },
    all: () => [...built.values()],
    reloadSentiment,
    seedFromHistory: async (workspaceId) => {
      const pipeline = await get(workspaceId)
      return seedQueriesFromHistory(deps.store, pipeline, pipeline.queries)
    },
    reloadSettings: async (workspaceId) => {
      if (isNew(workspaceId)) return // built later from the stored settings
      const pipeline = await get(workspaceId)
      pipeline.setLanguage((await settingsOf(workspaceId)).language)
    },
    reloadOwnedAccounts: async (workspaceId) => {
      if (isNew(workspaceId)) return // built later with the stored accounts
      const pipeline = await get(workspaceId)
      const isLatest = takeTurn(`owned:${workspaceId}`)
      const accounts = await deps.store.listOwnedAccounts(workspaceId)
      // the analysis is rebuilt (and workers sent a new spec) only when the list changed
      if (isLatest() && JSON.stringify(accounts) !== JSON.stringify(pipeline.ownedAccounts))
        pipeline.setOwnedAccounts(accounts)
    },
  }
}

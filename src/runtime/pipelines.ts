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
import type { BrandQuery, Clock, Mention, OwnedAccount } from '../core/index.ts'
import { createDetection, type Detection, type DetectionSettingsInput } from '../detection/index.ts'
import { createDefaultModels } from './models.ts'
import { type LearnedCorrection, sentimentForWorkspace } from './workspace-sentiment.ts'

/**
 * What an analysis worker needs to rebuild a workspace's analysis: plain data, no functions. `version`
 * changes whenever the queries or the corrections do, so a worker knows when to rebuild.
 */
export interface AnalysisSpec {
  readonly workspaceId: string
  readonly queries: readonly BrandQuery[]
  readonly corrections: readonly LearnedCorrection[]
  readonly ownedAccounts: readonly OwnedAccount[]
  readonly version: number
}

/**
 * The analysis and detection of one workspace. A stable handle: whoever holds it (a long import, the demo's
 * live replay, the ticker) sees the workspace's query and correction changes, which are swapped in place.
 */
export interface Pipeline {
  readonly workspaceId: string
  /** the brand queries in use */
  readonly queries: readonly BrandQuery[]
  /** the current detection (a new object only after `restart`) */
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
  /** The workspace's owned accounts: their posts are marked owned (and kept) from the next mention. */
  setOwnedAccounts(accounts: readonly OwnedAccount[]): void
  readonly ownedAccounts: readonly OwnedAccount[]
  /**
   * Swaps in the workspace's brand queries: analysis matches the new set from the next mention; detection
   * keeps the state of unchanged queries, starts new or changed ones afresh and drops removed ones; the seen
   * set, clock and backfilling flag are kept. Throws `invalid` (and changes nothing) if a query is bad.
   */
  setQueries(queries: readonly BrandQuery[]): void
  /**
   * After the workspace was emptied: the same handle with a fresh seen set and detection (with these
   * settings, when given: the workspace's language may have changed with it).
   */
  restart(settings?: DetectionSettingsInput): void
  /** The workspace's language changed: alert sentences are written in it from now on, state is kept. */
  setLanguage(language: 'fr' | 'en'): void
}

// one sequence for every pipeline, so that a worker never mistakes two specs of a workspace for the same
let lastVersion = 0

export const createPipeline = (input: {
  workspaceId: string
  queries: readonly BrandQuery[]
  clock: Clock
  settings?: DetectionSettingsInput
  /** a sentiment model object (tests, evaluations); by default the shipped one adapted to `corrections` */
  sentiment?: SentimentModel
  corrections?: readonly LearnedCorrection[]
  ownedAccounts?: readonly OwnedAccount[]
}): Pipeline => {
  const { workspaceId } = input
  let seen = createSeenSet(100_000)
  // the step only asks; `remember` adds after the store has the mention
  const asked: SeenSet = { has: (key) => seen.has(key), add: () => {} }
  let queries = input.queries
  let corrections = input.corrections ?? []
  let sentiment = input.sentiment ?? sentimentForWorkspace(corrections)
  let owned = input.ownedAccounts ?? []
  let version = ++lastVersion
  let analyze = createWorkspaceAnalyzer(queries, sentiment, asked, owned)
  let settings = input.settings
  let detection = createDetection({ queries, settings })
  return {
    workspaceId,
    get queries() {
      return queries
    },
    get detection() {
      return detection
    },
    get ownedAccounts() {
      return owned
    },
    clock: input.clock,
    backfilling: false,
    analyze: (mention) => analyze(workspaceId, mention),
    hasSeen: (mention) => seen.has(seenKey(workspaceId, mention.id)),
    remember: (mentions) => {
      for (const m of mentions) seen.add(seenKey(workspaceId, m.id))
    },
    spec: () =>
      input.sentiment ? undefined : { workspaceId, queries, corrections, ownedAccounts: owned, version },
    setCorrections: (next) => {
      sentiment = sentimentForWorkspace(next)
      analyze = createWorkspaceAnalyzer(queries, sentiment, asked, owned)
      corrections = next
      version = ++lastVersion
    },
    setOwnedAccounts: (next) => {
      analyze = createWorkspaceAnalyzer(queries, sentiment, asked, next)
      owned = next
      version = ++lastVersion
    },
    setQueries: (next) => {
      analyze = createWorkspaceAnalyzer(next, sentiment, asked, owned) // throws on a bad query, before any change
      queries = next
      version = ++lastVersion
      detection.setQueries(next)
    },
    setLanguage: (language) => {
      settings = { ...settings, language }
      detection.setLanguage(language)
    },
    restart: (next) => {
      seen = createSeenSet(100_000)
      settings = next ?? settings
      detection = createDetection({ queries, settings })
    },
  }
}

const workspaceAnalysis = (
  queries: readonly BrandQuery[],
  sentiment: SentimentModel,
  seen: SeenSet,
  owned: readonly OwnedAccount[],
): AnalyzerDeps => ({
  seen,
  matchQueries: matchQueries(compileQueries(queries), queries, owned),
  emotions: createDefaultModels().emotions,
  sentiment,
})

/**
 * The analysis chain of a workspace: its brand queries, owned accounts and sentiment model, with the
 * shipped emotions.
 */
export const createWorkspaceAnalyzer = (
  queries: readonly BrandQuery[],
  sentiment: SentimentModel,
  seen: SeenSet,
  owned: readonly OwnedAccount[] = [],
): Analyzer => createAnalyzer(workspaceAnalysis(queries, sentiment, seen, owned))

/** The same chain returning only each mention's analysis (what a worker thread sends back). */
export const createWorkspaceAnalysisRun = (
  queries: readonly BrandQuery[],
  sentiment: SentimentModel,
  seen: SeenSet,
  owned: readonly OwnedAccount[] = [],
): AnalysisRun => createAnalysisRun(workspaceAnalysis(queries, sentiment, seen, owned))

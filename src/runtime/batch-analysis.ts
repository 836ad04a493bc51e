import { availableParallelism } from 'node:os'
import type { AnalyzerResult } from '../analysis/index.ts'
import { AppError, type BrandQuery, type Mention, startTypeScriptWorker } from '../core/index.ts'
import { decodeResults, type ResultColumns, toColumns } from './analysis-codec.ts'
import type { AnalysisRequest, AnalysisResponse } from './analysis-protocol.ts'
import type { AnalysisSpec, Pipeline } from './pipelines.ts'

/** Analyses batches of mentions, in order: `results[i]` is the outcome of `mentions[i]`. */
export interface BatchAnalysis {
  /** worker threads in use (0: everything runs on the calling thread) */
  readonly workers: number
  analyze(pipeline: Pipeline, mentions: readonly Mention[]): Promise<AnalyzerResult[]>
  /**
   * Starts the workers now and resolves once their models are loaded and, for each pipeline given, its
   * analysis is built there (brand queries compiled): the first batch then pays for neither.
   */
  warm(pipelines?: readonly Pipeline[]): Promise<void>
  close(): Promise<void>
}

/** How many workers `auto` means: one beside the main thread when there are two cores or more. */
export const workersFor = (setting: number | 'auto'): number =>
  setting === 'auto' ? (availableParallelism() > 1 ? 1 : 0) : setting

/**
 * Mentions this runtime analyses on the calling thread before it starts a worker (ten batches of 1,000): a
 * one-off import of a small file never pays a worker's start-up.
 */
export const IN_THREAD_MENTIONS = 10_000

// a workspace's query list is the same array until its queries change: its ids are listed once, not per batch
const queryIds = new WeakMap<readonly BrandQuery[], string[]>()
const queryIdsOf = (queries: readonly BrandQuery[]): string[] => {
  let ids = queryIds.get(queries)
  if (!ids) {
    ids = queries.map((q) => q.id)
    queryIds.set(queries, ids)
  }
  return ids
}

/** On the calling thread: what short imports, paced replays and one-core machines use. */
export const analyzeInThread = (pipeline: Pipeline, mentions: readonly Mention[]): AnalyzerResult[] =>
  mentions.map((m) => pipeline.analyze(m))

/**
 * Worker threads that analyse while the main thread stores and detects. Workers start after
 * `IN_THREAD_MENTIONS` mentions (or at `warm()`) and are given batches in turn; a pipeline that cannot cross
 * threads (see `Pipeline.spec`), or mentions the pipeline has already seen, are handled on the calling thread.
 */
export const createBatchAnalysis = (count: number): BatchAnalysis => {
  const threads: (AnalysisThread | undefined)[] = []
  let turn = 0
  let analysedHere = 0
  let warmed = false
  const threadAt = (slot: number): AnalysisThread => {
    let thread = threads[slot]
    if (!thread) {
      const started = startThread(() => {
        if (threads[slot] === started) threads[slot] = undefined
      })
      threads[slot] = thread = started
    }
    return thread
  }
  return {
    workers: count,
    async warm(pipelines = []) {
      warmed = true
      const specs = pipelines.flatMap((p) => p.spec() ?? [])
      await Promise.all(
        Array.from({ length: count }, async (_, slot) => {
          const thread = threadAt(slot)
          await thread.ready
          // an empty batch carries the spec: the worker builds the workspace's analysis and answers
          for (const spec of specs) await thread.analyze(spec, [])
        }),
      )
    },
    async analyze(pipeline, mentions) {
      const spec = pipeline.spec()
      if (count === 0 || !spec || mentions.length === 0) return analyzeInThread(pipeline, mentions)
      // rare (detect-stream remembers, ingest relies on the store): the seen set stays on this thread
      if (mentions.some((m) => pipeline.hasSeen(m))) return analyzeInThread(pipeline, mentions)
      // a worker costs seconds of CPU to start: worth it once the runtime has had long work, or when warmed
      if (!warmed) {
        analysedHere += mentions.length
        if (analysedHere <= IN_THREAD_MENTIONS) return analyzeInThread(pipeline, mentions)
      }
      turn = (turn + 1) % count
      const thread = threadAt(turn)
      // a worker takes a second or two to load its models: meanwhile batches are analysed here, not waited on
      if (!thread.isReady()) return analyzeInThread(pipeline, mentions)
      const results = await thread.analyze(spec, mentions)
      return decodeResults(results, mentions, pipeline.workspaceId, queryIdsOf(spec.queries))
    },
    async close() {
      await Promise.all(threads.map((t) => t?.close()))
      threads.length = 0
    },
  }
}

interface AnalysisThread {
  /** resolves once the thread has loaded its models */
  readonly ready: Promise<void>
  isReady(): boolean
  analyze(spec: AnalysisSpec, mentions: readonly Mention[]): Promise<ResultColumns>
  close(): Promise<void>
}

/**
 * One worker thread. If it dies, pending batches fail (their cursor is not advanced: nothing is lost) and
 * the next batch starts a new one.
 */
const startThread = (onExit: () => void): AnalysisThread => {
  // kept referenced until ready and while batches are in flight, so a process waiting on it stays alive
  const worker = startTypeScriptWorker(new URL('./analysis-thread.ts', import.meta.url))
  const pending = new Map<number, { resolve: (r: ResultColumns) => void; reject: (e: Error) => void }>()
  const versions = new Map<string, number>()
  let nextId = 0
  let dead: Error | undefined
  let started = false
  let isReady: () => void = () => {}
  let notReady: (e: Error) => void = () => {}
  const ready = new Promise<void>((resolve, reject) => {
    isReady = resolve
    notReady = reject
  })
  ready.catch(() => {}) // a failed start is reported by the batches that wait for it
  const failAll = (error: Error) => {
    dead = error
    notReady(error)
    for (const p of pending.values()) p.reject(error)
    pending.clear()
    onExit()
  }
  worker.on('message', (response: AnalysisResponse) => {
    if ('ready' in response) {
      started = true
      if (pending.size === 0) worker.unref()
      return isReady()
    }
    const p = pending.get(response.id)
    if (!p) return
    pending.delete(response.id)
    if (pending.size === 0) worker.unref()
    if ('error' in response) p.reject(new AppError('internal', `analysis worker: ${response.error}`))
    else p.resolve(response.results)
  })
  worker.on('error', (error) => failAll(new AppError('internal', `analysis worker failed: ${error.message}`)))
  worker.on('exit', (code) => failAll(new AppError('unavailable', `analysis worker stopped (exit ${code})`)))
  return {
    ready,
    isReady: () => started && !dead,
    analyze(spec, mentions) {
      if (dead) return Promise.reject(dead)
      const id = nextId++
      const known = versions.get(spec.workspaceId) === spec.version
      versions.set(spec.workspaceId, spec.version)
      const request: AnalysisRequest = {
        id,
        workspaceId: spec.workspaceId,
        version: spec.version,
        spec: known ? undefined : spec,
        mentions: toColumns(mentions),
      }
      worker.ref() // a batch in flight keeps the process alive until its answer
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject })
        worker.postMessage(request)
      })
    },
    async close() {
      worker.removeAllListeners('exit')
      // an import still waiting on this worker fails (its cursor stays where it was) instead of hanging
      failAll(new AppError('unavailable', 'analysis worker closed'))
      await worker.terminate()
    },
  }
}

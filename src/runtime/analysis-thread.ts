/**
 * The body of an analysis worker thread: rebuilds each workspace's analysis from its spec (queries and
 * corrections, sent again whenever they change) and answers batches in order. Seen mentions were already
 * dropped by the main thread, which owns the seen set.
 */
import { parentPort } from 'node:worker_threads'
import type { AnalysisResult, AnalysisRun } from '../analysis/index.ts'
import { encodeResults, mentionAt } from './analysis-codec.ts'
import type { AnalysisRequest, AnalysisResponse } from './analysis-protocol.ts'
import { createDefaultModels } from './models.ts'
import { createWorkspaceAnalysisRun } from './pipelines.ts'
import { sentimentForWorkspace } from './workspace-sentiment.ts'

const port = parentPort
if (!port) throw new Error('analysis-thread.ts runs only as a worker thread')

interface Built {
  version: number
  analyze: AnalysisRun
  queryIndex: Map<string, number>
}
const analyzers = new Map<string, Built>()
const nothingSeen = { has: () => false, add: () => {} }

const analyzerFor = (request: AnalysisRequest): Built => {
  const { spec } = request
  if (spec) {
    const sentiment = sentimentForWorkspace(spec.corrections)
    analyzers.set(spec.workspaceId, {
      version: spec.version,
      analyze: createWorkspaceAnalysisRun(spec.queries, sentiment, nothingSeen, spec.ownedAccounts),
      queryIndex: new Map(spec.queries.map((q, i) => [q.id, i])),
    })
  }
  const known = analyzers.get(request.workspaceId)
  if (!known || known.version !== request.version)
    throw new Error(`no analysis for ${request.workspaceId} version ${request.version}`)
  return known
}

// the models load before the first batch arrives, and the main thread hears when they are ready
createDefaultModels()
port.postMessage({ ready: true } satisfies AnalysisResponse)

port.on('message', (request: AnalysisRequest) => {
  try {
    const { analyze, queryIndex } = analyzerFor(request)
    const columns = request.mentions
    const results: AnalysisResult[] = new Array(columns.ids.length)
    for (let i = 0; i < results.length; i++) results[i] = analyze(request.workspaceId, mentionAt(columns, i))
    // the main thread still has the mentions: only their analysis travels back
    const encoded = encodeResults(results, queryIndex)
    const response: AnalysisResponse = { id: request.id, results: encoded }
    const { kinds, codes, numbers, queries, queryEnds } = encoded
    port.postMessage(response, [kinds.buffer, codes.buffer, numbers.buffer, queries.buffer, queryEnds.buffer])
  } catch (error) {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error)
    port.postMessage({ id: request.id, error: message } satisfies AnalysisResponse)
  }
})

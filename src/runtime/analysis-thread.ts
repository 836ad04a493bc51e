/**
 * The body of an analysis worker thread: rebuilds each workspace's analysis from its spec (queries and
 * corrections, sent again whenever they change) and answers batches in order. Seen mentions were already
 * dropped by the main thread, which owns the seen set.
 */
import { parentPort } from 'node:worker_threads'
import type { Analyzer } from '../analysis/index.ts'
import type { Mention } from '../core/index.ts'
import type { AnalysisRequest, AnalysisResponse, ThreadResult } from './analysis-protocol.ts'
import { createDefaultModels } from './models.ts'
import { createWorkspaceAnalyzer } from './pipelines.ts'
import { sentimentForWorkspace } from './workspace-sentiment.ts'

const port = parentPort
if (!port) throw new Error('analysis-thread.ts runs only as a worker thread')

const analyzers = new Map<string, { version: number; analyze: Analyzer }>()
const nothingSeen = { has: () => false, add: () => {} }

const analyzerFor = (request: AnalysisRequest): Analyzer => {
  const { spec } = request
  if (spec) {
    const sentiment = sentimentForWorkspace(spec.corrections)
    const analyze = createWorkspaceAnalyzer(spec.queries, sentiment, nothingSeen)
    analyzers.set(spec.workspaceId, { version: spec.version, analyze })
  }
  const known = analyzers.get(request.workspaceId)
  if (!known || known.version !== request.version)
    throw new Error(`no analysis for ${request.workspaceId} version ${request.version}`)
  return known.analyze
}

const analyzeOne = (analyze: Analyzer, workspaceId: string, mention: Mention): ThreadResult => {
  const result = analyze(workspaceId, mention)
  // the main thread still has the mention: only the analysis travels back
  return result.kind === 'ok' ? result.mention.analysis : result
}

// the models load before the first batch arrives, and the main thread hears when they are ready
createDefaultModels()
port.postMessage({ ready: true } satisfies AnalysisResponse)

port.on('message', (request: AnalysisRequest) => {
  let response: AnalysisResponse
  try {
    const analyze = analyzerFor(request)
    response = {
      id: request.id,
      results: request.mentions.map((m) => analyzeOne(analyze, request.workspaceId, m)),
    }
  } catch (error) {
    response = {
      id: request.id,
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    }
  }
  port.postMessage(response)
})

import type { AnalyzerResult } from '../analysis/index.ts'
import type { Analysis, Mention } from '../core/index.ts'
import type { AnalysisSpec } from './pipelines.ts'

/** A batch for an analysis worker; `spec` comes along when the worker may not have this version yet. */
export interface AnalysisRequest {
  id: number
  workspaceId: string
  version: number
  spec?: AnalysisSpec
  mentions: readonly Mention[]
}

/** An analysed mention's analysis, or why a step skipped or failed it. */
export type ThreadResult = Analysis | Exclude<AnalyzerResult, { kind: 'ok' }>

export type AnalysisResponse =
  | { id: number; results: ThreadResult[] }
  | { id: number; error: string }
  | { ready: true }

import type { MentionColumns, ResultColumns } from './analysis-codec.ts'
import type { AnalysisSpec } from './pipelines.ts'

/** A batch for an analysis worker; `spec` comes along when the worker may not have this version yet. */
export interface AnalysisRequest {
  id: number
  workspaceId: string
  version: number
  spec?: AnalysisSpec
  mentions: MentionColumns
}

export type AnalysisResponse =
  | { id: number; results: ResultColumns }
  | { id: number; error: string }
  | { ready: true }

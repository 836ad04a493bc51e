import type { AnalyzedMention, BrandQuery } from '../core/index.ts'
import type { QueryCascades } from './detectors/cascades.ts'
import type { Detector } from './port.ts'
import type { DetectionSettings } from './settings.ts'

/** What every detector factory receives: its query and the (parsed) detection settings. */
export interface DetectorContext {
  query: BrandQuery
  settings: DetectionSettings
  /** the mention's text folded for matching (`foldText`), memoised per query when given */
  fold?: (m: AnalyzedMention) => string
  /** the query's reshare and reply cascades, shared with the explanation of its alerts when given */
  cascades?: QueryCascades
}

export type CreateDetector = (ctx: DetectorContext) => Detector

export const intervalMsOf = (s: DetectionSettings): number => s.intervalMinutes * 60_000
export const bucketsPerHour = (s: DetectionSettings): number => 60 / s.intervalMinutes

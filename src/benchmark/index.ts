/** NAB scoring and harness, and backtest metrics: how well Vigie's detectors do against ground truth. */
export {
  type BacktestEvent,
  BacktestEvent as BacktestEventSchema,
  parseBacktestEvents,
} from './backtest-event.ts'
export { countQuietDays } from './count-quiet-days.ts'
export { detectNabSeries, type NabDetectorSettings } from './detect-nab-series.ts'
export { formatBacktestReport } from './format-backtest-report.ts'
export { formatNabReport } from './format-nab-report.ts'
export {
  formatNabResults,
  type NabDataRow,
  type NabResultRow,
  parseNabData,
  parseNabResults,
} from './nab-csv.ts'
export type { NabFileInput } from './nab-file-input.ts'
export { locateWindows, type NabWindow, type NabWindowsFile, parseNabWindows } from './nab-labels.ts'
export {
  NAB_PROFILE_NAMES,
  NAB_PROFILES,
  type NabProfile,
  type NabProfileName,
  parseNabProfiles,
} from './nab-profiles.ts'
export { type NabRunFile, runNab } from './run-nab.ts'
export { type BacktestAlert, type BacktestScore, type EventOutcome, scoreEvents } from './score-events.ts'
export { type NabFileScore, type NabScore, scoreNab } from './score-nab.ts'
export { type NabReport, readNabResults, scoreNabResults } from './score-nab-results.ts'
export { probationLength, type WeighedRows, weighNabRows } from './weigh-nab-rows.ts'

export type { AlertDetails, AlertPost } from './alert-details.ts'
export { createDetection, type Detection, sameDefinition } from './create-detection.ts'
export { type CrisisScore, type DetectorScores, scoreCrisis } from './crisis-score.ts'
export { DEFAULT_CRISIS_TERMS } from './crisis-terms.ts'
export type { CreateDetector, DetectorContext } from './detector-context.ts'
export { LEVELS, type Level } from './escalation.ts'
export {
  type CompletedCascade,
  createForecaster,
  type ForecasterSettings,
  fitForecastOptions,
} from './fit-forecast.ts'
export {
  type CascadeEvent,
  type CascadeForecast,
  type ForecastOptions,
  forecastCascade,
  type ReactionKernel,
} from './forecast-cascade.ts'
export type { Detector } from './port.ts'
export type { DetectedAlert, QueryState } from './query-detection.ts'
export { detectors } from './registry.ts'
export {
  DetectionSettings,
  type DetectionSettingsInput,
  Sensitivity,
  VolumeSettings,
} from './settings.ts'
export { createTermMatcher } from './term-matcher.ts'
export { createVolumeModel, type VolumeModel, type VolumeReading } from './volume-model.ts'

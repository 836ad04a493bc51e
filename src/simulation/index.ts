export { type Brand, brandQuery, brandQueryText, type SimulatedQuery, TELECOMETE } from './brand.ts'
export { createDemoStream, type DemoStream } from './demo-stream.ts'
export { BURST_KINDS, type BurstKind, type EventKind, type Speed } from './events.ts'
export type { Tone } from './family.ts'
export { createRandom, type Random } from './random.ts'
export {
  DEFAULT_DAYS,
  ORIGINAL_SCENARIOS,
  SCENARIO_NAMES,
  SCENARIOS,
  type ScenarioName,
  scenarioQuery,
  VARIED_PROFILES,
  type VariedProfileName,
} from './scenarios.ts'
export {
  DEFAULT_START,
  type MentionLabel,
  type SimulateOptions,
  type Simulation,
  simulate,
} from './simulate.ts'
export type { CrisisCause } from './story.ts'
export type { Truth, TruthEvent } from './truth.ts'
export { type WriteScenarioOptions, writeScenario } from './write-scenario.ts'

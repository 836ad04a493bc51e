export { CAUSE_TERMS } from './cause-keywords.ts'
export {
  type CauseResult,
  classifyCause,
  classifyCauseByKeywords,
  classifyCluster,
} from './classify-cause.ts'
export { scoreCause } from './score-cause.ts'

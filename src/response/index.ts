export { advisePosture, SCCT_SOURCES } from './advise-posture.ts'
export { CLUSTER_OF, inferCrisisType } from './crisis-types.ts'
export { POSTURE_NAMES } from './posture-phrases.ts'

export { type CheckContext, checkPost, type PostDraft } from './check-post.ts'
export { DEFAULT_CHARTER } from './default-charter.ts'
export type { ActiveIncident } from './find-crisis-echo.ts'

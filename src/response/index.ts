export { advisePosture, SCCT_SOURCES } from './advise-posture.ts'
export { composeReply, lengthOf, overLimit } from './compose-reply.ts'
export { buildCrisisReport, type CrisisReport, type ReportStore } from './crisis-report.ts'
export { CLUSTER_OF, inferCrisisType } from './crisis-types.ts'
export { drillReport } from './drill-report.ts'
export { type FollowUpStore, followUp } from './follow-up.ts'
export type { IncidentStore } from './incident-store.ts'
export { incidentTimeline, type TimelineStore } from './incident-timeline.ts'
export {
  type Amplifier,
  type IncidentPosts,
  incidentPosts,
  incidentStart,
  type KeyPostStore,
  PinChange,
  pinKeyPost,
  pinnedPostIds,
} from './key-posts.ts'
export { type OpenIncidentInput, openIncident } from './open-incident.ts'
export { POSTURE_NAMES } from './posture-phrases.ts'
export {
  addPublisher,
  DRILL_PUBLISHER,
  NewPublisher,
  type PublishClient,
  type PublishContext,
  PublishRequest,
  pausePublishing,
  publishDraft,
  publishDueDrafts,
  resumePublishing,
  unscheduleDraft,
} from './publish-reply.ts'
export {
  createBlueskyPublisher,
  createMastodonPublisher,
  createWebhookPublisher,
  type HttpPost,
} from './publishers/index.ts'
export {
  type Actor,
  approvalChainOf,
  type CheckDraft,
  createDraft,
  DEFAULT_CHAIN_STEPS,
  Decision,
  decideDraft,
  editDraft,
  NewDraft,
  type ReplyContext,
  setApprovalChain,
  submitDraft,
} from './replies.ts'
export type { ReplyStore } from './reply-store.ts'
export { renderReportHtml } from './report-html.ts'
export { addIncidentNote, IncidentChange, updateIncident } from './update-incident.ts'

export { addSource, NewSource } from './add-source.ts'
export { alertId, raiseAlerts, toAlert } from './alerting.ts'
export { analyzeFile } from './analyze-file.ts'
export {
  ANALYZE_CONSUMER,
  type AnalyzeWorker,
  type AnalyzeWorkerTotals,
  startAnalyzeWorker,
} from './analyze-worker.ts'
export { backtest } from './backtest.ts'
export type { Pipelines } from './create-pipelines.ts'
export { createWorkspace, NewWorkspace } from './create-workspace.ts'
export { DEMO_WORKSPACE, startDemo } from './demo.ts'
export { DETECT_PARTITIONS, isDetectCheckpoint, partitionOf } from './detect-partitions.ts'
export { detectStream } from './detect-stream.ts'
export { type DetectWorker, startDetectWorker } from './detect-worker.ts'
export { charterCheck } from './draft-check.ts'
export { startDrill, stopAllDrills, stopDrill } from './drill.ts'
export { type AlertFollower, followStoredAlerts } from './follow-stored-alerts.ts'
export {
  checkImportOptions,
  createImportJobs,
  type ImportJobs,
  type ImportRequest,
} from './import-jobs.ts'
export { type IngestOptions, type IngestSummary, ingest } from './ingest.ts'
export { createLogger, type Logger } from './logger.ts'
export { createDefaultModels } from './models.ts'
export { NOTIFY_CONSUMER, type NotifyWorker, startNotifyWorker } from './notify-worker.ts'
export {
  changeOwnedAccounts,
  type OwnedAccountChange,
  OwnedAccountList,
  setOwnedAccounts,
} from './owned-accounts.ts'
export { createPipeline, type Pipeline } from './pipelines.ts'
export { printPdf } from './print-pdf.ts'
export { LIVE_PUBLISH, type OutageWait, type PublishSummary, publishRaw } from './publish-raw.ts'
export { publishClients, startPublishing } from './publishing.ts'
export { MAX_PUSHED, pushMentions } from './push-mentions.ts'
export { createPacer, replay, sortedByEventTime } from './replay.ts'
export { createRuntime, openStore, type Runtime, sqliteFileOf } from './runtime.ts'
export { saveBrandQuery } from './save-brand-query.ts'
export { connectorFor } from './source-registry.ts'
export { failureDelay, nextPollDelay, type SourceRunner, sourceKeyOf, startSources } from './source-runner.ts'
export { redactSourceOptions, resolveSourceSecrets } from './source-secrets.ts'
export { createSourceShare, planShare, type SourceShare, sourceLeaseKey } from './source-share.ts'
export { startNotifications } from './start-notifications.ts'
export { startDetectionTicker } from './ticker.ts'
export { ensureWorkspace } from './workspaces.ts'

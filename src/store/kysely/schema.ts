import type { Generated } from 'kysely'

/**
 * The tables both engines share, as Kysely sees them (each engine's migrations.ts creates them).
 * Times are epoch milliseconds, booleans 0/1, lists and records JSON text: one row shape for all engines.
 */
export interface StoreTables {
  workspaces: { id: string; name: string; created_at: number; language: string }
  queries: { workspace_id: string; id: string; brand: string; query: string; owned: string }
  mentions: MentionTable
  mention_queries: MentionQueryTable
  mention_counts: MentionCountTable
  mention_source_counts: MentionSourceCountTable
  author_period_counts: AuthorPeriodCountTable
  cursors: { workspace_id: string; source: string; cursor: string; updated_at: number }
  alerts: AlertTable
  dead_letters: DeadLetterTable
  /** what the analyze workers did with each batch of a published import (migration 0023) */
  import_batches: ImportBatchTable
  corrections: CorrectionTable
  /** one row per installation-wide value (`secret`: the key of alert ids) */
  installation: { key: string; value: string }
  sources: SourceTable
  users: UserTable
  /** (user_id, workspace_id) is the key: one role per user and workspace */
  memberships: { user_id: string; workspace_id: string; role: string }
  sessions: SessionTable
  api_tokens: ApiTokenTable
  alert_comments: AlertCommentTable
  /** the alerts whose notification a process has taken on (migration 0020) */
  alert_notifications: { workspace_id: string; alert_id: string; claimed_at: number }
  notification_rules: NotificationRuleTable
  incidents: IncidentTable
  incident_timeline: IncidentTimelineTable
  reply_drafts: ReplyDraftTable
  approval_chains: {
    workspace_id: string
    steps: string
    updated_at: number | null
    updated_by: string | null
  }
  reply_audit: ReplyAuditTable
  publishers: PublisherTable
  drills: DrillTable
  publishing_pauses: { workspace_id: string; since: number; paused_by: string | null; reason: string }
  /** (workspace_id, network, handle) is the key */
  owned_accounts: { workspace_id: string; network: string; handle: string; account_id: string | null }
  charters: CharterTable
}

export interface UserTable {
  id: string
  /** unique, stored lowercase */
  email: string
  name: string
  admin: number
  language: string | null
  created_at: number
  password_hash: string | null
}

export interface SessionTable {
  /** SHA-256 (hex) of the cookie's value */
  id_hash: string
  user_id: string
  csrf: string
  created_at: number
  expires_at: number
}

export interface ApiTokenTable {
  id: string
  user_id: string
  name: string
  /** SHA-256 (hex) of the token, unique */
  hash: string
  created_at: number
  last_used_at: number | null
}

export interface AlertCommentTable {
  id: Generated<number>
  workspace_id: string
  alert_id: string
  user_id: string
  text: string
  at: number
}

export interface MentionTable {
  /** insertion order; on SQLite the stable rowid that keys the FTS index */
  seq: Generated<number>
  workspace_id: string
  id: string
  source: string
  url: string | null
  created_at: number
  title: string | null
  text: string
  declared_lang: string | null
  author_id: string
  author_handle: string
  author_name: string | null
  author_followers: number | null
  author_verified: number | null
  likes: number | null
  reposts: number | null
  replies: number | null
  repost_of: string | null
  reply_to: string | null
  lang: string
  sentiment_label: string
  sentiment_score: number
  sentiment_confidence: number
  anger: number
  fear: number
  sadness: number
  joy: number
  surprise: number
  disgust: number
  cause: string
  owned: number
  queries: string
  /**
   * the dominant emotion as `MentionFilter.emotion` defines it, or null (`dominantEmotion`): computed by the
   * engine in migration 0008, written at save since 0009
   */
  dominant_emotion: string | null
}

/**
 * One row per (mention, query): the query's index on time, with copies of the mention's columns that the
 * dashboard filters, orders and counts (migration 0009), kept in step by saves and corrections.
 */
export interface MentionQueryTable {
  workspace_id: string
  query_id: string
  created_at: number
  mention_id: string
  sentiment_label: string
  source: string
  lang: string
  cause: string
  owned: number
  author_handle: string
  author_followers: number | null
  likes: number | null
  reposts: number | null
  replies: number | null
  /** the dominant emotion as `MentionFilter.emotion` defines it, or null (`dominantEmotion`) */
  dominant_emotion: string | null
}

/**
 * The overview's counts per hour (migration 0012), kept by saves, corrections and purges: `query_id` is ''
 * for the whole workspace, `dominant_emotion` '' for none, `hour` the hour's first millisecond.
 */
export interface MentionCountTable {
  workspace_id: string
  query_id: string
  hour: number
  sentiment_label: string
  dominant_emotion: string
  count: number
}

/**
 * Mentions per comparable author handle and period of 30 days (migration 0021), kept by saves and purges:
 * `query_id` is '' for the whole workspace, `period` the period's first millisecond.
 */
export interface AuthorPeriodCountTable {
  workspace_id: string
  query_id: string
  period: number
  author_key: string
  count: number
  /** the largest follower count of the author's mentions of the period, null when none gave one */
  max_followers: number | null
}

/** The same per source (migration 0012). */
export interface MentionSourceCountTable {
  workspace_id: string
  query_id: string
  hour: number
  source: string
  count: number
}

export interface AlertTable {
  /** the order alerts were stored in (committed in this order), never reused */
  seq: Generated<number>
  workspace_id: string
  id: string
  query_id: string
  at: number
  kind: string
  severity: string
  score: number
  explanation: string
  mentions: string
  status: string
  details: string
}

export interface ImportBatchTable {
  workspace_id: string
  job_id: string
  batch: number
  /** RejectionGroup[] as JSON */
  rejected: string
  at: number
}

export interface DeadLetterTable {
  id: Generated<number>
  workspace_id: string
  source: string
  stage: string
  reason: string
  payload: string
  at: number
}

/** One row per corrected mention: (workspace_id, mention_id) is the key, so a new correction replaces it. */
export interface CorrectionTable {
  workspace_id: string
  mention_id: string
  label: string
  text: string
  lang: string
  corrected_by: string | null
  at: number
}

export interface SourceTable {
  workspace_id: string
  id: string
  kind: string
  url: string | null
  /** JSON */
  options: string
  every_ms: number
  enabled: number
  created_at: number
  secret: string | null
  last_success_at: number | null
  last_error_at: number | null
  last_error: string | null
  stored: Generated<number>
  rejected: Generated<number>
}

/** A workspace's notification rule (migration 0011); trigger and channel are JSON text. */
export interface NotificationRuleTable {
  workspace_id: string
  id: string
  name: string
  enabled: number
  /** the trigger's kind, copied out of its JSON so that the ticker finds the digests by index */
  trigger_kind: string
  trigger: string
  channel: string
  group_minutes: number
  created_at: number
  updated_at: number
  last_digest_at: number | null
}

/** An incident of the crisis room (migration 0016); alert ids and facts are JSON text. */
export interface IncidentTable {
  workspace_id: string
  id: string
  query_id: string | null
  title: string
  state: string
  owner_id: string | null
  opened_at: number
  opened_by: string | null
  closed_at: number | null
  alert_ids: string
  facts: string
  posture: string | null
}

export interface IncidentTimelineTable {
  id: Generated<number>
  workspace_id: string
  incident_id: string
  at: number
  kind: string
  text: string
  mention_id: string | null
  alert_id: string | null
  user_id: string | null
}

/** A reply drafted for an incident (migration 0019): the draft whole as JSON, and the columns it is found by. */
export interface ReplyDraftTable {
  workspace_id: string
  id: string
  incident_id: string
  state: string
  created_at: number
  /** the draft's save count: an update names the count it replaces */
  changes: number
  /** when an approved draft is scheduled to go out */
  publish_at: number | null
  draft: string
}

export interface PublisherTable {
  workspace_id: string
  id: string
  kind: string
  name: string
  url: string
  handle: string | null
  secret_env: string
  created_at: number
}

export interface ReplyAuditTable {
  id: Generated<number>
  workspace_id: string
  incident_id: string | null
  draft_id: string | null
  at: number
  user_id: string | null
  action: string
  revision: number | null
  detail: string
}

/** A crisis drill: its sandbox workspace is the key (migration 0019). */
export interface DrillTable {
  workspace_id: string
  source_workspace_id: string
  scenario: string
  started_at: number
  started_by: string | null
  onset_at: number
  speed: number
  ended_at: number | null
}

/** One saved version of a workspace's charter (migration 0018); clauses and terms are JSON text. */
export interface CharterTable {
  workspace_id: string
  version: number
  clauses: string
  confidential_terms: string
  updated_at: number
  updated_by: string | null
}

import type {
  Alert,
  AnalyzedMention,
  ApprovalChain,
  AuditEntry,
  BrandQuery,
  Charter,
  Drill,
  DrillReport,
  Flag,
  FollowUp,
  ImportJob,
  Incident,
  PostureAdvice,
  Publisher,
  PublishingPause,
  RejectionGroup,
  ReplyDraft,
  Role,
  TimelineEntry,
  User,
  Workspace,
} from '../../core/index.ts'
import type { EMOTIONS } from '../../core/vocabulary.ts'

/** What JSON makes of a core type: dates travel as ISO strings. */
export type Json<T> = T extends Date
  ? string
  : T extends readonly (infer U)[]
    ? Json<U>[]
    : T extends object
      ? { [K in keyof T]: Json<T[K]> }
      : T

export type AlertJson = Json<Alert>
export type MentionJson = Json<AnalyzedMention>
export type UserJson = Json<User>
/** A workspace with the reader's role, and the drill it is the sandbox of, if it is one. */
export type WorkspaceJson = Json<Workspace> & { role: Role; drill?: DrillJson }
export type DrillJson = Json<Drill>
export type DrillReportJson = Json<DrillReport>
export type QueryJson = Json<BrandQuery> & { error?: { message: string; position: number; reason: string } }

export interface SessionJson {
  user: UserJson | null
  roles: Record<string, Role>
  csrf: string | null
  /** set for a demo visitor: the workspace they may read */
  demo: string | null
}

export interface Page<T> {
  items: T[]
  next?: string
}

export interface VolumeBucket {
  at: string
  total: number
  negative: number
  positive: number
}

export interface VolumeJson {
  bucket: string
  from: string
  to: string
  buckets: VolumeBucket[]
}

export interface QueryTestJson {
  read: number
  matched: number
  complete: boolean
  examples: MentionJson[]
}

export interface CommentJson {
  id: number
  alertId: string
  userId: string
  /** the author's display name; absent when the user no longer exists */
  authorName?: string
  text: string
  at: string
}

export interface TokenJson {
  id: string
  name: string
  createdAt: string
  lastUsedAt?: string
}

export interface MemberJson {
  userId: string
  workspaceId: string
  role: Role
  name: string
  /** given to the workspace's admins only */
  email?: string
}

export type EmotionKey = (typeof EMOTIONS)[number]

export interface OverviewBucket extends VolumeBucket {
  neutral: number
  emotions: Record<EmotionKey, number>
}

export interface QueryLevelJson {
  queryId: string
  brand: string
  openAlerts: number
  /** the most severe open alert of the query, or null when calm */
  level: AlertJson | null
}

export interface TopCountJson {
  key: string
  count: number
}

/** `GET …/overview`: the workspace at a glance over a range. */
export interface OverviewJson {
  from: string
  to: string
  bucket: string
  levels: QueryLevelJson[]
  buckets: OverviewBucket[]
  shareOfVoice: { queryId: string; brand: string; count: number; share: number }[]
  topAuthors: { handle: string; name?: string; followers?: number; count: number }[]
  topSources: TopCountJson[]
  topTerms: TopCountJson[]
  topHashtags: TopCountJson[]
  /** terms and hashtags were read from the newest `sampleSize` mentions only */
  sampled: boolean
  sampleSize: number
}

export interface InputHealthJson {
  source: string
  lastDeliveryAt: string | null
  rejected: number
  lastRejectedAt: string | null
}

/** A declared source (feed, account, webhook) with its health, when the server lists them. */
export interface DeclaredSourceJson {
  id: string
  kind: string
  url?: string
  everyMs: number
  enabled: boolean
  health?: {
    lastSuccessAt?: string | null
    lastErrorAt?: string | null
    lastError?: string | null
    stored: number
    rejected: number
  }
}

/** `GET …/sources`; `sources` only from servers that know declared sources. */
export interface SourcesJson {
  inputs: InputHealthJson[]
  lastDay: { source: string; mentions: number; perHour: number }[]
  sources?: DeclaredSourceJson[]
}

export interface DeadLetterJson {
  id: number
  source: string
  stage: string
  reason: string
  payload: string
  at: string
}

/** An import and its summary (`GET …/imports/:id`); a kind of rejected row in it. */
export type ImportJobJson = Json<ImportJob>
export type RejectionGroupJson = Json<RejectionGroup>

/** `POST …/imports/preview`: the format, and for CSV the header, first rows and a suggested map. */
export interface ImportPreviewJson {
  format: string
  detected: boolean
  header: string[] | null
  rows: string[][]
  suggestedMap: Record<string, string>
  lines: string[]
}

/** The crisis room: an incident, its timeline, the advice for its facts; reply drafts and their approval. */
export type IncidentJson = Json<Incident>
export type TimelineEntryJson = Json<TimelineEntry>
export type PostureAdviceJson = Json<PostureAdvice>
export type ReplyDraftJson = Json<ReplyDraft>
export type ApprovalChainJson = Json<ApprovalChain>
export type AuditEntryJson = Json<AuditEntry>
export type FollowUpJson = Json<FollowUp>
/** Publishing: a publisher (its secret named, never given) and the workspace's pause switch. */
export type PublisherJson = Json<Publisher>
export type PublishingPauseJson = Json<PublishingPause>

/** `GET …/incidents/:id` */
export interface IncidentViewJson {
  incident: IncidentJson
  timeline: TimelineEntryJson[]
  advice: PostureAdviceJson
}

/** `GET …/incidents/:id/posts`: the people and posts of an incident since its start */
export interface IncidentPostsJson {
  from: string
  pinned: MentionJson[]
  mostEngaged: MentionJson[]
  owned: MentionJson[]
  amplifiers: { handle: string; name?: string; followers: number | null; posts: number; audience: number }[]
  sources: TopCountJson[]
  reach: { authors: number; followers: number; partial: boolean }
}

export type FlagJson = Flag
/** The charter as the dashboard reads it: its confidential terms come from their own route (analysts). */
export type CharterJson = Omit<Json<Charter>, 'confidentialTerms'>
export interface ConfidentialTermsJson {
  version: number
  terms: string[]
}

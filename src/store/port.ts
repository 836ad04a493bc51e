import type {
  Alert,
  AlertComment,
  AlertStatus,
  AnalyzedMention,
  ApiTokenRecord,
  ApprovalChain,
  AuditEntry,
  BrandQuery,
  Cause,
  Charter,
  Drill,
  EmotionName,
  Incident,
  IncidentState,
  Lang,
  Membership,
  NotificationRule,
  OwnedAccount,
  Publisher,
  PublishingPause,
  RejectionGroup,
  ReplyDraft,
  Sentiment,
  SentimentLabel,
  SessionRecord,
  SourceDefinition,
  SourceHealth,
  TimelineEntry,
  UserRecord,
  Workspace,
} from '../core/index.ts'
import { MENTION_SORTS } from '../core/index.ts'

/** A failure kept with its reason so nothing is silently lost (bad row, broken post, failed delivery). */
export interface DeadLetter {
  id: number
  workspaceId: string
  /** where it came from: `file:/path/to/in.jsonl`, `webhook`, `rss:https://...`, `alerts:webhook` */
  source: string
  /** which stage rejected it: `parse`, `validate`, `analyze`, `store`, `deliver` */
  stage: string
  reason: string
  /** the raw payload (text), truncated to a sane size */
  payload: string
  at: Date
}
export type NewDeadLetter = Omit<DeadLetter, 'id' | 'at'> & { at?: Date }

/**
 * What an analyze worker did with one batch of a published import (an upload with a bus): the batch's
 * mentions it rejected, by kind. One per batch: a batch handled twice (redelivered) is reported once.
 */
export interface ImportBatchReport {
  workspaceId: string
  /** the import (`imp_…`) */
  jobId: string
  /** the batch's number in the import, from 0 */
  batch: number
  /** the batch's mentions the worker rejected, by kind; empty: none */
  rejected: RejectionGroup[]
  at?: Date
}

/** An analyst's correction of one mention's sentiment; the latest one for a mention wins. */
export interface SentimentCorrectionRecord {
  workspaceId: string
  mentionId: string
  label: SentimentLabel
  /** the text the analysis read (title and body), kept so the workspace's model can learn from it */
  text: string
  lang: Lang
  /** who corrected it, when known */
  by?: string
  at: Date
}

/**
 * The order of a list of mentions; every order ends on (created_at, id) descending so that it is total and
 * pages neither repeat nor skip a mention.
 * - `newest`: created_at descending (the default)
 * - `oldest`: created_at ascending, then id ascending
 * - `reach`: author followers descending, unknown followers last, then newest
 * - `engagement`: likes + reposts + replies descending (missing metrics count 0), then newest
 */
export type MentionSort = (typeof MENTION_SORTS)[number]
/** core's list, re-exported for the store's own files */
export { MENTION_SORTS }

/** Which mentions to list or export; every field narrows the list, absent fields do not. */
export interface MentionFilter {
  workspaceId: string
  queryId?: string
  /** full-text search, accent- and case-insensitive (FTS5 on SQLite) */
  text?: string
  /** created at or after */
  from?: Date
  /** created before */
  to?: Date
  sentiment?: 'negative' | 'neutral' | 'positive'
  /** the source's name, exactly (`twitter`, `rss`) */
  source?: string
  /** the language the analysis settled on */
  lang?: Lang
  /**
   * Mentions whose dominant emotion is this one with a score of at least 0.5 (`DOMINANT_EMOTION_MIN`).
   * The dominant emotion is the one with the highest score; on a tie, the first in `EMOTIONS` order (anger,
   * fear, sadness, joy, surprise, disgust) wins. A mention has at most one dominant emotion.
   */
  emotion?: EmotionName
  /** the cause the analysis stored, exactly */
  cause?: Cause
  /** the author's handle, case-insensitive (ASCII letters), with or without a leading `@` on either side */
  author?: string
  /** authors with at least this many followers; when above 0, authors of unknown reach never pass */
  minReach?: number
  /** posts of the brand's own accounts (true) or everyone else's (false) */
  owned?: boolean
  /** default `newest` */
  sort?: MentionSort
  /** default 50, at most 500 */
  limit?: number
  /** opaque value from the previous page's `next`, given with the same filter and sort */
  before?: string
}

/** The lowest score at which a mention's dominant emotion counts (`MentionFilter.emotion`, aggregates). */
export const DOMINANT_EMOTION_MIN = 0.5

/** Engagement to add to a stored mention's metrics (counts seen since the last increment). */
export interface MetricsIncrement {
  id: string
  likes: number
  reposts: number
  replies: number
}

/** A source as stored: its definition and, for a webhook, the key its senders sign with. */
export type SourceRecord = SourceDefinition & { secret?: string }

export interface SourceRun {
  workspaceId: string
  sourceId: string
  at: Date
  /** set when the run failed */
  error?: string
  stored: number
  rejected: number
}

/** The formats of `exportMentions`. */
export type ExportFormat = 'csv' | 'jsonl'

export interface Page<T> {
  items: T[]
  next?: string
}

export interface VolumeBucket {
  /** start of the bucket */
  at: Date
  total: number
  negative: number
  positive: number
}

/** What the dashboard's overview asks for: a workspace (or one query) over [from, to). */
export interface AggregateInput {
  workspaceId: string
  /** only this brand query's mentions (share of voice still compares all the workspace's queries) */
  queryId?: string
  from: Date
  to: Date
  /** default one hour; buckets are aligned on multiples of it since the epoch, as `volume`'s */
  bucketMs?: number
  /** how many top authors, terms, hashtags and sources; default 10, at most 100 */
  top?: number
}

/** Counts of one bucket of an aggregate. */
export interface AggregateBucket {
  /** start of the bucket */
  at: Date
  total: number
  negative: number
  neutral: number
  positive: number
  /**
   * How many of the bucket's mentions have each emotion as their dominant one (see `MentionFilter.emotion`):
   * counts, not summed scores, so that a bar of the chart lists exactly the mentions the emotion filter gives.
   * Mentions with no emotion reaching 0.5 are in none.
   */
  emotions: Record<EmotionName, number>
}

/** One brand query's part of the conversation over the range. */
export interface QueryShare {
  queryId: string
  brand: string
  count: number
  /** count / the sum of every query's count (0 when none); a mention matching two queries counts for both */
  share: number
}

/** Mentions of one author, grouped as the author filter compares handles (case, leading `@`). */
export interface TopAuthor {
  /** the handle as its latest mention in the range (of any query) wrote it */
  handle: string
  /** the name its latest mention in the range (of any query) gave, if any */
  name?: string
  /** the largest follower count its mentions in the range (of any query) carried, when one did */
  followers?: number
  count: number
}

export interface TopCount {
  /** a term (folded: lower case, no accents), a hashtag (with its #, lower case) or a source name */
  key: string
  count: number
}

/** The dashboard's overview of a workspace or a query over [from, to). */
export interface Aggregate {
  buckets: AggregateBucket[]
  /** every query of the workspace, most mentioned first, including those with no mention in the range */
  shareOfVoice: QueryShare[]
  /** by number of mentions; the stand-in of posts without an author (handle `unknown`) is left out */
  topAuthors: TopAuthor[]
  /** by number of mentions */
  topSources: TopCount[]
  /**
   * Words of the texts and titles, minus French and English stop words, numbers, handles, links and words of
   * fewer than 3 letters; counted once per mention. Read from the sample below, not from every mention.
   */
  topTerms: TopCount[]
  /** hashtags, lower case, counted once per mention, from the same sample */
  topHashtags: TopCount[]
  /** true when the range holds more mentions than the sample read for terms and hashtags */
  sampled: boolean
  /** how many mentions terms and hashtags were read from: the newest of the range, at most 5,000 */
  sampleSize: number
}

/**
 * The Store port. One adapter per engine (sqlite/, later postgres/), one contract suite for all
 * (`store.contract.ts`). Callers never know which engine they talk to.
 */
export interface Store {
  /** Creates or upgrades the schema; safe to call on every start. */
  migrate(): Promise<void>
  close(): Promise<void>

  upsertWorkspace(ws: Workspace): Promise<void>
  listWorkspaces(): Promise<Workspace[]>
  getWorkspace(id: string): Promise<Workspace | undefined>
  /**
   * Deletes everything a workspace holds (mentions, corrections, queries, cursors, alerts and their comments,
   * dead letters, notification rules), keeping the workspace row and its members.
   */
  purgeWorkspace(id: string): Promise<void>

  upsertQuery(q: BrandQuery): Promise<void>
  listQueries(workspaceId?: string): Promise<BrandQuery[]>
  deleteQuery(workspaceId: string, id: string): Promise<void>

  /** Stores a batch atomically; a mention already stored (same workspace and id) is not stored again. */
  saveMentions(batch: readonly AnalyzedMention[]): Promise<{ inserted: number; duplicates: number }>
  /**
   * Stores a batch atomically like `saveMentions`, and returns the mentions this call stored, in batch order
   * (what detection must see): one round trip instead of a lookup before the write.
   */
  saveNewMentions(batch: readonly AnalyzedMention[]): Promise<AnalyzedMention[]>
  /** Which of these ids are already stored in the workspace. */
  findExistingMentionIds(workspaceId: string, ids: readonly string[]): Promise<Set<string>>
  getMention(workspaceId: string, id: string): Promise<AnalyzedMention | undefined>
  /** A page of mentions in the filter's order; follow `next` (as `before`) for the next page. */
  listMentions(filter: MentionFilter): Promise<Page<AnalyzedMention>>
  /**
   * Every mention of the filter (its `limit` ignored) in its order, as text chunks: CSV (a header line first,
   * RFC 4180 quoting, text cells starting with = + - @ tab or CR prefixed with an apostrophe) or JSON Lines
   * (one `AnalyzedMention` a line). Read page by page, so memory stays bounded whatever the size.
   */
  exportMentions(filter: MentionFilter, format: ExportFormat): AsyncIterable<string>
  /** The dashboard overview of [from, to): tone and emotion per bucket, share of voice, top lists. */
  aggregate(input: AggregateInput): Promise<Aggregate>
  countMentions(workspaceId: string): Promise<number>
  /** Mentions per bucket (default one hour) between from and to, for a query or the whole workspace. */
  volume(input: {
    workspaceId: string
    queryId?: string
    from: Date
    to: Date
    bucketMs?: number
  }): Promise<VolumeBucket[]>

  /** A connector's resume point, advanced only after the mentions before it were saved. */
  getCursor(workspaceId: string, source: string): Promise<string | undefined>
  setCursor(workspaceId: string, source: string, cursor: string): Promise<void>
  /** The workspace's sources that have a resume point, by name, with when it last moved. */
  listCursors(workspaceId: string): Promise<{ source: string; updatedAt: Date }[]>
  /** How many dead letters each source of the workspace has, and the time of its latest, by source name. */
  countDeadLetters(workspaceId: string): Promise<{ source: string; count: number; lastAt: Date }[]>

  /** Creates or replaces a source (its health is kept when it is replaced). */
  saveSource(source: SourceRecord): Promise<void>
  /** The sources of a workspace, or of every workspace, by workspace then id; never their secret. */
  listSources(workspaceId?: string): Promise<SourceDefinition[]>
  /** One source with its secret (a webhook's HMAC key), if it exists. */
  getSource(workspaceId: string, id: string): Promise<SourceRecord | undefined>
  /** `not_found` if absent. */
  deleteSource(workspaceId: string, id: string): Promise<void>
  /** What a run of the source gave: a success (with counts) or an error; counts add up. */
  recordSourceRun(run: SourceRun): Promise<void>
  listSourceHealth(workspaceId: string): Promise<SourceHealth[]>

  /**
   * Adds engagement seen after a mention was stored (likes, reposts, replies counted on a stream) to its
   * metrics, and to its per-query copies; a mention not stored (yet) is skipped. Returns the ids updated.
   */
  addMentionMetrics(workspaceId: string, increments: readonly MetricsIncrement[]): Promise<string[]>

  /** The brand's own accounts in a workspace, by network then handle. */
  listOwnedAccounts(workspaceId: string): Promise<OwnedAccount[]>
  /** Replaces the workspace's owned accounts with these, in one transaction (one per network and handle). */
  setOwnedAccounts(workspaceId: string, accounts: readonly OwnedAccount[]): Promise<void>

  /** Stores a correction, replacing the mention's previous one (one correction per mention). */
  saveCorrection(correction: SentimentCorrectionRecord): Promise<void>
  /** A workspace's corrections, oldest first. */
  listCorrections(workspaceId: string): Promise<SentimentCorrectionRecord[]>
  /** Overwrites a stored mention's sentiment (lists, filters and volumes follow); not_found if absent. */
  setMentionSentiment(workspaceId: string, mentionId: string, sentiment: Sentiment): Promise<void>

  saveAlert(alert: Alert): Promise<void>
  /**
   * Stores an alert unless one with its id is stored already (whatever that one's status): true when it was
   * new. What detection raises goes through here, so an alert raised again (a replay, a detect worker taking
   * over a query) is stored once and keeps the status people gave it.
   */
  addAlert(alert: Alert): Promise<boolean>
  /**
   * Takes on the notification of an alert: true for the first caller (of any process on this store), false
   * afterwards, so an alert's notifications are sent once. A purge of the workspace forgets it.
   */
  claimAlertNotification(workspaceId: string, alertId: string): Promise<boolean>
  getAlert(workspaceId: string, id: string): Promise<Alert | undefined>
  listAlerts(input: { workspaceId: string; status?: AlertStatus; limit?: number }): Promise<Alert[]>
  /**
   * The same list by pages (newest first, `limit` 100 by default, at most 500): `next` is the token of the
   * following page, absent on the last. Pages follow (time, id), so alerts raised meanwhile neither repeat
   * nor shift a page; a status changed meanwhile may move an alert out of a status filter.
   */
  listAlertPage(input: {
    workspaceId: string
    status?: AlertStatus
    limit?: number
    before?: string
  }): Promise<Page<Alert>>
  /**
   * Alerts of every workspace stored after position `after`, in the order they were stored (by this process
   * or another one on the same store), at most `limit` (default 100), with the position to ask from next.
   * Without `after`: no alerts, only the current position. Saving an alert again (a status change) does not
   * move it; positions are never reused, even after a purge.
   */
  listAlertsStoredAfter(input: { after?: number; limit?: number }): Promise<{ items: Alert[]; last: number }>
  setAlertStatus(workspaceId: string, id: string, status: AlertStatus): Promise<void>

  /**
   * A random secret of this installation (64 hex characters), created by the first call and the same for
   * every later call and every process on the same store: the key that makes alert ids unpredictable.
   */
  installationSecret(): Promise<string>

  addDeadLetter(letter: NewDeadLetter): Promise<void>
  listDeadLetters(input: { workspaceId: string; source?: string; limit?: number }): Promise<DeadLetter[]>

  /** Records what a worker did with a batch of an import; a batch reported again replaces its report. */
  saveImportBatchReport(report: ImportBatchReport): Promise<void>
  /** The reports of an import's batches, in batch order. */
  listImportBatchReports(workspaceId: string, jobId: string): Promise<ImportBatchReport[]>

  // --- accounts (users, memberships, sessions, API tokens) and alert comments ---

  /** Stores a new user; `conflict` if the id or the email (case-insensitive) is taken. */
  createUser(user: UserRecord): Promise<void>
  /** Replaces a stored user's fields (email, name, admin, language, password hash); `not_found` if absent. */
  updateUser(user: UserRecord): Promise<void>
  getUser(id: string): Promise<UserRecord | undefined>
  /** The user with this email, compared lowercase. */
  findUserByEmail(email: string): Promise<UserRecord | undefined>
  /** Every user, by email. */
  listUsers(): Promise<UserRecord[]>
  countUsers(): Promise<number>
  /** Gives a user a role in a workspace, replacing the previous one. */
  setMembership(membership: Membership): Promise<void>
  removeMembership(userId: string, workspaceId: string): Promise<void>
  /** Memberships of a user, or of a workspace, or all; ordered by workspace then user. */
  listMemberships(input: { userId?: string; workspaceId?: string }): Promise<Membership[]>

  saveSession(session: SessionRecord): Promise<void>
  /** The session with this hash, if it has not expired at `now`. */
  getSession(idHash: string, now: Date): Promise<SessionRecord | undefined>
  deleteSession(idHash: string): Promise<void>
  /** Ends every session of a user (password changed, user removed). */
  deleteSessionsOf(userId: string): Promise<void>

  saveToken(token: ApiTokenRecord): Promise<void>
  findTokenByHash(hash: string): Promise<ApiTokenRecord | undefined>
  /** A user's tokens, oldest first. */
  listTokens(userId: string): Promise<ApiTokenRecord[]>
  /** `not_found` unless the user has this token. */
  deleteToken(userId: string, id: string): Promise<void>
  touchToken(id: string, at: Date): Promise<void>

  /** Adds a comment to an alert and returns it with its id; `not_found` if the alert is not stored. */
  addAlertComment(comment: Omit<AlertComment, 'id'>): Promise<AlertComment>
  /** An alert's comments, oldest first. */
  listAlertComments(workspaceId: string, alertId: string): Promise<AlertComment[]>

  // --- notification rules (migration 0011) ---

  /** Creates or replaces a rule (same workspace and id). */
  saveNotificationRule(rule: NotificationRule): Promise<void>
  getNotificationRule(workspaceId: string, id: string): Promise<NotificationRule | undefined>
  /** Rules of one workspace or of all, of one trigger kind or all; by workspace then id. */
  listNotificationRules(input: {
    workspaceId?: string
    trigger?: NotificationRule['trigger']['kind']
  }): Promise<NotificationRule[]>
  /** `not_found` unless the workspace has this rule. */
  deleteNotificationRule(workspaceId: string, id: string): Promise<void>
  /** Records the end of the last digest period sent by a rule (nothing if the rule is gone). */
  setNotificationDigestSent(workspaceId: string, id: string, at: Date): Promise<void>

  // --- incidents of the crisis room (migration 0016) ---

  /** Creates or replaces an incident (same workspace and id). */
  saveIncident(incident: Incident): Promise<void>
  getIncident(workspaceId: string, id: string): Promise<Incident | undefined>
  /** A workspace's incidents, newest opened first (200 by default), of one state or all. */
  listIncidents(input: { workspaceId: string; state?: IncidentState; limit?: number }): Promise<Incident[]>
  /**
   * Appends entries to one incident's timeline and returns them with their ids; `not_found` if the incident
   * is not stored.
   */
  addTimelineEntries(entries: Omit<TimelineEntry, 'id'>[]): Promise<TimelineEntry[]>
  /** An incident's timeline in time order (ties in the order they were added). */
  listTimeline(workspaceId: string, incidentId: string): Promise<TimelineEntry[]>

  // --- replies, approval chains and the audit trail (migration 0019) ---

  /**
   * Saves a draft whose `changes` is one more than the stored copy's (1 for a new draft); false, and
   * nothing written, when the stored copy moved on meanwhile or a new draft's id is taken.
   */
  saveReplyDraft(draft: ReplyDraft): Promise<boolean>
  getReplyDraft(workspaceId: string, id: string): Promise<ReplyDraft | undefined>
  /** An incident's drafts, oldest first. */
  listReplyDrafts(workspaceId: string, incidentId: string): Promise<ReplyDraft[]>
  getApprovalChain(workspaceId: string): Promise<ApprovalChain | undefined>
  saveApprovalChain(chain: ApprovalChain): Promise<void>
  /** Appends to the audit trail: nothing in it is changed or deleted (but with the whole workspace). */
  addAuditEntries(entries: Omit<AuditEntry, 'id'>[]): Promise<void>
  /** The audit trail in the order it was written: one incident's, one draft's or the workspace's. */
  listAuditEntries(input: {
    workspaceId: string
    incidentId?: string
    draftId?: string
  }): Promise<AuditEntry[]>

  /** Approved drafts scheduled at or before `until`, of every workspace, soonest first (100 by default). */
  listDueReplyDrafts(until: Date, limit?: number): Promise<ReplyDraft[]>
  /** Adds or replaces a publisher (same workspace and id). */
  savePublisher(publisher: Publisher): Promise<void>
  listPublishers(workspaceId: string): Promise<Publisher[]>
  getPublisher(workspaceId: string, id: string): Promise<Publisher | undefined>
  /** False when the workspace has no such publisher. */
  deletePublisher(workspaceId: string, id: string): Promise<boolean>
  /** The workspace's pause switch, when set. */
  getPublishingPause(workspaceId: string): Promise<PublishingPause | undefined>
  /** Sets the pause switch, or lifts it (null). */
  setPublishingPause(workspaceId: string, pause: PublishingPause | null): Promise<void>

  /** Saves a crisis drill (keyed by its sandbox workspace). */
  saveDrill(drill: Drill): Promise<void>
  /** The drill a sandbox workspace holds, if it is one. */
  getDrill(workspaceId: string): Promise<Drill | undefined>
  /** The drills started from a workspace, newest first. */
  listDrills(sourceWorkspaceId: string): Promise<Drill[]>
  // --- social-media charters (migration 0018) ---

  /**
   * Saves a new version of a workspace's charter (clauses and confidential terms together) and returns it:
   * version 1 first, then one more than the latest; `conflict` if another save took that number meanwhile.
   */
  saveCharter(input: Omit<Charter, 'version'>): Promise<Charter>
  /** A workspace's charter: the latest version, or the one asked for; undefined when none was saved. */
  getCharter(workspaceId: string, version?: number): Promise<Charter | undefined>
  /** Who saved which version and when, newest first. */
  listCharterVersions(workspaceId: string): Promise<Pick<Charter, 'version' | 'updatedAt' | 'updatedBy'>[]>
}

import type {
  Alert,
  AlertComment,
  AlertStatus,
  AnalyzedMention,
  ApiTokenRecord,
  BrandQuery,
  Lang,
  Membership,
  Sentiment,
  SentimentLabel,
  SessionRecord,
  UserRecord,
  Workspace,
} from '../core/index.ts'

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

export interface MentionFilter {
  workspaceId: string
  queryId?: string
  /** full-text search, accent- and case-insensitive (FTS5 on SQLite) */
  text?: string
  from?: Date
  to?: Date
  sentiment?: 'negative' | 'neutral' | 'positive'
  /** newest first; default 50, at most 500 */
  limit?: number
  /** opaque value from the previous page's `next` */
  before?: string
}

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
   * dead letters), keeping the workspace row and its members.
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
  listMentions(filter: MentionFilter): Promise<Page<AnalyzedMention>>
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

  /** Stores a correction, replacing the mention's previous one (one correction per mention). */
  saveCorrection(correction: SentimentCorrectionRecord): Promise<void>
  /** A workspace's corrections, oldest first. */
  listCorrections(workspaceId: string): Promise<SentimentCorrectionRecord[]>
  /** Overwrites a stored mention's sentiment (lists, filters and volumes follow); not_found if absent. */
  setMentionSentiment(workspaceId: string, mentionId: string, sentiment: Sentiment): Promise<void>

  saveAlert(alert: Alert): Promise<void>
  getAlert(workspaceId: string, id: string): Promise<Alert | undefined>
  listAlerts(input: { workspaceId: string; status?: AlertStatus; limit?: number }): Promise<Alert[]>
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
}

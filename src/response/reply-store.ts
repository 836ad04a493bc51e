import type {
  ApprovalChain,
  AuditEntry,
  Drill,
  Publisher,
  PublishingPause,
  ReplyDraft,
} from '../core/index.ts'
import type { IncidentStore } from './incident-store.ts'

/** What drafting and approving replies need of the store (the Store port satisfies it). */
export interface ReplyStore extends IncidentStore {
  getWorkspace(id: string): Promise<{ name: string; language?: 'fr' | 'en' } | undefined>
  /**
   * Saves a draft whose `changes` is one more than the stored copy's (or 1 for a new draft); false when
   * the stored copy moved on meanwhile (or a new draft's id is taken), and nothing is written.
   */
  saveReplyDraft(draft: ReplyDraft): Promise<boolean>
  getReplyDraft(workspaceId: string, id: string): Promise<ReplyDraft | undefined>
  /** An incident's drafts, oldest first. */
  listReplyDrafts(workspaceId: string, incidentId: string): Promise<ReplyDraft[]>
  getApprovalChain(workspaceId: string): Promise<ApprovalChain | undefined>
  saveApprovalChain(chain: ApprovalChain): Promise<void>
  /** Appends to the audit trail; nothing in it is ever changed or deleted (but with the whole workspace). */
  addAuditEntries(entries: Omit<AuditEntry, 'id'>[]): Promise<void>
  /** The audit trail in the order it was written, of one incident, one draft or the whole workspace. */
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
}

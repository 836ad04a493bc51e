import type { ApprovalChain, AuditEntry, ReplyDraft } from '../core/index.ts'
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
}

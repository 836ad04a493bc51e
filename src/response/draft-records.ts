import { AppError, type AuditEntry, type ReplyDraft, type TimelineEntry } from '../core/index.ts'
import type { ReplyStore } from './reply-store.ts'

/** Who did something to a draft (a person, or Vigie acting for whoever scheduled it). */
export interface Doer {
  userId: string | null
}

/** An audit line about one draft, at its current revision. */
export const draftAudit = (
  draft: ReplyDraft,
  action: AuditEntry['action'],
  actor: Doer,
  at: Date,
  detail: Record<string, unknown>,
): Omit<AuditEntry, 'id'> => ({
  workspaceId: draft.workspaceId,
  incidentId: draft.incidentId,
  draftId: draft.id,
  at,
  userId: actor.userId,
  action,
  revision: draft.revision,
  detail,
})

/** An audit line about the workspace itself (its approval chain, its pause switch). */
export const workspaceAudit = (
  workspaceId: string,
  action: AuditEntry['action'],
  actor: Doer,
  at: Date,
  detail: Record<string, unknown>,
): Omit<AuditEntry, 'id'> => ({
  workspaceId,
  incidentId: null,
  draftId: null,
  at,
  userId: actor.userId,
  action,
  revision: null,
  detail,
})

/** A line of the incident's timeline about one of its replies. */
export const replyTimeline = (
  draft: ReplyDraft,
  actor: Doer,
  at: Date,
  text: string,
): Omit<TimelineEntry, 'id'> => ({
  workspaceId: draft.workspaceId,
  incidentId: draft.incidentId,
  at,
  kind: 'reply',
  text,
  mentionId: null,
  alertId: null,
  userId: actor.userId,
})

/** Saves a changed draft over `before` (none for a new one), refusing when someone else changed it first. */
export const saveDraft = async (store: ReplyStore, before: ReplyDraft | undefined, after: ReplyDraft) => {
  const next = { ...after, changes: (before?.changes ?? 0) + 1 }
  if (!(await store.saveReplyDraft(next)))
    throw new AppError('conflict', `draft ${after.id} was changed meanwhile: reload it and try again`, {
      reason: 'changed',
    })
  return next
}

export const requireDraft = async (store: ReplyStore, workspaceId: string, id: string) => {
  const draft = await store.getReplyDraft(workspaceId, id)
  if (!draft) throw new AppError('not_found', `no draft ${id} in workspace ${workspaceId}`)
  return draft
}

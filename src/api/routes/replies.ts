import { z } from 'zod'
import type { Principal } from '../../accounts/index.ts'
import { roleIn } from '../../accounts/index.ts'
import {
  AppError,
  ApprovalChain,
  ApprovalStep,
  AuditEntry,
  ReplyDraft,
  systemClock,
} from '../../core/index.ts'
import {
  type Actor,
  approvalChainOf,
  type CheckDraft,
  createDraft,
  Decision,
  decideDraft,
  editDraft,
  NewDraft,
  setApprovalChain,
  submitDraft,
} from '../../response/index.ts'
import { toneCheck } from '../../runtime/index.ts'
import type { ApiContext } from '../context.ts'
import { WorkspaceParams } from '../request-params.ts'
import { defineRoute, type RouteSpec } from '../route-spec.ts'

const Id = z.string().min(1).max(200)
const IncidentParams = WorkspaceParams.extend({ id: Id })
const DraftParams = WorkspaceParams.extend({ draftId: Id })

const actorOf = (who: Principal | undefined, ws: string): Actor => ({
  userId: who?.user?.id ?? null,
  role: (who && roleIn(who, ws)) ?? 'viewer',
})

/**
 * Replies of the crisis room (issue 13): drafts per posture, audience and channel, their check, the
 * workspace's approval chain, decisions and the audit trail.
 */
export const replyRoutes = (ctx: ApiContext, check: CheckDraft = toneCheck): RouteSpec[] => {
  const uc = () => ({ store: ctx.store, clock: ctx.clock ?? systemClock, check })
  return [
    defineRoute({
      method: 'GET',
      path: '/workspaces/:ws/incidents/:id/drafts',
      tag: 'replies',
      summary: "An incident's reply drafts, oldest first",
      access: 'viewer',
      params: IncidentParams,
      response: z.object({ items: ReplyDraft.array() }),
      handler: async ({ params }) => {
        if (!(await ctx.store.getIncident(params.ws, params.id)))
          throw new AppError('not_found', `no incident ${params.id} in workspace ${params.ws}`)
        return { items: await ctx.store.listReplyDrafts(params.ws, params.id) }
      },
    }),
    defineRoute({
      method: 'POST',
      path: '/workspaces/:ws/incidents/:id/drafts',
      tag: 'replies',
      summary:
        'Write a first draft for an audience and a channel, after the chosen (else advised) posture, in FR or EN',
      access: 'responder',
      params: IncidentParams,
      body: NewDraft,
      response: ReplyDraft,
      status: 201,
      handler: async ({ params, body, who }) =>
        createDraft({
          ctx: uc(),
          input: {
            workspaceId: params.ws,
            incidentId: params.id,
            actor: actorOf(who, params.ws),
            draft: body,
          },
        }),
    }),
    defineRoute({
      method: 'GET',
      path: '/workspaces/:ws/drafts/:draftId',
      tag: 'replies',
      summary: 'A reply draft with its state, decisions and the flags of its last check',
      access: 'viewer',
      params: DraftParams,
      response: ReplyDraft,
      handler: async ({ params }) => {
        const draft = await ctx.store.getReplyDraft(params.ws, params.draftId)
        if (!draft) throw new AppError('not_found', `no draft ${params.draftId} in workspace ${params.ws}`)
        return draft
      },
    }),
    defineRoute({
      method: 'PATCH',
      path: '/workspaces/:ws/drafts/:draftId',
      tag: 'replies',
      summary: 'Change the text (a new revision, back to draft: approvals do not carry over)',
      access: 'responder',
      params: DraftParams,
      body: z
        .object({
          parts: z.array(z.string().max(20_000)).min(1).max(25),
          revision: z.number().int().min(1).optional(),
        })
        .strict(),
      response: ReplyDraft,
      handler: async ({ params, body, who }) =>
        editDraft({
          ctx: uc(),
          input: {
            workspaceId: params.ws,
            id: params.draftId,
            actor: actorOf(who, params.ws),
            parts: body.parts,
            revision: body.revision,
          },
        }),
    }),
    defineRoute({
      method: 'POST',
      path: '/workspaces/:ws/drafts/:draftId/submit',
      tag: 'replies',
      summary:
        'Check the draft and send it to the approval chain (refused while gaps remain or a post is too long)',
      access: 'responder',
      params: DraftParams,
      response: ReplyDraft,
      handler: async ({ params, who }) =>
        submitDraft({
          ctx: uc(),
          input: { workspaceId: params.ws, id: params.draftId, actor: actorOf(who, params.ws) },
        }),
    }),
    defineRoute({
      method: 'POST',
      path: '/workspaces/:ws/drafts/:draftId/decision',
      tag: 'replies',
      summary:
        'Approve or reject the draft at the step it waits for (the step’s role or named approvers; never its writer)',
      access: 'responder',
      params: DraftParams,
      body: Decision,
      response: ReplyDraft,
      handler: async ({ params, body, who }) =>
        decideDraft({
          ctx: uc(),
          input: {
            workspaceId: params.ws,
            id: params.draftId,
            actor: actorOf(who, params.ws),
            decision: body,
          },
        }),
    }),
    defineRoute({
      method: 'GET',
      path: '/workspaces/:ws/approval-chain',
      tag: 'replies',
      summary: "The workspace's approval chain (one analyst's approval when none was set)",
      access: 'viewer',
      params: WorkspaceParams,
      response: ApprovalChain,
      handler: async ({ params }) => approvalChainOf(ctx.store, params.ws),
    }),
    defineRoute({
      method: 'PUT',
      path: '/workspaces/:ws/approval-chain',
      tag: 'replies',
      summary: 'Replace the approval chain: its steps in order, each with a role or named approvers',
      access: 'admin',
      params: WorkspaceParams,
      body: z.object({ steps: z.array(ApprovalStep).min(1).max(10) }).strict(),
      response: ApprovalChain,
      handler: async ({ params, body, who }) =>
        setApprovalChain({
          ctx: uc(),
          input: { workspaceId: params.ws, actor: actorOf(who, params.ws), steps: body.steps },
        }),
    }),
    defineRoute({
      method: 'GET',
      path: '/workspaces/:ws/audit',
      tag: 'replies',
      summary:
        'The audit trail of replies and approval chains, of one incident or draft or the whole workspace',
      access: 'analyst',
      params: WorkspaceParams,
      query: z.object({ incident: Id.optional(), draft: Id.optional() }),
      response: z.object({ items: AuditEntry.array() }),
      handler: async ({ params, query }) => ({
        items: await ctx.store.listAuditEntries({
          workspaceId: params.ws,
          incidentId: query.incident,
          draftId: query.draft,
        }),
      }),
    }),
  ]
}

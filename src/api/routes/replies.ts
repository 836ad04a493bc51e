import { z } from 'zod'
import type { Principal } from '../../accounts/index.ts'
import { roleIn } from '../../accounts/index.ts'
import {
  AppError,
  ApprovalChain,
  ApprovalStep,
  AuditEntry,
  Publisher,
  PublishingPause,
  ReplyDraft,
  systemClock,
} from '../../core/index.ts'
import {
  type Actor,
  addPublisher,
  approvalChainOf,
  type CheckDraft,
  createDraft,
  Decision,
  decideDraft,
  editDraft,
  NewDraft,
  NewPublisher,
  PublishRequest,
  pausePublishing,
  publishDraft,
  resumePublishing,
  setApprovalChain,
  submitDraft,
  unscheduleDraft,
} from '../../response/index.ts'
import { charterCheck } from '../../runtime/index.ts'
import type { ApiContext } from '../context.ts'
import { WorkspaceParams } from '../request-params.ts'
import { defineRoute, type RouteSpec } from '../route-spec.ts'

const Id = z.string().min(1).max(200)
const IncidentParams = WorkspaceParams.extend({ id: Id })
const DraftParams = WorkspaceParams.extend({ draftId: Id })

const PublisherParams = WorkspaceParams.extend({ publisherId: Id })

const actorOf = (who: Principal | undefined, ws: string): Actor => ({
  userId: who?.user?.id ?? null,
  role: (who && roleIn(who, ws)) ?? 'viewer',
})

/**
 * Replies of the crisis room (issue 13): drafts per posture, audience and channel, their check, the
 * workspace's approval chain, decisions and the audit trail.
 */
export const replyRoutes = (ctx: ApiContext, check: CheckDraft = charterCheck(ctx.store)): RouteSpec[] => {
  const uc = () => ({ store: ctx.store, clock: ctx.clock ?? systemClock, check })
  const publishing = () => ({
    store: ctx.store,
    clock: ctx.clock ?? systemClock,
    clientFor: (p: Publisher) => {
      if (!ctx.publishClients)
        throw new AppError('unavailable', 'publishing runs in vigie serve; this server does not publish', {
          reason: 'no_publishing',
        })
      return ctx.publishClients(p)
    },
  })
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
    defineRoute({
      method: 'GET',
      path: '/workspaces/:ws/publishers',
      tag: 'replies',
      summary: "The workspace's publishers (where approved replies go out); secrets are named, never shown",
      access: 'viewer',
      params: WorkspaceParams,
      response: z.object({ items: Publisher.array() }),
      handler: async ({ params }) => ({ items: await ctx.store.listPublishers(params.ws) }),
    }),
    defineRoute({
      method: 'POST',
      path: '/workspaces/:ws/publishers',
      tag: 'replies',
      summary:
        'Add or replace a publisher: a Mastodon or Bluesky account, or a webhook, its secret named by an environment variable',
      access: 'admin',
      params: WorkspaceParams,
      body: NewPublisher,
      response: Publisher,
      status: 201,
      handler: async ({ params, body }) =>
        addPublisher({ ctx: uc(), input: { workspaceId: params.ws, publisher: body } }),
    }),
    defineRoute({
      method: 'DELETE',
      path: '/workspaces/:ws/publishers/:publisherId',
      tag: 'replies',
      summary: 'Remove a publisher',
      access: 'admin',
      params: PublisherParams,
      response: z.object({ deleted: z.literal(true) }),
      handler: async ({ params }) => {
        if (!(await ctx.store.deletePublisher(params.ws, params.publisherId)))
          throw new AppError('not_found', `no publisher ${params.publisherId} in workspace ${params.ws}`)
        return { deleted: true as const }
      },
    }),
    defineRoute({
      method: 'POST',
      path: '/workspaces/:ws/drafts/:draftId/publish',
      tag: 'replies',
      summary:
        'Publish an approved draft through a publisher, now or at a time (`at`); refused while publishing is paused',
      access: 'responder',
      params: DraftParams,
      body: PublishRequest,
      response: ReplyDraft,
      handler: async ({ params, body, who }) =>
        publishDraft({
          ctx: publishing(),
          input: {
            workspaceId: params.ws,
            id: params.draftId,
            actor: actorOf(who, params.ws),
            request: body,
          },
        }),
    }),
    defineRoute({
      method: 'DELETE',
      path: '/workspaces/:ws/drafts/:draftId/schedule',
      tag: 'replies',
      summary: 'Take a scheduled draft off the schedule (it stays approved)',
      access: 'responder',
      params: DraftParams,
      response: ReplyDraft,
      handler: async ({ params, who }) =>
        unscheduleDraft({
          ctx: uc(),
          input: { workspaceId: params.ws, id: params.draftId, actor: actorOf(who, params.ws) },
        }),
    }),
    defineRoute({
      method: 'GET',
      path: '/workspaces/:ws/publishing/pause',
      tag: 'replies',
      summary: 'The pause switch: `{pause}` when publishing is paused, `{pause: null}` when not',
      access: 'viewer',
      params: WorkspaceParams,
      response: z.object({ pause: PublishingPause.nullable() }),
      handler: async ({ params }) => ({ pause: (await ctx.store.getPublishingPause(params.ws)) ?? null }),
    }),
    defineRoute({
      method: 'PUT',
      path: '/workspaces/:ws/publishing/pause',
      tag: 'replies',
      summary: 'Pause publishing: nothing goes out, scheduled replies wait, until the pause is lifted',
      access: 'responder',
      params: WorkspaceParams,
      body: z.object({ reason: z.string().trim().max(1000).default('') }).strict(),
      response: PublishingPause,
      handler: async ({ params, body, who }) =>
        pausePublishing({
          ctx: uc(),
          input: { workspaceId: params.ws, actor: actorOf(who, params.ws), reason: body.reason },
        }),
    }),
    defineRoute({
      method: 'DELETE',
      path: '/workspaces/:ws/publishing/pause',
      tag: 'replies',
      summary: 'Lift the pause: scheduled replies whose time has passed go out at the next round',
      access: 'analyst',
      params: WorkspaceParams,
      response: z.object({ paused: z.literal(false) }),
      handler: async ({ params, who }) => {
        await resumePublishing({
          ctx: uc(),
          input: { workspaceId: params.ws, actor: actorOf(who, params.ws) },
        })
        return { paused: false as const }
      },
    }),
  ]
}

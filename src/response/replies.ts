import { randomUUID } from 'node:crypto'
import { z } from 'zod'
import {
  AppError,
  type ApprovalChain,
  ApprovalStep,
  Audience,
  type Clock,
  type DraftFlag,
  Posture,
  ReplyChannel,
  type ReplyDraft,
  ReplyNetwork,
  type Role,
  roleAtLeast,
} from '../core/index.ts'
import { advisePosture } from './advise-posture.ts'
import { composeReply, overLimit } from './compose-reply.ts'
import { draftAudit, replyTimeline, requireDraft, saveDraft, workspaceAudit } from './draft-records.ts'
import { PLACEHOLDER } from './reply-phrases.ts'
import type { ReplyStore } from './reply-store.ts'

/** The check a draft goes through before approval: the workspace's pre-publication checker. */
export type CheckDraft = (input: {
  workspaceId: string
  text: string
  lang: 'fr' | 'en'
  network: string | null
  audience: string
}) => Promise<DraftFlag[]> | DraftFlag[]

export interface ReplyContext {
  store: ReplyStore
  clock: Clock
  check: CheckDraft
}

/** Who acts, and their role in the workspace (the API knows it from the session or token). */
export interface Actor {
  userId: string | null
  role: Role
}

/** With no chain set, one approval by an analyst (or admin) who did not write the text. */
export const DEFAULT_CHAIN_STEPS: ApprovalStep[] = [{ name: 'Communication', role: 'analyst', userIds: [] }]

export const NewDraft = z
  .object({
    audience: Audience,
    channel: ReplyChannel,
    network: ReplyNetwork.optional(),
    lang: z.enum(['fr', 'en']).optional(),
    /** the incident's chosen posture, else the recommended one */
    posture: Posture.optional(),
    /** the name the reply speaks as: the incident's brand query's brand, else the workspace's name */
    brand: z.string().trim().min(1).max(100).optional(),
  })
  .strict()
export type NewDraft = z.infer<typeof NewDraft>

const DATE: Record<'fr' | 'en', Intl.DateTimeFormat> = {
  fr: new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }),
}

/**
 * Writes a first draft of a reply for an incident, for one audience and channel: the posture is the
 * team's choice (else the one advised for the incident's facts); gaps to fill are marked in brackets.
 */
export const createDraft = async ({
  ctx,
  input,
}: {
  ctx: ReplyContext
  input: { workspaceId: string; incidentId: string; actor: Actor; draft: unknown }
}): Promise<ReplyDraft> => {
  const wanted = NewDraft.parse(input.draft)
  const incident = await ctx.store.getIncident(input.workspaceId, input.incidentId)
  if (!incident) throw new AppError('not_found', `no incident ${input.incidentId}`)
  const workspace = await ctx.store.getWorkspace(input.workspaceId)
  const lang = wanted.lang ?? workspace?.language ?? 'en'
  const posture = wanted.posture ?? incident.posture ?? advisePosture({ ...incident.facts, lang }).recommended
  const brand = wanted.brand ?? workspace?.name ?? input.workspaceId
  const now = ctx.clock.now()
  const network =
    wanted.channel === 'short_post' || wanted.channel === 'thread' ? (wanted.network ?? 'x') : null
  const parts = composeReply({
    lang,
    posture,
    audience: wanted.audience,
    channel: wanted.channel,
    network,
    facts: {
      brand,
      issue: incident.title,
      victims: incident.facts.victims || incident.facts.harm !== 'none',
      date: DATE[lang].format(now),
    },
  })
  const draft: ReplyDraft = {
    id: randomUUID(),
    workspaceId: input.workspaceId,
    incidentId: incident.id,
    posture,
    audience: wanted.audience,
    channel: wanted.channel,
    network,
    lang,
    parts,
    state: 'draft',
    revision: 1,
    step: 0,
    decisions: [],
    flags: [],
    createdBy: input.actor.userId,
    createdAt: now,
    editedBy: input.actor.userId,
    updatedAt: now,
    changes: 0,
    schedule: null,
    publications: [],
  }
  const saved = await saveDraft(ctx.store, undefined, draft)
  await ctx.store.addAuditEntries([draftAudit(saved, 'created', input.actor, now, { parts })])
  return saved
}

/** Changes a draft's text: a new revision, back to `draft` (approvals given so far do not carry over). */
export const editDraft = async ({
  ctx,
  input,
}: {
  ctx: ReplyContext
  input: { workspaceId: string; id: string; actor: Actor; parts: unknown; revision?: number }
}): Promise<ReplyDraft> => {
  const parts = z.array(z.string().max(20_000)).min(1).max(25).parse(input.parts)
  const before = await requireDraft(ctx.store, input.workspaceId, input.id)
  if (before.state === 'published')
    throw new AppError('conflict', `draft ${input.id} is published: write a new draft instead`)
  if (input.revision !== undefined && input.revision !== before.revision)
    throw new AppError(
      'conflict',
      `draft ${input.id} is at revision ${before.revision}, not ${input.revision}: reload it`,
    )
  const now = ctx.clock.now()
  const after = await saveDraft(ctx.store, before, {
    ...before,
    parts,
    revision: before.revision + 1,
    state: 'draft',
    step: 0,
    flags: [],
    editedBy: input.actor.userId,
    updatedAt: now,
  })
  await ctx.store.addAuditEntries([draftAudit(after, 'edited', input.actor, now, { parts })])
  return after
}

/**
 * Sends a draft to approval: refused while gaps remain to fill or a post is longer than its network
 * allows; the check's flags are kept on the draft for the approvers to see.
 */
export const submitDraft = async ({
  ctx,
  input,
}: {
  ctx: ReplyContext
  input: { workspaceId: string; id: string; actor: Actor }
}): Promise<ReplyDraft> => {
  const before = await requireDraft(ctx.store, input.workspaceId, input.id)
  if (before.state !== 'draft' && before.state !== 'rejected')
    throw new AppError('conflict', `draft ${input.id} is ${before.state}: only a draft can be submitted`)
  const gaps = before.parts.flatMap((p) => p.match(PLACEHOLDER) ?? [])
  if (gaps.length > 0)
    throw new AppError('invalid', `fill in the gaps before submitting: ${gaps.join(', ')}`, { gaps })
  const long = overLimit(before.channel, before.network, before.parts)
  if (long.length > 0)
    throw new AppError(
      'invalid',
      long
        .map((l) => `part ${l.part + 1} has ${l.length} characters; ${before.network} allows ${l.limit}`)
        .join('; '),
      { overLimit: long },
    )
  const text = before.parts.join('\n\n')
  const flags = await ctx.check({
    workspaceId: before.workspaceId,
    text,
    lang: before.lang,
    // a private reply goes back to the person who complained: the checker leaves their own details alone
    network: before.channel === 'private_reply' ? 'private_reply' : before.network,
    audience: before.audience,
  })
  const now = ctx.clock.now()
  const after = await saveDraft(ctx.store, before, {
    ...before,
    state: 'in_review',
    step: 0,
    flags,
    updatedAt: now,
  })
  await ctx.store.addAuditEntries([
    draftAudit(after, 'submitted', input.actor, now, { flags: flags.map((f) => f.kind) }),
  ])
  await ctx.store.addTimelineEntries([replyTimeline(after, input.actor, now, `submitted: ${summary(after)}`)])
  return after
}

const summary = (d: ReplyDraft) =>
  `${d.posture} · ${d.audience} · ${d.channel}${d.network ? ` (${d.network})` : ''} · ${d.lang}`

/** The workspace's approval chain, or the default one-step chain. */
export const approvalChainOf = async (store: ReplyStore, workspaceId: string): Promise<ApprovalChain> =>
  (await store.getApprovalChain(workspaceId)) ?? {
    workspaceId,
    steps: DEFAULT_CHAIN_STEPS,
    updatedAt: null,
    updatedBy: null,
  }

export const Decision = z
  .object({
    decision: z.enum(['approved', 'rejected']),
    comment: z.string().trim().max(5_000).default(''),
    /** the revision the approver read: a decision on an older text is refused */
    revision: z.number().int().min(1).optional(),
    /** approve although the check flagged a high-severity risk (said in the audit trail) */
    acceptRisks: z.boolean().default(false),
  })
  .strict()

/**
 * One approver's decision at the step the draft waits for. The approver must hold the step's role (or be
 * one of its named people), must not have written the revision, and must not have passed an earlier step
 * of it. A rejection needs a comment and sends the draft back to its writer.
 */
export const decideDraft = async ({
  ctx,
  input,
}: {
  ctx: ReplyContext
  input: { workspaceId: string; id: string; actor: Actor; decision: unknown }
}): Promise<ReplyDraft> => {
  const d = Decision.parse(input.decision)
  const before = await requireDraft(ctx.store, input.workspaceId, input.id)
  if (before.state !== 'in_review')
    throw new AppError('conflict', `draft ${input.id} is ${before.state}, not waiting for approval`)
  if (d.revision !== undefined && d.revision !== before.revision)
    throw new AppError(
      'conflict',
      `draft ${input.id} is at revision ${before.revision}; you read revision ${d.revision}: reload it`,
    )
  const chain = await approvalChainOf(ctx.store, input.workspaceId)
  const stepIndex = Math.min(before.step, chain.steps.length - 1)
  const step = chain.steps[stepIndex]!
  const who = input.actor.userId
  if (who === null) throw new AppError('forbidden', 'a decision needs a signed-in person')
  if (step.userIds.length > 0 ? !step.userIds.includes(who) : !roleAtLeast(input.actor.role, step.role))
    throw new AppError(
      'forbidden',
      step.userIds.length > 0
        ? `step “${step.name}” is decided by its named approvers only`
        : `step “${step.name}” needs the ${step.role} role`,
    )
  if (d.decision === 'approved') {
    if (before.editedBy === who)
      throw new AppError('forbidden', 'you wrote this revision: someone else must approve it')
    const earlier = before.decisions.some(
      (x) => x.revision === before.revision && x.userId === who && x.decision === 'approved',
    )
    if (earlier) throw new AppError('forbidden', 'you already approved this revision at an earlier step')
    const risky = before.flags.filter((f) => f.severity === 'high')
    if (risky.length > 0 && !d.acceptRisks)
      throw new AppError(
        'conflict',
        `the check flagged ${risky.map((f) => f.kind).join(', ')}: edit the draft, or approve with acceptRisks`,
        { flags: risky },
      )
  } else if (d.comment === '') throw new AppError('invalid', 'say why the draft is rejected (comment)')
  const now = ctx.clock.now()
  const decision = {
    step: stepIndex,
    userId: who,
    decision: d.decision,
    comment: d.comment,
    at: now,
    revision: before.revision,
  }
  const last = stepIndex + 1 >= chain.steps.length
  const after = await saveDraft(ctx.store, before, {
    ...before,
    decisions: [...before.decisions, decision],
    state: d.decision === 'rejected' ? 'rejected' : last ? 'approved' : 'in_review',
    step: d.decision === 'rejected' ? 0 : stepIndex + 1,
    updatedAt: now,
  })
  await ctx.store.addAuditEntries([
    draftAudit(after, d.decision, input.actor, now, {
      step: stepIndex,
      stepName: step.name,
      comment: d.comment,
      ...(d.acceptRisks ? { acceptedRisks: before.flags.map((f) => f.kind) } : {}),
    }),
  ])
  if (after.state !== 'in_review')
    await ctx.store.addTimelineEntries([
      replyTimeline(after, input.actor, now, `${after.state}: ${summary(after)}`),
    ])
  return after
}

/** Replaces the workspace's approval chain (written in the audit trail with the chain it replaced). */
export const setApprovalChain = async ({
  ctx,
  input,
}: {
  ctx: Pick<ReplyContext, 'store' | 'clock'>
  input: { workspaceId: string; actor: Actor; steps: unknown }
}): Promise<ApprovalChain> => {
  const steps = z.array(ApprovalStep).min(1).max(10).parse(input.steps)
  const before = await approvalChainOf(ctx.store, input.workspaceId)
  const now = ctx.clock.now()
  const chain: ApprovalChain = {
    workspaceId: input.workspaceId,
    steps,
    updatedAt: now,
    updatedBy: input.actor.userId,
  }
  await ctx.store.saveApprovalChain(chain)
  await ctx.store.addAuditEntries([
    workspaceAudit(input.workspaceId, 'chain_changed', input.actor, now, {
      before: before.steps,
      after: steps,
    }),
  ])
  return chain
}

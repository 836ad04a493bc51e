import { z } from 'zod'
import {
  AppError,
  type Clock,
  NETWORK_LIMITS,
  type Publication,
  Publisher,
  type PublishingPause,
  type ReplyDraft,
} from '../core/index.ts'
import { lengthOf } from './compose-reply.ts'
import {
  type Doer,
  draftAudit,
  replyTimeline,
  requireDraft,
  saveDraft,
  workspaceAudit,
} from './draft-records.ts'
import type { Actor } from './replies.ts'
import type { ReplyStore } from './reply-store.ts'

/** Posts one part of a reply where a publisher points; `thread` holds the parts already out, in order. */
export interface PublishClient {
  post(input: {
    text: string
    lang: 'fr' | 'en'
    thread: readonly Publication[]
    /** the same for a retry of the same part: a server that knows it answers the first post again */
    idempotencyKey: string
  }): Promise<Omit<Publication, 'publisherId' | 'part' | 'at'>>
}

export interface PublishContext {
  store: ReplyStore
  clock: Clock
  /** the client of a publisher (its secret read from the environment of `vigie serve`) */
  clientFor: (publisher: Publisher) => PublishClient
}

/** The longest post each network takes; a webhook takes any length. */
const LIMIT_OF: Record<Publisher['kind'], number | undefined> = {
  mastodon: NETWORK_LIMITS.mastodon,
  bluesky: NETWORK_LIMITS.bluesky,
  webhook: undefined,
}

const requirePublisher = async (store: ReplyStore, workspaceId: string, id: string) => {
  const publisher = await store.getPublisher(workspaceId, id)
  if (!publisher) throw new AppError('not_found', `no publisher ${id} in workspace ${workspaceId}`)
  return publisher
}

const pausedError = (pause: PublishingPause) =>
  new AppError(
    'conflict',
    `publishing is paused in this workspace since ${pause.since.toISOString()}${pause.reason ? ` (${pause.reason})` : ''}: lift the pause first`,
    { reason: 'paused', pause },
  )

/**
 * Why this draft cannot go out through this publisher, if it cannot: the message, and details whose `reason`
 * code lets a client say it in its own words.
 */
const unfit = (draft: ReplyDraft, publisher: Publisher): AppError | undefined => {
  if (publisher.kind !== 'webhook' && draft.channel !== 'short_post' && draft.channel !== 'thread')
    return new AppError(
      'invalid',
      `a ${draft.channel.replace('_', ' ')} is not posted on ${publisher.kind}: send it through a webhook publisher, or by hand`,
      { reason: 'channel', channel: draft.channel, network: publisher.kind },
    )
  const limit = LIMIT_OF[publisher.kind]
  const long = limit === undefined ? -1 : draft.parts.findIndex((p) => lengthOf(p) > limit)
  if (long >= 0)
    return new AppError(
      'invalid',
      `part ${long + 1} is longer than ${publisher.kind} allows (${limit} characters)`,
      { reason: 'too_long', part: long + 1, network: publisher.kind, limit },
    )
  const started = draft.publications[0]?.publisherId
  if (started !== undefined && started !== publisher.id)
    return new AppError('invalid', `this draft started going out through ${started}: finish it there`, {
      reason: 'other_publisher',
      publisherId: started,
    })
  return undefined
}

/**
 * Sends an approved draft's parts that are not out yet, in order, saving after each one: a thread that
 * stops half-way (the network down, a rate limit) resumes after its last published part, never twice.
 */
const sendParts = async (
  ctx: PublishContext,
  draft: ReplyDraft,
  publisher: Publisher,
  actor: Doer,
  client: PublishClient = ctx.clientFor(publisher),
): Promise<ReplyDraft> => {
  let current = draft
  for (let part = current.publications.length; part < current.parts.length; part++) {
    let sent: Awaited<ReturnType<PublishClient['post']>>
    try {
      sent = await client.post({
        text: current.parts[part]!,
        lang: current.lang,
        thread: current.publications,
        idempotencyKey: `vigie-${current.id}-r${current.revision}-p${part}`,
      })
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      throw new AppError(
        'unavailable',
        `${publisher.kind} ${publisher.id} refused part ${part + 1} of ${current.parts.length}: ${reason}. ${part} part(s) went out; publish again to send the rest`,
        { reason: 'partial', published: part, of: current.parts.length, refusal: reason },
      )
    }
    const publication: Publication = { ...sent, publisherId: publisher.id, part, at: ctx.clock.now() }
    current = await saveDraft(ctx.store, current, {
      ...current,
      publications: [...current.publications, publication],
      updatedAt: publication.at,
    })
  }
  const now = ctx.clock.now()
  const done = await saveDraft(ctx.store, current, {
    ...current,
    state: 'published',
    schedule: null,
    updatedAt: now,
  })
  const urls = done.publications.map((p) => p.url ?? p.remoteId)
  await ctx.store.addAuditEntries([
    draftAudit(done, 'published', actor, now, { publisherId: publisher.id, kind: publisher.kind, urls }),
  ])
  await ctx.store.addTimelineEntries([
    replyTimeline(done, actor, now, `published on ${publisher.kind} (${publisher.name}): ${urls[0] ?? ''}`),
  ])
  return done
}

export const PublishRequest = z
  .object({
    publisherId: z.string().min(1).max(64),
    /** later: the draft waits until then (and while publishing is paused); now when absent or past */
    at: z.coerce.date().optional(),
  })
  .strict()

/**
 * Publishes an approved draft through one of the workspace's publishers, now or at a given time. Refused
 * while the workspace's pause switch is on, for a draft not approved, or one that does not fit the network.
 */
export const publishDraft = async ({
  ctx,
  input,
}: {
  ctx: PublishContext
  input: { workspaceId: string; id: string; actor: Actor; request: unknown }
}): Promise<ReplyDraft> => {
  const request = PublishRequest.parse(input.request)
  const draft = await requireDraft(ctx.store, input.workspaceId, input.id)
  if (draft.state !== 'approved')
    throw new AppError(
      'conflict',
      `draft ${input.id} is ${draft.state}: only an approved draft is published`,
      {
        reason: 'not_approved',
        state: draft.state,
      },
    )
  const { publisher, client } = await resolvePublisher(ctx.store, input.workspaceId, request.publisherId)
  const why = client ? undefined : unfit(draft, publisher)
  if (why) throw why
  const pause = await ctx.store.getPublishingPause(input.workspaceId)
  if (pause) throw pausedError(pause)
  const now = ctx.clock.now()
  if (request.at && request.at > now) {
    const scheduled = await saveDraft(ctx.store, draft, {
      ...draft,
      schedule: { publisherId: publisher.id, at: request.at, by: input.actor.userId, lastError: null },
      updatedAt: now,
    })
    await ctx.store.addAuditEntries([
      draftAudit(scheduled, 'scheduled', input.actor, now, {
        publisherId: publisher.id,
        at: request.at.toISOString(),
      }),
    ])
    return scheduled
  }
  return sendParts(ctx, draft, publisher, input.actor, client)
}

/** In a drill's sandbox, `publisherId: "drill"` publishes nowhere: the parts are recorded as if sent. */
export const DRILL_PUBLISHER = 'drill'

const drillPublisher = (workspaceId: string, createdAt: Date): Publisher => ({
  id: DRILL_PUBLISHER,
  workspaceId,
  kind: 'webhook',
  name: 'Drill (nothing is sent)',
  url: 'https://drill.invalid/',
  handle: null,
  secretEnv: 'NONE',
  createdAt,
})

const rehearsal: PublishClient = {
  post: async ({ idempotencyKey }) => ({ remoteId: `drill:${idempotencyKey}`, cid: null, url: null }),
}

/**
 * The publisher a draft goes out through: the workspace's, or in a drill's sandbox the `drill` one, which
 * comes with its own client (it sends nothing).
 */
const resolvePublisher = async (
  store: ReplyStore,
  workspaceId: string,
  id: string,
): Promise<{ publisher: Publisher; client?: PublishClient }> => {
  const drill = id === DRILL_PUBLISHER ? await store.getDrill(workspaceId) : undefined
  return drill
    ? { publisher: drillPublisher(workspaceId, drill.startedAt), client: rehearsal }
    : { publisher: await requirePublisher(store, workspaceId, id) }
}

/** Takes a scheduled draft off the schedule (it stays approved). */
export const unscheduleDraft = async ({
  ctx,
  input,
}: {
  ctx: Pick<PublishContext, 'store' | 'clock'>
  input: { workspaceId: string; id: string; actor: Actor }
}): Promise<ReplyDraft> => {
  const draft = await requireDraft(ctx.store, input.workspaceId, input.id)
  if (!draft.schedule) throw new AppError('conflict', `draft ${input.id} is not scheduled`)
  const now = ctx.clock.now()
  const after = await saveDraft(ctx.store, draft, { ...draft, schedule: null, updatedAt: now })
  await ctx.store.addAuditEntries([draftAudit(after, 'unscheduled', input.actor, now, {})])
  return after
}

/**
 * Publishes the scheduled drafts whose time has come, in every workspace whose pause switch is off; a
 * failure is kept on the draft's schedule and tried again at the next round. Returns what happened.
 */
export const publishDueDrafts = async (
  ctx: PublishContext,
): Promise<{ published: string[]; waiting: string[]; failed: { id: string; reason: string }[] }> => {
  const out = {
    published: [] as string[],
    waiting: [] as string[],
    failed: [] as { id: string; reason: string }[],
  }
  for (const draft of await ctx.store.listDueReplyDrafts(ctx.clock.now())) {
    const schedule = draft.schedule
    if (!schedule) continue
    if (await ctx.store.getPublishingPause(draft.workspaceId)) {
      out.waiting.push(draft.id)
      continue
    }
    try {
      const { publisher, client } = await resolvePublisher(ctx.store, draft.workspaceId, schedule.publisherId)
      await sendParts(ctx, draft, publisher, { userId: schedule.by }, client)
      out.published.push(draft.id)
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      out.failed.push({ id: draft.id, reason })
      const latest = await ctx.store.getReplyDraft(draft.workspaceId, draft.id)
      if (latest?.schedule)
        await ctx.store.saveReplyDraft({
          ...latest,
          schedule: { ...latest.schedule, lastError: reason },
          changes: latest.changes + 1,
        })
    }
  }
  return out
}

/** Turns the workspace's pause switch on: nothing is published, scheduled drafts wait, until it is lifted. */
export const pausePublishing = async ({
  ctx,
  input,
}: {
  ctx: Pick<PublishContext, 'store' | 'clock'>
  input: { workspaceId: string; actor: Actor; reason: string }
}): Promise<PublishingPause> => {
  const pause: PublishingPause = {
    workspaceId: input.workspaceId,
    since: ctx.clock.now(),
    by: input.actor.userId,
    reason: z.string().trim().max(1000).parse(input.reason),
  }
  await ctx.store.setPublishingPause(input.workspaceId, pause)
  await ctx.store.addAuditEntries([
    workspaceAudit(input.workspaceId, 'publishing_paused', input.actor, pause.since, {
      reason: pause.reason,
    }),
  ])
  return pause
}

/** Lifts the pause switch; scheduled drafts whose time has passed go out at the next round. */
export const resumePublishing = async ({
  ctx,
  input,
}: {
  ctx: Pick<PublishContext, 'store' | 'clock'>
  input: { workspaceId: string; actor: Actor }
}): Promise<void> => {
  const pause = await ctx.store.getPublishingPause(input.workspaceId)
  if (!pause) throw new AppError('conflict', 'publishing is not paused')
  await ctx.store.setPublishingPause(input.workspaceId, null)
  await ctx.store.addAuditEntries([
    workspaceAudit(input.workspaceId, 'publishing_resumed', input.actor, ctx.clock.now(), {
      pausedSince: pause.since.toISOString(),
      reason: pause.reason,
    }),
  ])
}

export const NewPublisher = z
  .object({
    id: z.string(),
    kind: z.enum(['mastodon', 'bluesky', 'webhook']),
    name: z.string(),
    url: z.string(),
    handle: z.string().optional(),
    secretEnv: z.string(),
  })
  .strict()

/**
 * Adds (or replaces) a publisher of the workspace. A Bluesky publisher needs the account's handle; the
 * secret is named by its environment variable, never given.
 */
export const addPublisher = async ({
  ctx,
  input,
}: {
  ctx: Pick<PublishContext, 'store' | 'clock'>
  input: { workspaceId: string; publisher: unknown }
}): Promise<Publisher> => {
  const given = NewPublisher.parse(input.publisher)
  if (given.kind === 'bluesky' && !given.handle)
    throw new AppError('invalid', 'a Bluesky publisher needs the handle of the account (handle)')
  const publisher = Publisher.parse({
    ...given,
    workspaceId: input.workspaceId,
    handle: given.kind === 'bluesky' ? given.handle : null,
    createdAt: ctx.clock.now(),
  })
  await ctx.store.savePublisher(publisher)
  return publisher
}

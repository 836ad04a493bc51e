import {
  AppError,
  EMOTIONS,
  type EmotionName,
  type FollowUp,
  type Incident,
  type ReplyDraft,
  type ResponseEffect,
  type Stretch,
} from '../core/index.ts'

/** The counts of a stretch of conversation, as the store's overview gives them per bucket. */
export interface Bucket {
  at: Date
  total: number
  negative: number
  emotions: Record<EmotionName, number>
}

/** What the follow-up reads from the store (the Store port satisfies it). */
export interface FollowUpStore {
  getAlert(workspaceId: string, id: string): Promise<{ at: Date } | undefined>
  listReplyDrafts(workspaceId: string, incidentId: string): Promise<ReplyDraft[]>
  listMentions(filter: {
    workspaceId: string
    queryId?: string
    from?: Date
    owned?: boolean
    sort?: 'oldest'
    limit?: number
  }): Promise<{ items: { id: string; createdAt: Date; author: { handle: string } }[] }>
  aggregate(input: {
    workspaceId: string
    queryId?: string
    from: Date
    to: Date
    bucketMs?: number
    top?: number
  }): Promise<{ buckets: Bucket[] }>
}

const BUCKET_MS = 15 * 60_000

const stretchOf = (buckets: readonly Bucket[], from: Date, to: Date): Stretch => {
  const inside = buckets.filter((b) => b.at >= from && b.at < to)
  const mentions = inside.reduce((n, b) => n + b.total, 0)
  const negative = inside.reduce((n, b) => n + b.negative, 0)
  const hours = Math.max((to.getTime() - from.getTime()) / 3_600_000, 1 / 60)
  const emotions = Object.fromEntries(
    EMOTIONS.map((e) => [e, mentions === 0 ? 0 : inside.reduce((n, b) => n + b.emotions[e], 0) / mentions]),
  ) as Record<EmotionName, number>
  return {
    from,
    to,
    mentions,
    perHour: mentions / hours,
    negativeShare: mentions === 0 ? null : negative / mentions,
    emotions,
  }
}

/** Rounds down to the buckets' grid, so that a window holds whole buckets. */
const floor = (t: number) => Math.floor(t / BUCKET_MS) * BUCKET_MS

/**
 * How the brand answered an incident: the time from the first signal to its first public word (a reply
 * published through Vigie, or a post of its own accounts seen in the stream), and for each response the
 * conversation in the window before against the window after (volume per hour, negative share, emotions).
 * The window is two hours by default; one still running is marked incomplete.
 */
export const followUp = async ({
  store,
  incident,
  now,
  windowMinutes = 120,
  maxOwnedPosts = 20,
}: {
  store: FollowUpStore
  incident: Incident
  now: Date
  windowMinutes?: number
  maxOwnedPosts?: number
}): Promise<FollowUp> => {
  if (windowMinutes < 15 || windowMinutes > 24 * 60)
    throw new AppError('invalid', 'the window is between 15 minutes and 24 hours')
  const alerts = await Promise.all(incident.alertIds.map((id) => store.getAlert(incident.workspaceId, id)))
  const alertTimes = alerts.flatMap((a) => (a ? [a.at.getTime()] : []))
  const firstSignalAt = new Date(
    alertTimes.length > 0 ? Math.min(...alertTimes) : incident.openedAt.getTime(),
  )
  const drafts = await store.listReplyDrafts(incident.workspaceId, incident.id)
  const replies = drafts.flatMap((d) => {
    const first = d.publications[0]
    return first
      ? [{ at: first.at, kind: 'reply' as const, draftId: d.id, mentionId: null, url: first.url }]
      : []
  })
  const owned = (
    await store.listMentions({
      workspaceId: incident.workspaceId,
      ...(incident.queryId ? { queryId: incident.queryId } : {}),
      from: firstSignalAt,
      owned: true,
      sort: 'oldest',
      limit: maxOwnedPosts,
    })
  ).items.map((m) => ({
    at: m.createdAt,
    kind: 'owned_post' as const,
    draftId: null,
    mentionId: m.id,
    url: null,
  }))
  // a reply published through Vigie is usually also seen in the stream as an owned post: keep the reply
  const words = [
    ...replies,
    ...owned.filter((o) => !replies.some((r) => Math.abs(r.at.getTime() - o.at.getTime()) < 60_000)),
  ]
    .filter((w) => w.at >= firstSignalAt)
    .sort((a, b) => a.at.getTime() - b.at.getTime())
  const windowMs = windowMinutes * 60_000
  const from = new Date(
    floor(Math.min(firstSignalAt.getTime(), ...words.map((w) => w.at.getTime())) - windowMs),
  )
  const to = new Date(floor(now.getTime()) + BUCKET_MS)
  const { buckets } =
    words.length === 0
      ? { buckets: [] }
      : await store.aggregate({
          workspaceId: incident.workspaceId,
          ...(incident.queryId ? { queryId: incident.queryId } : {}),
          from,
          to,
          bucketMs: BUCKET_MS,
          top: 1,
        })
  const responses = words.map((w): ResponseEffect => {
    const at = floor(w.at.getTime())
    const afterEnd = Math.min(at + windowMs, floor(now.getTime()) + BUCKET_MS)
    const before = stretchOf(buckets, new Date(at - windowMs), new Date(at))
    const after = stretchOf(buckets, new Date(at), new Date(afterEnd))
    return {
      ...w,
      before,
      after,
      volumeRatio: before.perHour === 0 ? null : after.perHour / before.perHour,
      negativeShareChange:
        before.negativeShare === null || after.negativeShare === null
          ? null
          : after.negativeShare - before.negativeShare,
      complete: at + windowMs <= now.getTime(),
    }
  })
  const first = words[0]?.at ?? null
  return {
    incidentId: incident.id,
    firstSignalAt,
    firstPublicWordAt: first,
    responseMinutes: first ? Math.round((first.getTime() - firstSignalAt.getTime()) / 60_000) : null,
    windowMinutes,
    responses,
  }
}

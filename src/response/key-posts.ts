import { z } from 'zod'
import {
  type AnalyzedMention,
  AppError,
  type Clock,
  type Incident,
  isUnknownAuthor,
  type TimelineEntry,
} from '../core/index.ts'
import type { IncidentStore } from './incident-store.ts'

/** What the key posts and amplifiers read from the store (the Store port satisfies it). */
export interface KeyPostStore extends IncidentStore {
  getMention(workspaceId: string, id: string): Promise<AnalyzedMention | undefined>
  listMentions(filter: {
    workspaceId: string
    queryId?: string
    from?: Date
    to?: Date
    owned?: boolean
    sort?: 'oldest' | 'engagement' | 'reach'
    limit?: number
  }): Promise<{ items: AnalyzedMention[] }>
  aggregate(input: { workspaceId: string; queryId?: string; from: Date; to: Date; top?: number }): Promise<{
    topAuthors: { handle: string; name?: string; followers?: number; count: number }[]
    topSources: { key: string; count: number }[]
  }>
}

/**
 * The posts pinned on an incident, in the order they were first pinned: each pin or unpin is a line of the
 * (append-only) timeline, and the last one about a post decides.
 */
export const pinnedPostIds = (timeline: readonly TimelineEntry[]): string[] => {
  const pinned = new Map<string, boolean>()
  for (const e of timeline) {
    if (e.mentionId === null || (e.kind !== 'pinned' && e.kind !== 'unpinned')) continue
    if (e.kind === 'pinned' && !pinned.has(e.mentionId)) pinned.set(e.mentionId, true)
    else pinned.set(e.mentionId, e.kind === 'pinned')
  }
  return [...pinned].filter(([, on]) => on).map(([id]) => id)
}

/** Where an incident's conversation starts: its first signal when the timeline has an earlier one. */
export const incidentStart = (incident: Incident, timeline: readonly TimelineEntry[]): Date =>
  new Date(Math.min(incident.openedAt.getTime(), ...timeline.map((e) => e.at.getTime())))

/** `@handle: the first words…`, as a timeline line quotes a post (on one line, cut at `max` characters). */
export const postLine = (handle: string, text: string, max: number) => {
  const flat = text.replace(/\s+/g, ' ').trim()
  return `@${handle.replace(/^@/, '')}: ${flat.length > max ? `${flat.slice(0, max - 1)}…` : flat}`
}

export const PinChange = z.object({ mentionId: z.string().min(1).max(500), pinned: z.boolean() }).strict()

/**
 * Pins a post of the workspace as a key post of the incident, or takes it off; written on the timeline with
 * who did it. Pinning a pinned post (or unpinning one that is not) changes nothing and writes nothing.
 * Returns the pinned posts' ids.
 */
export const pinKeyPost = async ({
  ctx,
  input,
}: {
  ctx: { store: KeyPostStore; clock: Clock }
  input: { workspaceId: string; id: string; userId: string | null; change: unknown }
}): Promise<{ pinned: string[] }> => {
  const change = PinChange.parse(input.change)
  const incident = await ctx.store.getIncident(input.workspaceId, input.id)
  if (!incident) throw new AppError('not_found', `no incident ${input.id}`)
  const mention = await ctx.store.getMention(input.workspaceId, change.mentionId)
  if (!mention)
    throw new AppError('not_found', `no mention ${change.mentionId} in workspace ${input.workspaceId}`)
  const timeline = await ctx.store.listTimeline(input.workspaceId, input.id)
  const before = pinnedPostIds(timeline)
  if (before.includes(mention.id) === change.pinned) return { pinned: before }
  const [entry] = await ctx.store.addTimelineEntries([
    {
      workspaceId: input.workspaceId,
      incidentId: input.id,
      at: ctx.clock.now(),
      kind: change.pinned ? 'pinned' : 'unpinned',
      text: postLine(mention.author.handle, mention.text, 140),
      mentionId: mention.id,
      alertId: null,
      userId: input.userId,
    },
  ])
  return { pinned: pinnedPostIds([...timeline, entry!]) }
}

/** Posts read for the potential reach, and the first of them whose authors join the amplifiers. */
const REACH_POSTS = 500
const WIDEST_AUTHORS = 50

/** One author who spread the incident: posts in it, reach, and the audience both make. */
export interface Amplifier {
  handle: string
  name?: string
  followers: number | null
  posts: number
  /** posts × followers: how many timelines the author's posts could reach (posts alone when unknown) */
  audience: number
}

/** The people and posts of an incident, since its start, for the crisis room and the report. */
export interface IncidentPosts {
  from: Date
  /** the posts the team pinned, first pinned first (a post since deleted is left out) */
  pinned: AnalyzedMention[]
  /** the most engaging posts of others since the start (likes + reposts + replies) */
  mostEngaged: AnalyzedMention[]
  /** the brand's own posts since the start, oldest first */
  owned: AnalyzedMention[]
  /**
   * Who spread it: the 20 most active authors and the authors of the 50 widest-reaching posts (the brand's
   * own left out), ranked by the audience their posts reach. Posts are exact for the most active; for the
   * others they count the posts among those 50 (at least one).
   */
  amplifiers: Amplifier[]
  /** where the posts come from, by number of mentions */
  sources: { key: string; count: number }[]
  /**
   * Potential reach: the followers of the distinct authors (of known reach) of the incident's posts, read from
   * its 500 widest-reaching posts; `partial` when it has more (the figure is then a lower bound).
   */
  reach: { authors: number; followers: number; partial: boolean }
}

/**
 * Gathers an incident's key posts, amplifiers and sources since its start (to its close, or now): the
 * incident's brand query only when it has one, the whole workspace otherwise.
 */
export const incidentPosts = async ({
  store,
  incident,
  now,
  limit = 10,
}: {
  store: KeyPostStore
  incident: Incident
  now: Date
  limit?: number
}): Promise<IncidentPosts> => {
  const timeline = await store.listTimeline(incident.workspaceId, incident.id)
  const from = incidentStart(incident, timeline)
  const to = new Date(Math.max(from.getTime() + 1, (incident.closedAt ?? now).getTime()))
  const scope = {
    workspaceId: incident.workspaceId,
    ...(incident.queryId ? { queryId: incident.queryId } : {}),
    from,
    to,
  }
  const pinned = (
    await Promise.all(pinnedPostIds(timeline).map((id) => store.getMention(incident.workspaceId, id)))
  ).filter((m): m is AnalyzedMention => m !== undefined)
  const [engaged, owned, widest, aggregate] = await Promise.all([
    store.listMentions({ ...scope, owned: false, sort: 'engagement', limit }),
    store.listMentions({ ...scope, owned: true, sort: 'oldest', limit }),
    store.listMentions({ ...scope, owned: false, sort: 'reach', limit: REACH_POSTS }),
    store.aggregate({ ...scope, top: 20 }),
  ])
  const brand = new Set(owned.items.map((m) => m.author.handle.toLowerCase()))
  // the most active authors (exact counts), and the widest audiences, who may have posted once
  const authors = new Map<string, Omit<Amplifier, 'audience'>>()
  for (const a of aggregate.topAuthors)
    authors.set(a.handle.toLowerCase(), {
      handle: a.handle,
      ...(a.name ? { name: a.name } : {}),
      followers: a.followers ?? null,
      posts: a.count,
    })
  const followersOf = new Map<string, number>()
  for (const m of widest.items) {
    if (isUnknownAuthor(m.author) || m.author.followers === undefined) continue
    const key = m.author.handle.toLowerCase()
    followersOf.set(key, Math.max(followersOf.get(key) ?? 0, m.author.followers))
  }
  const widestAuthors = widest.items.slice(0, WIDEST_AUTHORS)
  const seen = new Map<string, number>()
  for (const m of widestAuthors)
    seen.set(m.author.handle.toLowerCase(), (seen.get(m.author.handle.toLowerCase()) ?? 0) + 1)
  for (const m of widestAuthors) {
    const key = m.author.handle.toLowerCase()
    if (authors.has(key)) continue
    authors.set(key, {
      handle: m.author.handle,
      ...(m.author.name ? { name: m.author.name } : {}),
      followers: m.author.followers ?? null,
      posts: seen.get(key)!,
    })
  }
  const amplifiers = [...authors]
    .filter(([key]) => !brand.has(key))
    .map(([, a]) => ({ ...a, audience: a.posts * (a.followers ?? 1) }))
    .sort((a, b) => b.audience - a.audience || b.posts - a.posts || a.handle.localeCompare(b.handle))
    .slice(0, limit)
  return {
    from,
    pinned,
    mostEngaged: engaged.items,
    owned: owned.items,
    amplifiers,
    sources: aggregate.topSources.slice(0, limit),
    reach: {
      authors: followersOf.size,
      followers: [...followersOf.values()].reduce((a, b) => a + b, 0),
      partial: widest.items.length >= REACH_POSTS,
    },
  }
}

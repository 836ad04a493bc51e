import {
  AppError,
  type FollowUp,
  type Incident,
  type PostureAdvice,
  type ReplyDraft,
  type TimelineEntry,
} from '../core/index.ts'
import { advisePosture } from './advise-posture.ts'
import { type Bucket, type FollowUpStore, followUp } from './follow-up.ts'
import { incidentTimeline, type TimelineStore } from './incident-timeline.ts'
import { type Amplifier, incidentPosts } from './key-posts.ts'

/** A post the report shows: one the team pinned, or one of the most engaging of the incident. */
export interface KeyPost {
  id: string
  /** pinned by the team in the crisis room */
  pinned: boolean
  at: Date
  author: string
  followers: number | null
  text: string
  url: string | null
  engagement: number
}

/** Everything a crisis report says, gathered once; `renderReportHtml` writes it out. */
export interface CrisisReport {
  lang: 'fr' | 'en'
  workspaceName: string
  incident: Incident
  generatedAt: Date
  /** from the first signal to the incident's close (or now) */
  from: Date
  to: Date
  advice: PostureAdvice
  timeline: TimelineEntry[]
  /** hourly counts over the report's span */
  hours: Bucket[]
  keyPosts: KeyPost[]
  /** who spread it most (the crisis room's amplifiers) */
  amplifiers: Amplifier[]
  /** drafts that went out, with where */
  published: ReplyDraft[]
  /** drafts written, submitted, approved, rejected: how the team worked */
  drafts: { total: number; approved: number; rejected: number; published: number }
  followUp: FollowUp
  outcome: {
    mentions: number
    peak: { at: Date; mentions: number } | null
    negativeShare: number | null
    /** the last hour against the peak hour (null without a peak) */
    lastHourVsPeak: number | null
    state: Incident['state']
  }
}

/** What the report reads from the store (the Store port satisfies it). */
export type ReportStore = FollowUpStore &
  TimelineStore & {
    getWorkspace(id: string): Promise<{ name: string; language?: 'fr' | 'en' } | undefined>
  }

const HOUR = 3_600_000

/**
 * Gathers a crisis report for the client: the incident and its facts, the posture and why, the timeline,
 * the conversation hour by hour, the key posts, what the team published and how fast, and the outcome.
 */
export const buildCrisisReport = async ({
  store,
  workspaceId,
  incidentId,
  now,
  lang,
}: {
  store: ReportStore
  workspaceId: string
  incidentId: string
  now: Date
  lang?: 'fr' | 'en'
}): Promise<CrisisReport> => {
  const incident = await store.getIncident(workspaceId, incidentId)
  if (!incident) throw new AppError('not_found', `no incident ${incidentId} in workspace ${workspaceId}`)
  const workspace = await store.getWorkspace(workspaceId)
  const language = lang ?? workspace?.language ?? 'en'
  const follow = await followUp({ store, incident, now })
  const from = new Date(Math.floor(follow.firstSignalAt.getTime() / HOUR) * HOUR - 6 * HOUR)
  const end = incident.closedAt ?? now
  const to = new Date(Math.ceil(end.getTime() / HOUR) * HOUR)
  const scope = { workspaceId, ...(incident.queryId ? { queryId: incident.queryId } : {}) }
  const { buckets } = await store.aggregate({ ...scope, from, to, bucketMs: HOUR, top: 1 })
  const posts = await incidentPosts({ store, incident, now, limit: 8 })
  const pinned = new Set(posts.pinned.map((m) => m.id))
  const keyPosts: KeyPost[] = [...posts.pinned, ...posts.mostEngaged.filter((m) => !pinned.has(m.id))]
    .slice(0, Math.max(8, pinned.size))
    .map((m) => ({
      id: m.id,
      pinned: pinned.has(m.id),
      at: m.createdAt,
      author: m.author.handle,
      followers: m.author.followers ?? null,
      text: m.text,
      url: m.url ?? null,
      engagement: (m.metrics?.likes ?? 0) + (m.metrics?.reposts ?? 0) + (m.metrics?.replies ?? 0),
    }))
  const drafts = await store.listReplyDrafts(workspaceId, incidentId)
  const mentions = buckets.reduce((n, b) => n + b.total, 0)
  const negative = buckets.reduce((n, b) => n + b.negative, 0)
  const peakBucket = buckets.reduce<Bucket | undefined>(
    (p, b) => (p === undefined || b.total > p.total ? b : p),
    undefined,
  )
  const last = buckets.filter((b) => b.at.getTime() < end.getTime()).at(-1)
  return {
    lang: language,
    workspaceName: workspace?.name ?? workspaceId,
    incident,
    generatedAt: now,
    from,
    to,
    advice: advisePosture({ ...incident.facts, chosen: incident.posture ?? undefined, lang: language }),
    // the follow-up read above is the timeline's own while the incident is open (closed, it stops at the close)
    timeline: await incidentTimeline({ store, incident, now, ...(incident.closedAt ? {} : { follow }) }),
    hours: buckets,
    keyPosts,
    amplifiers: posts.amplifiers,
    published: drafts.filter((d) => d.state === 'published'),
    drafts: {
      total: drafts.length,
      approved: drafts.filter((d) => d.decisions.some((x) => x.decision === 'approved')).length,
      rejected: drafts.filter((d) => d.decisions.some((x) => x.decision === 'rejected')).length,
      published: drafts.filter((d) => d.state === 'published').length,
    },
    followUp: follow,
    outcome: {
      mentions,
      peak: peakBucket && peakBucket.total > 0 ? { at: peakBucket.at, mentions: peakBucket.total } : null,
      negativeShare: mentions === 0 ? null : negative / mentions,
      lastHourVsPeak: peakBucket && peakBucket.total > 0 && last ? last.total / peakBucket.total : null,
      state: incident.state,
    },
  }
}

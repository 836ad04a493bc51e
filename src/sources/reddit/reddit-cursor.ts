import { z } from 'zod'
import { AppError } from '../../core/index.ts'

/** The newest item delivered from a listing or thread: its `created_utc` and fullname. */
const Mark = z.object({
  t: z.number(),
  n: z.string(),
})
export type Mark = z.infer<typeof Mark>

const Progress = z.object({
  mark: Mark.optional(),
  /** rejected things newer than the mark (they have no usable position): not rejected twice */
  skip: z.array(z.string()).default([]),
})
export type Progress = z.infer<typeof Progress>

const Thread = Progress.extend({
  /** the post's id (`1b3xyza`) and `created_utc`: a thread is watched for `threadHours` after it */
  id: z.string(),
  created: z.number(),
  title: z.string().optional(),
})
export type Thread = z.infer<typeof Thread>

const State = z.object({
  v: z.literal(1),
  listings: z.record(z.string(), Progress),
  threads: z.array(Thread),
})
export type RedditState = z.infer<typeof State>

export const SKIP_KEPT = 50

/** The cursor's state: per listing and per watched thread, what was delivered. */
export const parseRedditCursor = (cursor: string | undefined): RedditState => {
  if (cursor === undefined) return { v: 1, listings: {}, threads: [] }
  let json: unknown
  try {
    json = JSON.parse(cursor)
  } catch {
    json = undefined
  }
  const parsed = State.safeParse(json)
  if (!parsed.success) throw new AppError('invalid', `not a Reddit cursor: ${cursor.slice(0, 200)}`)
  return parsed.data
}

export const serializeRedditCursor = (state: RedditState): string => JSON.stringify(state)

/** Base-36 ids grow with time: a longer id is newer, then the larger. */
const compareIds = (a: string, b: string) => {
  const x = a.replace(/^t\d_/, '')
  const y = b.replace(/^t\d_/, '')
  return x.length - y.length || (x < y ? -1 : x > y ? 1 : 0)
}

/** Orders things by `created_utc`, then fullname: negative when `a` came first. */
export const compareMarks = (a: Mark, b: Mark): number => a.t - b.t || compareIds(a.n, b.n)

/** The position of a raw thing, when it has a usable one. */
export const markOf = (data: unknown): Mark | undefined => {
  if (data === null || typeof data !== 'object') return undefined
  const { created_utc: t, name: n } = data as { created_utc?: unknown; name?: unknown }
  return typeof t === 'number' && Number.isFinite(t) && typeof n === 'string' && n !== ''
    ? { t, n }
    : undefined
}

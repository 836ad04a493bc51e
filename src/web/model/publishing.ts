import type { Publisher, ReplyDraft } from '../../core/index.ts'

type DraftFit = Pick<ReplyDraft, 'channel'> & {
  publications: readonly Pick<ReplyDraft['publications'][number], 'publisherId'>[]
}

/**
 * The publishers a draft may go out through: Mastodon and Bluesky take short posts and threads, a webhook
 * anything; a draft that started going out stays with the publisher it started on.
 */
export const publishersFor = <P extends Pick<Publisher, 'id' | 'kind'>>(
  draft: DraftFit,
  publishers: readonly P[],
): P[] => {
  const started = draft.publications[0]?.publisherId
  const post = draft.channel === 'short_post' || draft.channel === 'thread'
  return publishers.filter(
    (p) => (started === undefined || p.id === started) && (p.kind === 'webhook' || post),
  )
}

/** The ISO time of a `datetime-local` value (the reader's local time); undefined when empty or invalid. */
export const isoOfLocalInput = (value: string): string | undefined => {
  if (!value) return undefined
  const at = new Date(value)
  return Number.isNaN(at.getTime()) ? undefined : at.toISOString()
}

/** Why publishing was refused, said in the reader's words: a message key and its parameters. */
export type PublishProblem =
  | { key: 'publish.error.paused'; since: string; by: string | null; reason: string }
  | { key: 'publish.error.notApproved' }
  | { key: 'publish.error.tooLong'; part: number; network: string; limit: number }
  | { key: 'publish.error.channel' }
  | { key: 'publish.error.partial'; published: number; of: number; reason: string }
  | { key: 'publish.error.secret'; variable: string }
  | { key: 'publish.error.noPublishing' }
  | { key: 'publish.error.changed' }

interface ErrorLike {
  status: number
  message: string
  details: unknown
}

const record = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {}

/**
 * The plain-words reason of an API refusal of `POST …/publish` (409 paused or not approved, 400 too long
 * or the wrong channel, 503 a part refused half-way or no publishing); undefined for anything else, whose
 * server message is then shown as it is.
 */
export const publishProblemOf = (error: ErrorLike): PublishProblem | undefined => {
  const details = record(error.details)
  const pause = record(details.pause)
  if (error.status === 409 && typeof pause.since === 'string')
    return {
      key: 'publish.error.paused',
      since: pause.since,
      by: typeof pause.by === 'string' ? pause.by : null,
      reason: typeof pause.reason === 'string' ? pause.reason : '',
    }
  if (error.status === 409 && /only an approved draft/.test(error.message))
    return { key: 'publish.error.notApproved' }
  if (error.status === 409 && /changed meanwhile/.test(error.message)) return { key: 'publish.error.changed' }
  const long = /part (\d+) is longer than (\w+) allows \((\d+) characters\)/.exec(error.message)
  if (error.status === 400 && long)
    return { key: 'publish.error.tooLong', part: Number(long[1]), network: long[2]!, limit: Number(long[3]) }
  if (error.status === 400 && /is not posted on/.test(error.message)) return { key: 'publish.error.channel' }
  if (error.status === 503 && typeof details.published === 'number' && typeof details.of === 'number') {
    const reason = /refused part \d+ of \d+: (.*)\. \d+ part\(s\) went out/.exec(error.message)?.[1]
    return {
      key: 'publish.error.partial',
      published: details.published,
      of: details.of,
      reason: reason ?? '',
    }
  }
  const variable = /the environment variable (\w+) is not set/.exec(error.message)
  if (error.status === 503 && variable) return { key: 'publish.error.secret', variable: variable[1]! }
  if (error.status === 503 && /does not publish/.test(error.message))
    return { key: 'publish.error.noPublishing' }
  return undefined
}

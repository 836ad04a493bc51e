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
 * The plain-words reason of an API refusal of `POST …/publish` (409 paused, not approved or changed meanwhile,
 * 400 too long or the wrong channel, 503 a part refused half-way, a missing secret or no publishing), read from
 * the error's `details.reason` code; undefined for anything else, whose server message is then shown as it is.
 */
export const publishProblemOf = (error: ErrorLike): PublishProblem | undefined => {
  const details = record(error.details)
  const text = (v: unknown) => (typeof v === 'string' ? v : '')
  const num = (v: unknown) => (typeof v === 'number' ? v : Number.NaN)
  switch (details.reason) {
    case 'paused': {
      const pause = record(details.pause)
      return {
        key: 'publish.error.paused',
        since: text(pause.since),
        by: typeof pause.by === 'string' ? pause.by : null,
        reason: text(pause.reason),
      }
    }
    case 'not_approved':
      return { key: 'publish.error.notApproved' }
    case 'changed':
      return { key: 'publish.error.changed' }
    case 'too_long':
      return {
        key: 'publish.error.tooLong',
        part: num(details.part),
        network: text(details.network),
        limit: num(details.limit),
      }
    case 'channel':
      return { key: 'publish.error.channel' }
    case 'partial':
      return {
        key: 'publish.error.partial',
        published: num(details.published),
        of: num(details.of),
        reason: text(details.refusal),
      }
    case 'secret_missing':
      return { key: 'publish.error.secret', variable: text(details.variable) }
    case 'no_publishing':
      return { key: 'publish.error.noPublishing' }
    default:
      return undefined
  }
}

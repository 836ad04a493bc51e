import type { MentionInput } from '../../core/index.ts'
import { type MappedPost, mapPost } from '../map-post.ts'
import type { SourceItem } from '../port.ts'
import { compareIds } from './mastodon-cursor.ts'
import { MastodonStatus } from './status-schema.ts'
import { statusToMention } from './status-to-mention.ts'

/**
 * Status ids are the instance's own (the same post has another id elsewhere, and two instances may give
 * one id to different posts): the connector's ids, parents and reblogged statuses included, name the host.
 */
const onInstance = (host: string, draft: MentionInput & { createdAt: unknown }) => ({
  ...draft,
  id: `${host}:${draft.id}`,
  ...(draft.repostOf && { repostOf: `${host}:${draft.repostOf}` }),
  ...(draft.replyTo && { replyTo: `${host}:${draft.replyTo}` }),
})

/** One status of an API answer, mapped; an answer that was not valid UTF-8 taints the statuses it garbled. */
export const mapStatus = (host: string, raw: unknown, invalidUtf8 = false): MappedPost => {
  const mapped = mapPost('mastodon', MastodonStatus, raw, (s) => onInstance(host, statusToMention(s)))
  if (!invalidUtf8 || !mapped.payload.includes('\uFFFD')) return mapped
  return { ...mapped, result: { ok: false, reason: 'the status is not valid UTF-8', kind: 'invalid UTF-8' } }
}

/** A status's id when it has a usable one (a non-empty string): what orders and resumes a stream. */
export const idOf = (raw: unknown): string | undefined => {
  const id = raw !== null && typeof raw === 'object' ? (raw as { id?: unknown }).id : undefined
  return typeof id === 'string' && /^[0-9A-Za-z]{1,64}$/.test(id) ? id : undefined
}

/** A page's statuses oldest first: those without an id (to be rejected) first, then by id, each once. */
export const oldestFirst = (page: readonly unknown[]): unknown[] => {
  const byId = new Map<string, unknown>()
  const noId: unknown[] = []
  for (const raw of page) {
    const id = idOf(raw)
    if (id === undefined) noId.push(raw)
    else if (!byId.has(id)) byId.set(id, raw)
  }
  return [...noId, ...[...byId.entries()].sort(([a], [b]) => compareIds(a, b)).map(([, raw]) => raw)]
}

/** A mapped status as what the connector yields, a rejection saying where the status came from. */
export const toSourceItem = (mapped: MappedPost, cursor: string, where: string): SourceItem =>
  mapped.result.ok
    ? { mention: mapped.result.mention, cursor }
    : {
        rejected: {
          reason: `${where}: ${mapped.result.reason}`,
          ...(mapped.result.kind !== undefined && { kind: mapped.result.kind }),
          payload: mapped.payload,
        },
        cursor,
      }

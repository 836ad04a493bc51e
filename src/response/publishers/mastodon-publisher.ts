import { z } from 'zod'
import type { Publisher } from '../../core/index.ts'
import type { PublishClient } from '../publish-reply.ts'
import { endpoint, type HttpPost, jsonAnswer } from './http-post.ts'

const Status = z.object({ id: z.string(), url: z.string().nullable().optional(), uri: z.string().optional() })

/**
 * Posts through Mastodon's REST API (`POST /api/v1/statuses`, an access token with the `write:statuses`
 * scope): public statuses, a thread's parts each in reply to the one before, in the reply's language; the
 * `Idempotency-Key` header makes a retried part come back as the status already posted.
 */
export const createMastodonPublisher = (
  publisher: Publisher,
  deps: { post: HttpPost; token: string },
): PublishClient => ({
  async post({ text, lang, thread, idempotencyKey }) {
    const parent = thread.at(-1)
    const res = await deps.post(endpoint(publisher.url, 'api/v1/statuses'), {
      headers: {
        authorization: `Bearer ${deps.token}`,
        'content-type': 'application/json',
        'idempotency-key': idempotencyKey,
      },
      body: JSON.stringify({
        status: text,
        language: lang,
        visibility: 'public',
        ...(parent ? { in_reply_to_id: parent.remoteId } : {}),
      }),
    })
    const status = Status.parse(jsonAnswer(`Mastodon ${publisher.url}`, res))
    return { remoteId: status.id, cid: null, url: status.url ?? status.uri ?? null }
  },
})

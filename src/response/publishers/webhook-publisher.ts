import { z } from 'zod'
import type { Publisher } from '../../core/index.ts'
import type { PublishClient } from '../publish-reply.ts'
import { type HttpPost, jsonAnswer } from './http-post.ts'

const Answer = z.object({ id: z.string().optional(), url: z.string().optional() }).loose()

/**
 * POSTs each part as signed JSON to a URL (a CMS, an intranet, a scheduling tool): `X-Vigie-Event: reply`,
 * `X-Vigie-Timestamp`, `X-Vigie-Signature` (HMAC-SHA256 as for alerts) and `Idempotency-Key`. The receiver may
 * answer `{id, url}`: they are kept as the publication's; else the key stands for the id.
 */
export const createWebhookPublisher = (
  publisher: Publisher,
  deps: { post: HttpPost; sign: (timestamp: string, body: string) => string; now: () => Date },
): PublishClient => ({
  async post({ text, lang, thread, idempotencyKey }) {
    const timestamp = String(Math.floor(deps.now().getTime() / 1000))
    const body = JSON.stringify({
      type: 'vigie.reply',
      idempotencyKey,
      part: thread.length,
      inReplyTo: thread.at(-1)?.remoteId ?? null,
      lang,
      text,
    })
    const answer = Answer.parse(
      jsonAnswer(
        `webhook ${publisher.url}`,
        await deps.post(publisher.url, {
          headers: {
            'content-type': 'application/json',
            'x-vigie-event': 'reply',
            'x-vigie-timestamp': timestamp,
            'x-vigie-signature': deps.sign(timestamp, body),
            'idempotency-key': idempotencyKey,
          },
          body,
        }),
      ),
    )
    return { remoteId: answer.id ?? idempotencyKey, cid: null, url: answer.url ?? null }
  },
})

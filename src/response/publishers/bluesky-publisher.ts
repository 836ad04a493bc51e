import { z } from 'zod'
import type { Publisher } from '../../core/index.ts'
import type { PublishClient } from '../publish-reply.ts'
import { endpoint, type HttpPost, jsonAnswer } from './http-post.ts'

const Session = z.object({ accessJwt: z.string().min(1), did: z.string().startsWith('did:') })
const Created = z.object({ uri: z.string().startsWith('at://'), cid: z.string().min(1) })

/** The web address of a post from its `at://did/app.bsky.feed.post/rkey` URI. */
const webUrl = (uri: string): string | null => {
  const m = /^at:\/\/([^/]+)\/app\.bsky\.feed\.post\/([^/]+)$/.exec(uri)
  return m ? `https://bsky.app/profile/${m[1]}/post/${m[2]}` : null
}

/**
 * Posts through the AT Protocol on the account's PDS (`https://bsky.social` for most accounts): a session
 * from the handle and an app password (`com.atproto.server.createSession`), then one
 * `app.bsky.feed.post` record per part (`com.atproto.repo.createRecord`); a thread's parts reply to the first
 * (root) and to the one before (parent). Links are sent as text (no rich-text facets yet).
 */
export const createBlueskyPublisher = (
  publisher: Publisher,
  deps: { post: HttpPost; appPassword: string; now: () => Date },
): PublishClient => {
  let session: z.infer<typeof Session> | undefined
  const xrpc = async (method: string, body: object, auth?: string) =>
    jsonAnswer(
      `Bluesky ${publisher.url} (${method})`,
      await deps.post(endpoint(publisher.url, `xrpc/${method}`), {
        headers: { 'content-type': 'application/json', ...(auth ? { authorization: `Bearer ${auth}` } : {}) },
        body: JSON.stringify(body),
      }),
    )
  return {
    async post({ text, lang, thread }) {
      session ??= Session.parse(
        await xrpc('com.atproto.server.createSession', {
          identifier: publisher.handle ?? '',
          password: deps.appPassword,
        }),
      )
      const root = thread[0]
      const parent = thread.at(-1)
      const ref = (p: NonNullable<typeof root>) => ({ uri: p.remoteId, cid: p.cid ?? '' })
      const record = {
        $type: 'app.bsky.feed.post',
        text,
        langs: [lang],
        createdAt: deps.now().toISOString(),
        ...(root && parent ? { reply: { root: ref(root), parent: ref(parent) } } : {}),
      }
      const created = Created.parse(
        await xrpc(
          'com.atproto.repo.createRecord',
          { repo: session.did, collection: 'app.bsky.feed.post', record },
          session.accessJwt,
        ),
      )
      return { remoteId: created.uri, cid: created.cid, url: webUrl(created.uri) }
    },
  }
}

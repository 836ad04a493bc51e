import type { MastodonSourceOptions } from './mastodon-source-options.ts'

/** One thing read through REST, with its own position in the cursor. */
export type RestStream =
  | { key: string; kind: 'timeline'; path: string; params: Record<string, string> }
  | { key: string; kind: 'search'; term: string }
  | { key: string; kind: 'account'; acct: string }

/** One streaming channel and the REST stream whose position it advances. */
export interface LiveChannel {
  key: string
  path: string
  params: Record<string, string>
}

const tagScope = (o: MastodonSourceOptions): Record<string, string> => (o.local ? { local: 'true' } : {})

const scope = (o: MastodonSourceOptions): Record<string, string> =>
  o.local ? { local: 'true' } : o.remote ? { remote: 'true' } : {}

/**
 * What one source reads, in order: the brand's accounts first (few statuses, most wanted), then hashtags,
 * the public timeline, and searches last (they are the ones an instance may refuse without a token).
 */
export const restStreams = (o: MastodonSourceOptions): RestStream[] => [
  ...o.accounts.map((acct) => ({ key: `account:${acct}`, kind: 'account' as const, acct })),
  ...o.hashtags.map((tag) => ({
    key: `tag:${tag}`,
    kind: 'timeline' as const,
    path: `/api/v1/timelines/tag/${encodeURIComponent(tag)}`,
    params: tagScope(o),
  })),
  ...(o.public
    ? [{ key: 'public', kind: 'timeline' as const, path: '/api/v1/timelines/public', params: scope(o) }]
    : []),
  ...o.terms.map((term) => ({ key: `search:${term}`, kind: 'search' as const, term })),
]

/** The streaming channels of a live read: one per hashtag, and the public one. */
export const liveChannels = (o: MastodonSourceOptions): LiveChannel[] => [
  ...o.hashtags.map((tag) => ({
    key: `tag:${tag}`,
    path: `/api/v1/streaming/hashtag${o.local ? '/local' : ''}`,
    params: { tag },
  })),
  ...(o.public
    ? [
        {
          key: 'public',
          path: `/api/v1/streaming/public${o.local ? '/local' : o.remote ? '/remote' : ''}`,
          params: {},
        },
      ]
    : []),
]

// What each kind of source allows. Why: news feeds have titles and no
// reposts, forums have threads, X has retweets written "RT @user: ...".

export interface SourceTraits {
  repost: boolean
  reply: boolean
  /** originals carry a title (headline, thread title, review title) */
  title: 'always' | 'originals' | 'never'
  /** posts are written by news outlets */
  newsroom: boolean
  /** how reposts read: classic retweet text, a copy of the shared text, or an empty body */
  repostText: 'rt' | 'copy' | 'empty'
}

const DEFAULT: SourceTraits = {
  repost: false,
  reply: true,
  title: 'never',
  newsroom: false,
  repostText: 'empty',
}

const TRAITS: Record<string, SourceTraits> = {
  x: { repost: true, reply: true, title: 'never', newsroom: false, repostText: 'rt' },
  mastodon: { repost: true, reply: true, title: 'never', newsroom: false, repostText: 'empty' },
  bluesky: { repost: true, reply: true, title: 'never', newsroom: false, repostText: 'empty' },
  facebook: { repost: true, reply: true, title: 'never', newsroom: false, repostText: 'copy' },
  reddit: { repost: false, reply: true, title: 'originals', newsroom: false, repostText: 'empty' },
  hackernews: { repost: false, reply: true, title: 'originals', newsroom: false, repostText: 'empty' },
  youtube: { repost: false, reply: true, title: 'originals', newsroom: false, repostText: 'empty' },
  tiktok: { repost: false, reply: true, title: 'never', newsroom: false, repostText: 'empty' },
  instagram: { repost: false, reply: true, title: 'never', newsroom: false, repostText: 'empty' },
  appstore: { repost: false, reply: false, title: 'always', newsroom: false, repostText: 'empty' },
  news: { repost: false, reply: false, title: 'always', newsroom: true, repostText: 'empty' },
  rss: { repost: false, reply: false, title: 'always', newsroom: true, repostText: 'empty' },
}

export function traitsOf(source: string): SourceTraits {
  if (source.startsWith('forum-')) return { ...DEFAULT, title: 'originals' }
  return TRAITS[source] ?? DEFAULT
}

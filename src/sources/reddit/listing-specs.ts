import type { ListingSpec } from './read-new-things.ts'
import type { RedditSourceOptions } from './reddit-source-options.ts'

/** The listings the options ask for, each with its key in the cursor. */
export const listingSpecs = (o: RedditSourceOptions): ListingSpec[] => [
  ...o.subreddits.map((sub) => ({ key: `r/${sub}/new`, path: `/r/${sub}/new`, query: {} })),
  ...o.search.map((term) => {
    const { q, subreddit } = typeof term === 'string' ? { q: term, subreddit: undefined } : term
    const query = { q, sort: 'new', type: 'link' }
    return subreddit
      ? {
          key: `r/${subreddit}/search:${q}`,
          path: `/r/${subreddit}/search`,
          query: { ...query, restrict_sr: '1' },
        }
      : { key: `search:${q}`, path: '/search', query }
  }),
  ...o.accounts.flatMap((user) => [
    { key: `u/${user}/submitted`, path: `/user/${user}/submitted`, query: { sort: 'new' } },
    { key: `u/${user}/comments`, path: `/user/${user}/comments`, query: { sort: 'new' } },
  ]),
]

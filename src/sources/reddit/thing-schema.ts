import { z } from 'zod'

const common = {
  id: z.string(),
  /** the fullname, `t3_…` for a post, `t1_…` for a comment */
  name: z.string(),
  author: z.string(),
  author_fullname: z.string().optional(),
  created_utc: z.number(),
  score: z.number().optional(),
  permalink: z.string(),
  subreddit: z.string(),
}

/** A link (post), `kind: "t3"` in a Listing. */
export const RedditLink = z.object({
  ...common,
  title: z.string(),
  selftext: z.string().optional(),
  num_comments: z.number().optional(),
  num_crossposts: z.number().optional(),
})
export type RedditLink = z.infer<typeof RedditLink>

/** A comment, `kind: "t1"` in a Listing; `replies` is a Listing of comments, or "" when there is none. */
export const RedditComment = z.object({
  ...common,
  body: z.string(),
  parent_id: z.string(),
  link_id: z.string(),
  link_title: z.string().optional(),
})
export type RedditComment = z.infer<typeof RedditComment>

import type { MentionJson } from '../api/wire.ts'

/** How far a post went: reposts weigh most (they carry it to new readers), then replies and likes. */
export const engagementOf = (m: MentionJson): number =>
  (m.metrics?.reposts ?? 0) * 3 + (m.metrics?.replies ?? 0) * 2 + (m.metrics?.likes ?? 0)

/** The `count` most reposted and engaged posts, the author's reach breaking ties, then the newer. */
export const topPosts = (mentions: readonly MentionJson[], count: number): MentionJson[] =>
  [...mentions]
    .sort(
      (a, b) =>
        engagementOf(b) - engagementOf(a) ||
        (b.author.followers ?? 0) - (a.author.followers ?? 0) ||
        b.createdAt.localeCompare(a.createdAt),
    )
    .slice(0, count)

import type { MentionInput } from '../../core/index.ts'
import { count } from '../map-post.ts'
import { htmlToText } from './html-to-text.ts'
import type { MastodonStatus } from './status-schema.ts'

/**
 * A Mastodon status as a mention draft (pure). A reblog carries no text of its own: it gets the reblogged
 * status's text and points at it (`repostOf`). A content warning (`spoiler_text`) becomes the title. Ids
 * are the instance's, as the API returns them; the handle is `acct` (`lea`, or `lea@other.instance`).
 */
export const statusToMention = (status: MastodonStatus): MentionInput & { createdAt: unknown } => {
  const shown = status.reblog ?? status
  const spoiler = shown.spoiler_text?.trim()
  return {
    id: status.id,
    source: 'mastodon',
    ...((status.url ?? status.uri) && { url: status.url ?? status.uri }),
    createdAt: status.created_at,
    text: htmlToText(shown.content),
    ...(spoiler && { title: spoiler }),
    ...(shown.language && { lang: shown.language }),
    author: {
      id: status.account.id,
      handle: status.account.acct,
      ...(status.account.display_name && { name: status.account.display_name }),
      ...(status.account.followers_count !== undefined && {
        followers: count(status.account.followers_count),
      }),
    },
    metrics: {
      likes: count(status.favourites_count) ?? 0,
      reposts: count(status.reblogs_count) ?? 0,
      replies: count(status.replies_count) ?? 0,
    },
    ...(status.reblog && { repostOf: status.reblog.id }),
    ...(status.in_reply_to_id && { replyTo: status.in_reply_to_id }),
  }
}

import { clip, defuseChatText, safeLinkUrl } from './chat-text.ts'
import type { RenderedMessage, RenderedPost } from './render-message.ts'

const COLOURS: Record<RenderedMessage['level'], string> = {
  info: 'Accent',
  watch: 'Warning',
  alert: 'Attention',
  crisis: 'Attention',
}

// Adaptive Cards show Markdown links and emphasis only, and no HTML: defusing links and mass mentions is enough.
const text = (value: string, more: Record<string, unknown> = {}) => ({
  type: 'TextBlock',
  text: clip(defuseChatText(value), 4000),
  wrap: true,
  ...more,
})

const postContainer = (post: RenderedPost, open: string) => {
  const url = safeLinkUrl(post.url)
  return {
    type: 'Container',
    separator: true,
    items: [
      text(post.author, { weight: 'Bolder' }),
      text(post.meta, { isSubtle: true, spacing: 'None', size: 'Small' }),
      text(post.text),
    ],
    ...(url ? { selectAction: { type: 'Action.OpenUrl', title: open, url } } : {}),
  }
}

/**
 * A Microsoft Teams incoming webhook's body (Workflows "post to a channel when a webhook request is
 * received", and the older Office 365 connectors): one Adaptive Card 1.4 in a `message`.
 */
export const teamsPayload = (message: RenderedMessage) => ({
  type: 'message',
  attachments: [
    {
      contentType: 'application/vnd.microsoft.card.adaptive',
      contentUrl: null,
      content: {
        $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
        type: 'AdaptiveCard',
        version: '1.4',
        msteams: { width: 'Full' },
        body: [
          text(message.title, { size: 'Medium', weight: 'Bolder', color: COLOURS[message.level] }),
          ...message.lines.map((line) => text(line)),
          ...message.posts.map((post) => postContainer(post, message.openPost)),
          text(message.footer, { isSubtle: true, size: 'Small' }),
        ],
        actions: message.link
          ? [{ type: 'Action.OpenUrl', title: message.link.label, url: message.link.url }]
          : [],
      },
    },
  ],
})

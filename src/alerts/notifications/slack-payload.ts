import { clip, escapeMarkdown, escapeSlack, LEVEL_COLOURS, safeLinkUrl } from './chat-text.ts'
import type { RenderedMessage, RenderedPost } from './render-message.ts'

// Slack's limits: a header's text 150 characters, a section's 3,000, 50 blocks per message.
const HEADER_MAX = 150
const SECTION_MAX = 3000

const slackPost = (post: RenderedPost, open: string): string => {
  const url = safeLinkUrl(post.url)
  const quoted = escapeSlack(post.text)
    .split('\n')
    .map((line) => `>${line}`)
    .join('\n')
  return clip(
    `*${escapeSlack(post.author)}* · ${escapeSlack(post.meta)}\n${quoted}${url ? `\n<${url}|${escapeSlack(open)}>` : ''}`,
    SECTION_MAX,
  )
}

/** A Slack incoming webhook's body: `text` (notifications, fallback) and Block Kit blocks. */
export const slackPayload = (message: RenderedMessage) => {
  const blocks: unknown[] = [
    { type: 'header', text: { type: 'plain_text', text: clip(message.title, HEADER_MAX), emoji: false } },
  ]
  if (message.lines.length > 0)
    blocks.push({
      type: 'section',
      text: { type: 'mrkdwn', text: clip(message.lines.map(escapeSlack).join('\n'), SECTION_MAX) },
    })
  for (const post of message.posts)
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: slackPost(post, message.openPost) } })
  if (message.link)
    blocks.push({
      type: 'actions',
      elements: [
        { type: 'button', text: { type: 'plain_text', text: message.link.label }, url: message.link.url },
      ],
    })
  blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: escapeSlack(message.footer) }] })
  return { text: escapeSlack(message.title), blocks }
}

const markdownPost = (post: RenderedPost, open: string): string => {
  const url = safeLinkUrl(post.url)
  const quoted = escapeMarkdown(post.text)
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n')
  return `**${escapeMarkdown(post.author)}** · ${escapeMarkdown(post.meta)}\n${quoted}${url ? `\n[${escapeMarkdown(open)}](${url})` : ''}`
}

// Mattermost cuts a post at 16,383 characters; an attachment's text shows in full below that.
const MATTERMOST_MAX = 16_000

/** A Mattermost incoming webhook's body: Markdown `text` and one coloured attachment (Slack-compatible). */
export const mattermostPayload = (message: RenderedMessage) => {
  const parts = [
    ...message.lines.map(escapeMarkdown),
    ...message.posts.map((p) => markdownPost(p, message.openPost)),
    ...(message.link ? [`[${escapeMarkdown(message.link.label)}](${message.link.url})`] : []),
  ]
  return {
    text: `#### ${escapeMarkdown(message.title)}`,
    attachments: [
      {
        fallback: message.title,
        color: LEVEL_COLOURS[message.level],
        text: clip(parts.join('\n\n'), MATTERMOST_MAX),
        footer: message.footer,
      },
    ],
  }
}

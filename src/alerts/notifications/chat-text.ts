import type { RenderedMessage } from './render-message.ts'

/** The colour of a message's level in chat tools (left bar, accent). */
export const LEVEL_COLOURS: Record<RenderedMessage['level'], string> = {
  info: '#3b82f6',
  watch: '#eab308',
  alert: '#f97316',
  crisis: '#dc2626',
}

/**
 * Post texts are written by strangers: they must not ping a whole channel (`@channel`, `@here`, `@all`,
 * `@everyone` get an invisible joiner) nor pass a link off as ours (`[label](url)` is broken apart).
 */
export const defuseChatText = (text: string): string =>
  text.replace(/@(channel|here|all|everyone)\b/gi, '@\u2060$1').replace(/\]\s*\(/g, ']\u200b(')

/** Slack's mrkdwn: `&`, `<` and `>` are the only characters to escape (no `<!channel>`, no `<url|fake>`). */
export const escapeSlack = (text: string): string =>
  defuseChatText(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** Markdown (Mattermost, Teams): emphasis, headings, quotes and HTML-like text shown as written. */
export const escapeMarkdown = (text: string): string =>
  defuseChatText(text).replace(/[\\`*_{}[\]()#+!|<>~]/g, (c) => `\\${c}`)

/** A post's URL only when it is http(s), with the characters that would end a chat link encoded. */
export const safeLinkUrl = (url: string | undefined): string | undefined => {
  if (!url || !/^https?:\/\//i.test(url)) return undefined
  return url.replace(
    /[|<>\s()[\]]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  )
}

/** Cuts a text to a service's limit, marking the cut. */
export const clip = (text: string, max: number): string =>
  text.length <= max ? text : `${text.slice(0, max - 1)}…`

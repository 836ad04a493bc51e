import type { RenderedMessage, RenderedPost } from './render-message.ts'

/** Post texts and names are strangers' words: in HTML they are text, never markup. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

const COLOURS: Record<RenderedMessage['level'], string> = {
  info: '#3b82f6',
  watch: '#eab308',
  alert: '#f97316',
  crisis: '#dc2626',
}

const safeHref = (url: string | undefined) => (url && /^https?:\/\//i.test(url) ? url : undefined)

const textPost = (post: RenderedPost, open: string) =>
  [
    `${post.author} · ${post.meta}`,
    ...post.text.split('\n').map((l) => `> ${l}`),
    ...(post.url ? [`${open}: ${post.url}`] : []),
  ].join('\n')

const htmlPost = (post: RenderedPost, open: string) => {
  const href = safeHref(post.url)
  return `<blockquote style="margin:12px 0;padding:8px 12px;border-left:3px solid #cbd5e1">
<p style="margin:0 0 4px"><strong>${escapeHtml(post.author)}</strong> <span style="color:#64748b">· ${escapeHtml(post.meta)}</span></p>
<p style="margin:0;white-space:pre-wrap">${escapeHtml(post.text)}</p>${href ? `\n<p style="margin:4px 0 0"><a href="${escapeHtml(href)}">${escapeHtml(open)}</a></p>` : ''}
</blockquote>`
}

/** The subject, plain text and HTML of a notification email, in the message's language. */
export const emailMessage = (message: RenderedMessage) => {
  const subject = `[Vigie] ${message.title}`.replace(/[\r\n]+/g, ' ')
  const text = [
    message.title,
    '',
    ...message.lines,
    ...message.posts.flatMap((p) => ['', textPost(p, message.openPost)]),
    ...(message.link ? ['', `${message.link.label}: ${message.link.url}`] : []),
    '',
    '-- ',
    message.footer,
  ].join('\n')
  const link = message.link && safeHref(message.link.url)
  const html = `<!doctype html>
<html lang="${message.lang}"><head><meta charset="utf-8"><title>${escapeHtml(message.title)}</title></head>
<body style="font-family:system-ui,sans-serif;color:#0f172a;max-width:640px">
<h1 style="font-size:18px;border-left:4px solid ${COLOURS[message.level]};padding-left:8px">${escapeHtml(message.title)}</h1>
${message.lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('\n')}
${message.posts.map((p) => htmlPost(p, message.openPost)).join('\n')}
${link && message.link ? `<p><a href="${escapeHtml(link)}">${escapeHtml(message.link.label)}</a></p>` : ''}
<p style="color:#64748b;font-size:12px">${escapeHtml(message.footer)}</p>
</body></html>`
  return { subject, text, html }
}

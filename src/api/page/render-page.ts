import type { Alert, AnalyzedMention, Workspace } from '../../core/index.ts'
import { html, jsonForScript, SafeHtml } from './html.ts'
import { LIVE_SCRIPT } from './live-script.ts'
import { PAGE_MESSAGES, type PageLang, type PageMessages } from './page-messages.ts'
import { PAGE_STYLE } from './page-style.ts'
import { type HourSlot, renderVolumeChart } from './volume-chart.ts'

export interface PageData {
  lang: PageLang
  workspaces: Workspace[]
  workspace?: Workspace
  mentions: AnalyzedMention[]
  slots: HourSlot[]
  alerts: Alert[]
  /** CSP nonce of the inline script and style */
  nonce: string
  version: string
  /** the caller may acknowledge and resolve alerts (responder or above); a demo visitor only reads */
  canAct: boolean
  /** the session's CSRF value, sent with the page's changes */
  csrf: string | null
}

const MAX_TEXT = 600

const pageUrl = (ws: string | undefined, lang: PageLang) =>
  `/live?${new URLSearchParams({ ...(ws ? { ws } : {}), lang }).toString()}`

/** Only web links become anchors: a `javascript:` URL is a valid URL but must never be clickable. */
const isWebUrl = (url: string | undefined): url is string => !!url && /^https?:\/\//i.test(url)

const dateFormat = (t: PageMessages) =>
  new Intl.DateTimeFormat(t.locale, { dateStyle: 'short', timeStyle: 'short', timeZone: 'UTC' })

/** The alert's sentence in the page's language when the alert kept both (alerts of older versions did not). */
export const explanationIn = (alert: Alert, lang: PageLang): string => {
  const both = (alert.details as { explanations?: Partial<Record<PageLang, unknown>> }).explanations
  const told = both?.[lang]
  return typeof told === 'string' && told ? told : alert.explanation
}

export const renderAlertItem = (alert: Alert, t: PageMessages): SafeHtml =>
  html`<li class="alert" data-id="${alert.id}" data-severity="${alert.severity}" data-status="${alert.status}">
<p class="alert-head"><span class="badge-new">${t.newBadge}</span><span class="severity">${t.severity[alert.severity]}</span> <time datetime="${alert.at.toISOString()}">${dateFormat(t).format(alert.at)}</time> <span class="score">${t.score} ${Math.round(alert.score)}</span> <span class="status">${t.status[alert.status]}</span></p>
<p class="explanation">${explanationIn(alert, t.lang)}</p>
<p class="actions"><button type="button" class="acknowledge" data-action="acknowledge">${t.acknowledge}</button> <button type="button" class="resolve" data-action="resolve">${t.resolve}</button></p>
</li>`

export const renderMentionItem = (m: AnalyzedMention, t: PageMessages): SafeHtml => {
  const text = m.text.length > MAX_TEXT ? `${m.text.slice(0, MAX_TEXT)}…` : m.text
  const who = m.author.name ? `@${m.author.handle} (${m.author.name})` : `@${m.author.handle}`
  const author = isWebUrl(m.url)
    ? html`<a href="${m.url}" rel="noopener noreferrer nofollow">${who}</a>`
    : who
  const label = m.analysis.sentiment.label
  return html`<li class="mention" data-sentiment="${label}">
<p class="text">${m.title ? html`<strong>${m.title}</strong> ` : ''}${text}</p>
<p class="meta"><span class="sentiment">${t.sentiment[label]}</span> · ${t.by} ${author} · <time datetime="${m.createdAt.toISOString()}">${dateFormat(t).format(m.createdAt)}</time> · ${m.source}</p>
</li>`
}

const renderHeader = (data: PageData, t: PageMessages): SafeHtml => {
  const current = data.workspace?.id
  const workspaceLinks = data.workspaces.map(
    (w) =>
      html` <a href="${pageUrl(w.id, data.lang)}" ${w.id === current ? new SafeHtml('aria-current="page"') : ''}>${w.name}</a>`,
  )
  const langLinks = (['fr', 'en'] as const).map(
    (l) =>
      html` <a href="${pageUrl(current, l)}" hreflang="${l}" lang="${l}" ${l === data.lang ? new SafeHtml('aria-current="page"') : ''}>${l.toUpperCase()}</a>`,
  )
  return html`<header><h1>${t.title}</h1>
<nav aria-label="${t.workspace}">${t.workspace}${workspaceLinks}</nav>
<nav aria-label="${t.language}">${langLinks}</nav>
<span id="live-status" data-state="connecting" aria-live="polite">${data.workspace ? t.connecting : ''}</span></header>`
}

const renderSections = (data: PageData, t: PageMessages): SafeHtml => {
  if (!data.workspace) return html`<main><p class="empty">${t.noWorkspace}</p></main>`
  const alerts = data.alerts.length
    ? data.alerts.map((a) => renderAlertItem(a, t))
    : html`<li class="empty">${t.noAlerts}</li>`
  const mentions = data.mentions.length
    ? data.mentions.map((m) => renderMentionItem(m, t))
    : html`<li class="empty">${t.noMentions}</li>`
  return html`<main>
<section class="wide"><h2>${t.volume}</h2>${renderVolumeChart(data.slots, t)}</section>
<section><h2>${t.alerts}</h2><ul id="alerts" aria-live="polite">${alerts}</ul></section>
<section><h2>${t.mentions}</h2><ul id="mentions">${mentions}</ul></section>
</main>`
}

/** The whole page; every user-supplied string goes through `html` and is escaped. */
export const renderPage = (data: PageData): string => {
  const t = PAGE_MESSAGES[data.lang]
  const ws = data.workspace?.id
  const scriptData = {
    apiBase: ws ? `/api/v1/workspaces/${encodeURIComponent(ws)}` : null,
    csrf: data.csrf,
    messages: t,
  }
  return `<!doctype html>\n${html`<html lang="${data.lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${data.workspace ? `${data.workspace.name} — ` : ''}${t.title}</title>
<style nonce="${data.nonce}">${new SafeHtml(PAGE_STYLE)}</style></head>
<body class="${data.canAct ? '' : 'read-only'}">${renderHeader(data, t)}${renderSections(data, t)}
<footer class="meta">Vigie ${data.version}</footer>
<script type="application/json" id="vigie-data">${jsonForScript(scriptData)}</script>
<script nonce="${data.nonce}">${new SafeHtml(LIVE_SCRIPT)}</script>
</body></html>`}`
}

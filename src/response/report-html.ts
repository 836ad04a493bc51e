import { readEffectLine } from '../core/index.ts'
import type { CrisisReport } from './crisis-report.ts'
import { POSTURE_NAMES } from './posture-phrases.ts'

type Lang = 'fr' | 'en'

const LABELS = {
  en: {
    title: 'Crisis report',
    preparedFor: 'Prepared for',
    generated: 'Generated',
    period: 'Period covered',
    summary: 'Summary',
    state: 'State',
    states: { open: 'open', responding: 'responding', monitoring: 'monitoring', closed: 'closed' },
    firstSignal: 'First signal',
    firstWord: 'First public word of the brand',
    silent: 'none yet',
    responseTime: 'Response time',
    minutes: (n: number) => `${n} min`,
    mentions: 'Mentions over the period',
    peak: 'Peak hour',
    negative: 'Negative share',
    lastVsPeak: 'Last hour vs the peak',
    posture: 'Posture',
    chosen: 'Chosen',
    recommended: 'Recommended',
    none: 'not chosen',
    why: 'Why',
    warnings: 'Warnings',
    chart: 'Conversation hour by hour',
    chartNote: 'bars: mentions per hour; dark part: negative mentions',
    keyPosts: 'Key posts',
    followers: 'followers',
    engagement: 'engagements',
    responses: 'What the brand said, and what followed',
    before: 'before',
    after: 'after',
    perHour: 'mentions/h',
    partial: 'window still running: partial figures',
    noResponse: 'The brand has not spoken publicly yet.',
    drafts: (d: CrisisReport['drafts']) =>
      `${d.total} draft(s) written, ${d.approved} approved, ${d.rejected} rejected, ${d.published} published.`,
    timeline: 'Timeline',
    kinds: {
      first_signal: 'First signal',
      origin_post: 'Origin post',
      alert: 'Alert',
      escalation: 'Escalation',
      state: 'State',
      posture: 'Posture',
      facts: 'Facts',
      note: 'Note',
      reply: 'Reply',
      pinned: 'Key post pinned',
      unpinned: 'Key post unpinned',
      owned_post: 'Post of the brand',
      peak: 'Peak hour',
      effect: 'Effect of a response',
    },
    peakText: (n: string) => `${n} mentions in the hour`,
    pinnedMark: 'pinned by the team',
    amplifiers: 'Who amplified it',
    amplifierHead: ['Author', 'Posts', 'Followers'],
    sources: 'Sources of the advice',
    footer:
      'Figures from Vigie: counts of the mentions collected by the workspace’s queries; sentiment and emotions are automatic readings and can be wrong on single posts.',
  },
  fr: {
    title: 'Rapport de crise',
    preparedFor: 'Préparé pour',
    generated: 'Établi le',
    period: 'Période couverte',
    summary: 'Synthèse',
    state: 'État',
    states: {
      open: 'ouvert',
      responding: 'réponse en cours',
      monitoring: 'sous surveillance',
      closed: 'clos',
    },
    firstSignal: 'Premier signal',
    firstWord: 'Première prise de parole de la marque',
    silent: 'pas encore',
    responseTime: 'Délai de réponse',
    minutes: (n: number) => `${n} min`,
    mentions: 'Mentions sur la période',
    peak: 'Heure de pointe',
    negative: 'Part négative',
    lastVsPeak: 'Dernière heure / pointe',
    posture: 'Posture',
    chosen: 'Choisie',
    recommended: 'Recommandée',
    none: 'non choisie',
    why: 'Pourquoi',
    warnings: 'Points d’attention',
    chart: 'La conversation heure par heure',
    chartNote: 'barres : mentions par heure ; partie sombre : mentions négatives',
    keyPosts: 'Messages clés',
    followers: 'abonnés',
    engagement: 'interactions',
    responses: 'Ce que la marque a dit, et ce qui a suivi',
    before: 'avant',
    after: 'après',
    perHour: 'mentions/h',
    partial: 'fenêtre en cours : chiffres partiels',
    noResponse: 'La marque ne s’est pas encore exprimée publiquement.',
    drafts: (d: CrisisReport['drafts']) =>
      `${d.total} brouillon(s) rédigé(s), ${d.approved} approuvé(s), ${d.rejected} refusé(s), ${d.published} publié(s).`,
    timeline: 'Chronologie',
    kinds: {
      first_signal: 'Premier signal',
      origin_post: 'Message d’origine',
      alert: 'Alerte',
      escalation: 'Aggravation',
      state: 'État',
      posture: 'Posture',
      facts: 'Faits',
      note: 'Note',
      reply: 'Réponse',
      pinned: 'Message clé épinglé',
      unpinned: 'Message clé retiré',
      owned_post: 'Message de la marque',
      peak: 'Heure de pointe',
      effect: 'Effet d’une réponse',
    },
    peakText: (n: string) => `${n} mentions dans l’heure`,
    pinnedMark: 'épinglé par l’équipe',
    amplifiers: 'Qui l’a amplifié',
    amplifierHead: ['Auteur', 'Messages', 'Abonnés'],
    sources: 'Sources du conseil',
    footer:
      'Chiffres Vigie : décomptes des mentions collectées par les requêtes de l’espace ; sentiment et émotions sont des lectures automatiques qui peuvent se tromper sur un message isolé.',
  },
} as const

/** Text made safe for HTML (every value of the report comes from the outside). */
const esc = (s: unknown) =>
  String(s).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  )

const when = (lang: Lang, d: Date) =>
  new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'UTC',
  }).format(d) + ' UTC'

const pct = (x: number | null) => (x === null ? '—' : `${Math.round(x * 100)} %`)

/** An inline SVG bar chart of mentions per hour, the negative part darker; nothing to load. */
const chart = (r: CrisisReport): string => {
  const hours = r.hours
  if (hours.length === 0) return ''
  const W = 720
  const H = 180
  const max = Math.max(1, ...hours.map((h) => h.total))
  const bw = W / hours.length
  const bars = hours
    .map((h, i) => {
      const x = (i * bw).toFixed(1)
      const th = (h.total / max) * (H - 20)
      const nh = (h.negative / max) * (H - 20)
      return `<rect x="${x}" y="${(H - th).toFixed(1)}" width="${Math.max(bw - 1, 1).toFixed(1)}" height="${th.toFixed(1)}" fill="#9bb7d4"/><rect x="${x}" y="${(H - nh).toFixed(1)}" width="${Math.max(bw - 1, 1).toFixed(1)}" height="${nh.toFixed(1)}" fill="#8b1e3f"/>`
    })
    .join('')
  const marks = r.followUp.responses
    .map((resp) => {
      const x = ((resp.at.getTime() - r.from.getTime()) / (r.to.getTime() - r.from.getTime())) * W
      return `<line x1="${x.toFixed(1)}" x2="${x.toFixed(1)}" y1="0" y2="${H}" stroke="#1d6f42" stroke-width="2" stroke-dasharray="4 3"/>`
    })
    .join('')
  return `<svg viewBox="0 0 ${W} ${H}" width="100%" role="img" aria-label="${esc(LABELS[r.lang].chart)}">${bars}${marks}<text x="0" y="12" font-size="11" fill="#333">max ${max}/h</text></svg>`
}

/** A response's effect line: mentions per hour and negative share, before → after. */
const effectText = (r: CrisisReport, text: string): string => {
  const L = LABELS[r.lang]
  const e = readEffectLine(text)
  if (!e) return text
  return `${e.perHourBefore} → ${e.perHourAfter} ${L.perHour} · ${L.negative} ${pct(e.negativeBefore)} → ${pct(e.negativeAfter)}`
}

/** What a timeline line says, states and postures named in the report's language. */
const entryText = (r: CrisisReport, e: CrisisReport['timeline'][number]): string => {
  const L = LABELS[r.lang]
  if (e.kind === 'state' && e.text in L.states) return L.states[e.text as keyof typeof L.states]
  if (e.kind === 'posture')
    return e.text === 'acknowledge' || e.text === 'counter' || e.text === 'deny'
      ? POSTURE_NAMES[e.text][r.lang]
      : L.none
  if (e.kind === 'peak') return L.peakText(e.text)
  if (e.kind === 'effect') return effectText(r, e.text)
  if (e.kind === 'facts')
    try {
      const facts = JSON.parse(e.text) as Record<string, unknown>
      return Object.entries(facts)
        .map(([k, v]) => `${k}: ${String(v).replace(/_/g, ' ')}`)
        .join(' · ')
    } catch {
      return e.text
    }
  return e.text
}

/** The amplifiers as a table (nothing when there are none). */
const amplifiers = (r: CrisisReport): string => {
  if (r.amplifiers.length === 0) return ''
  const L = LABELS[r.lang]
  const head = L.amplifierHead.map((h) => `<th>${esc(h)}</th>`).join('')
  const rows = r.amplifiers
    .map(
      (a) =>
        `<tr><td>@${esc(a.handle.replace(/^@/, ''))}${a.name ? ` <span class="small">${esc(a.name)}</span>` : ''}</td><td>${a.posts}</td><td>${a.followers ?? '—'}</td></tr>`,
    )
    .join('')
  return `<h2>${esc(L.amplifiers)}</h2><table class="grid"><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`
}

/**
 * The report as one self-contained HTML page (inline style and chart, no script; its own policy forbids any
 * script or remote load, should a value slip through), ready to print.
 */
export const renderReportHtml = (r: CrisisReport): string => {
  const L = LABELS[r.lang]
  const f = r.followUp
  const names = (p: 'acknowledge' | 'counter' | 'deny') => POSTURE_NAMES[p][r.lang]
  const row = (k: string, v: string) => `<tr><th scope="row">${esc(k)}</th><td>${esc(v)}</td></tr>`
  const responses =
    f.responses.length === 0
      ? `<p>${esc(L.noResponse)}</p>`
      : `<table class="grid"><thead><tr><th></th><th>${esc(L.before)}</th><th>${esc(L.after)}</th></tr></thead><tbody>${f.responses
          .map(
            (x) =>
              `<tr><th scope="row">${esc(when(r.lang, x.at))}${x.url ? `<br><span class="small">${esc(x.url)}</span>` : ''}${x.complete ? '' : `<br><span class="small">${esc(L.partial)}</span>`}</th><td>${x.before.perHour.toFixed(1)} ${esc(L.perHour)} · ${esc(L.negative)} ${pct(x.before.negativeShare)}</td><td>${x.after.perHour.toFixed(1)} ${esc(L.perHour)} · ${esc(L.negative)} ${pct(x.after.negativeShare)}</td></tr>`,
          )
          .join('')}</tbody></table>`
  return `<!doctype html>
<html lang="${r.lang}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${esc(`${L.title} — ${r.incident.title}`)}</title>
<style>
body{font-family:"DejaVu Sans",Arial,sans-serif;color:#1b1b1b;margin:32px;font-size:13px;line-height:1.45}
h1{font-size:22px;margin:0 0 4px}h2{font-size:16px;margin:24px 0 8px;border-bottom:1px solid #ccc;padding-bottom:4px}
.small{color:#555;font-size:11px}table{border-collapse:collapse;width:100%}th,td{text-align:left;vertical-align:top;padding:4px 8px 4px 0}
.grid th,.grid td{border-bottom:1px solid #e3e3e3}.warn{color:#8b1e3f}blockquote{margin:0 0 10px;padding:6px 10px;border-left:3px solid #9bb7d4;background:#f6f8fb}
@page{size:A4;margin:16mm}
</style></head><body>
<header><h1>${esc(L.title)} — ${esc(r.incident.title)}</h1>
<p class="small">${esc(L.preparedFor)} ${esc(r.workspaceName)} · ${esc(L.generated)} ${esc(when(r.lang, r.generatedAt))} · ${esc(L.period)} ${esc(when(r.lang, r.from))} → ${esc(when(r.lang, r.to))}</p></header>
<h2>${esc(L.summary)}</h2>
<table>${row(L.state, L.states[r.outcome.state])}${row(L.firstSignal, when(r.lang, f.firstSignalAt))}${row(L.firstWord, f.firstPublicWordAt ? when(r.lang, f.firstPublicWordAt) : L.silent)}${row(L.responseTime, f.responseMinutes === null ? L.silent : L.minutes(f.responseMinutes))}${row(L.mentions, String(r.outcome.mentions))}${row(L.peak, r.outcome.peak ? `${when(r.lang, r.outcome.peak.at)} (${r.outcome.peak.mentions})` : '—')}${row(L.negative, pct(r.outcome.negativeShare))}${row(L.lastVsPeak, pct(r.outcome.lastHourVsPeak))}</table>
<h2>${esc(L.chart)}</h2>${chart(r)}<p class="small">${esc(L.chartNote)}</p>
<h2>${esc(L.posture)}</h2>
<table>${row(L.chosen, r.incident.posture ? names(r.incident.posture) : L.none)}${row(L.recommended, names(r.advice.recommended))}</table>
<p><strong>${esc(L.why)}</strong></p><ul>${r.advice.reasons.map((x) => `<li>${esc(x)}</li>`).join('')}</ul>
${r.advice.warnings.length > 0 ? `<p class="warn"><strong>${esc(L.warnings)}</strong></p><ul class="warn">${r.advice.warnings.map((x) => `<li>${esc(x)}</li>`).join('')}</ul>` : ''}
<h2>${esc(L.responses)}</h2>${responses}
<p>${esc(L.drafts(r.drafts))}</p>
${r.published.map((d) => `<blockquote>${d.parts.map((p) => esc(p)).join('<br>')}<br><span class="small">${esc(d.publications.map((p) => p.url ?? p.remoteId).join(' · '))}</span></blockquote>`).join('')}
<h2>${esc(L.keyPosts)}</h2>
${r.keyPosts.map((p) => `<blockquote>${esc(p.text)}<br><span class="small">${p.pinned ? `${esc(L.pinnedMark)} · ` : ''}@${esc(p.author.replace(/^@/, ''))}${p.followers === null ? '' : ` · ${p.followers} ${esc(L.followers)}`} · ${p.engagement} ${esc(L.engagement)} · ${esc(when(r.lang, p.at))}${p.url ? ` · ${esc(p.url)}` : ''}</span></blockquote>`).join('')}
${amplifiers(r)}
<h2>${esc(L.timeline)}</h2>
<table class="grid">${r.timeline.map((e) => `<tr><th scope="row" class="small">${esc(when(r.lang, e.at))}</th><td>${esc(L.kinds[e.kind])}</td><td>${esc(entryText(r, e))}</td></tr>`).join('')}</table>
<h2>${esc(L.sources)}</h2><ul class="small">${r.advice.sources.map((s) => `<li>${esc(s)}</li>`).join('')}</ul>
<p class="small">${esc(L.footer)}</p>
</body></html>
`
}

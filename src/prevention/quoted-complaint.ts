import type { Finding } from './finding.ts'
import { quick } from './quick-pattern.ts'

/** An apology or a complaint acknowledged: the draft is negative about us, not hostile to the reader. */
export const OWNS_UP = quick(
  /\b(?:sorry|apolog\w*|we let you down|we got it wrong|our fault|we understand|you(?:'re| are) right|d[ée]sol[ée]e?s?|excuses|nous avons failli|on a failli|notre faute|nous comprenons|on comprend|vous avez raison)\b/iu,
)

export const QUOTED = quick(/«[^»]*»|“[^”]*”|"[^"]*"/gu)
// single quotes too, when they open after a space and close before punctuation or a space: 'useless idiot'
const SINGLE_QUOTED = quick(/(?<=^|[\s(])['‘][^\n]{1,80}?['’](?=[\s.,;:!?)]|$)/gu)

// someone else's words reported: "le prévenu avait traité l'agent de « crétin »", "shouted 'you're all useless'"
const REPORTED = quick(
  /\b(?:trait[ée]e?s?|insult[ée]e?s?|cri[ée]e?s?|hurl[ée]e?s?|lanc[ée]e?s?|(?:a|avait|ont|avaient) dit|[ée]crit|called|shouted|yelled|screamed|hurled|insulted|said|wrote|chanted|scand[ée]e?s?|branded|labelled|labeled)(?![\p{L}])[^.!?\n]{0,30}$/iu,
)
// a report on someone else's words: a court, the news, a complaint filed
const REPORTING = quick(
  /\b(?:tribunal|audience|jugement|condamn\w*|verdict|court|judge|juge|pr[ée]venu|defendant|plainte|complaint|police|JT|journal|news|reported|rapport\w*|selon|according to|article|harc[eè]lement|harass\w*)(?![\p{L}])/iu,
)

/**
 * Abuse inside a quotation, in a draft that owns up, is the complainant's words quoted back ("« Vous êtes
 * des voleurs », c'est dur à lire, mais on comprend…"); in a report of a trial, the news or a complaint, it
 * is someone else's words, when a verb of saying introduces the quotation ("le prévenu avait traité l'agent
 * de « crétin »", "the fan shouted 'you're all useless'"). Those findings are dropped, the others kept.
 */
export const spareQuotedComplaint = (text: string, findings: Finding[]): Finding[] => {
  const owns = OWNS_UP.test(text)
  const reports = REPORTING.test(text)
  if (!owns && !reports) return findings
  const quotes = [...text.matchAll(QUOTED), ...text.matchAll(SINGLE_QUOTED)]
    // in a report, a quotation counts when a verb of saying introduces it
    .filter((m) => owns || REPORTED.test(text.slice(Math.max(0, m.index - 60), m.index)))
    .map((m) => ({ start: m.index, end: m.index + m[0].length }))
  if (quotes.length === 0) return findings
  return findings.filter((f) => !quotes.some((q) => q.start <= f.start && f.end <= q.end))
}

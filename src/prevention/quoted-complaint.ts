import type { Finding } from './finding.ts'

/** An apology or a complaint acknowledged: the draft is negative about us, not hostile to the reader. */
export const OWNS_UP =
  /\b(?:sorry|apolog\w*|we let you down|we got it wrong|our fault|we understand|you(?:'re| are) right|d[ée]sol[ée]e?s?|excuses|nous avons failli|on a failli|notre faute|nous comprenons|on comprend|vous avez raison)\b/iu

export const QUOTED = /«[^»]*»|“[^”]*”|"[^"]*"/gu

/**
 * Abuse inside a quotation, in a draft that owns up, is the complainant's words quoted back ("« Vous êtes
 * des voleurs », c'est dur à lire, mais on comprend…"): those findings are dropped, the others kept.
 */
export const spareQuotedComplaint = (text: string, findings: Finding[]): Finding[] => {
  if (!OWNS_UP.test(text)) return findings
  const quotes = [...text.matchAll(QUOTED)].map((m) => ({ start: m.index, end: m.index + m[0].length }))
  if (quotes.length === 0) return findings
  return findings.filter((f) => !quotes.some((q) => q.start <= f.start && f.end <= q.end))
}

import type { Finding } from './finding.ts'
import { createPhraseMatcher, type PhraseMatcher } from './phrase-matcher.ts'
import { sameList } from './same-list.ts'
import type { Token } from './text-tokens.ts'

/** The brand's open incident, if any: its key terms and a one-line summary for the message. */
export interface ActiveIncident {
  terms: readonly string[]
  summary: string
}

const matchers = new WeakMap<readonly string[], PhraseMatcher<null>>()
const termMatcher = (given: readonly string[]) => {
  const terms = sameList(given)
  let m = matchers.get(terms)
  if (!m) {
    m = createPhraseMatcher(
      terms.filter((t) => /[\p{L}\p{N}]/u.test(t)).map((text) => ({ text, data: null })),
    )
    matchers.set(terms, m)
  }
  return m
}

/**
 * During an open incident every post needs the crisis team's approval (one flag over the whole draft); a
 * post that uses the crisis's own words is flagged again, where it does. A sober notice about the crisis
 * itself is flagged too: during a crisis the team speaks with one voice, so it goes through crisis approval.
 */
export const findCrisisEcho = (
  text: string,
  tokens: readonly Token[],
  incident: ActiveIncident | undefined,
) => {
  if (!incident) return []
  const found: Finding[] = [
    {
      kind: 'crisis_echo',
      rule: 'crisis_approval',
      start: 0,
      end: text.length,
      severity: 'medium',
      term: incident.summary,
    },
  ]
  for (const h of termMatcher(incident.terms).find(tokens))
    found.push({
      kind: 'crisis_echo',
      rule: 'crisis_terms',
      start: h.start,
      end: h.end,
      severity: 'high',
      term: text.slice(h.start, h.end),
    })
  return found
}

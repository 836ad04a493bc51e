import type { Finding } from './finding.ts'
import { createPhraseMatcher, type PhraseMatcher } from './phrase-matcher.ts'
import type { Token } from './text-tokens.ts'

/** The brand's open incident, if any: its key terms and a one-line summary for the message. */
export interface ActiveIncident {
  terms: readonly string[]
  summary: string
}

const matchers = new WeakMap<readonly string[], PhraseMatcher<null>>()
const termMatcher = (terms: readonly string[]) => {
  let m = matchers.get(terms)
  if (!m) {
    m = createPhraseMatcher(
      terms.filter((t) => /[\p{L}\p{N}]/u.test(t)).map((text) => ({ text, data: null })),
    )
    matchers.set(terms, m)
  }
  return m
}

// what crisis communication says: an apology, a status update, a recall, what to do, when it comes back
const CRISIS_NOTICE =
  /\b(?:sorry|apolog\w*|regret|d[ée]sol[ée]e?s?|excuses|pardon|we(?:'re| are) aware|nous (?:sommes|avons) (?:conscients|inform[ée]s)|update|mise à jour|point de situation|status|statut|engineers|techniciens|[ée]quipes? (?:sont |est )?mobilis[ée]e?s|working to|travaillent|restore|r[ée]tabli\w*|reprendr\w*|resume[sd]?|recall\w*|rappel\w*|retrait|do not (?:eat|consume|drink|use)|ne (?:les |le )?(?:consommez|mangez|buvez|utilisez) pas|refund\w*|rembours\w*|substitution|replacement|investigation|enqu[êe]te|hotline|customer line|num[ée]ro vert|patience|information|informations|consignes|advice|conseils|safety|s[ée]curit[ée] des|victims|victimes|bless[ée]s|injured|thoughts|pens[ée]es)\b/iu
// what a crisis notice does not say: a sales pitch, a joke, a party mood
const CHEER =
  /(?:✨|🎉|🥳|🌴|☀|😋|😉|😅|😂|🤣|😜|🍷|🍾|🎁|🔥|💥|😎|🤩|🥂)|\b(?:book|buy|shop|order|get|start|enjoy|profitez|r[ée]servez|commandez|achetez|d[ée]couvrez|essai gratuit|free trial|offert|free|gratuit|promo\w*|code|concours|contest|giveaway|gagne[rz]?|win|jeu|perfect excuse|lol|mdr|haha)\b|-\s?\d{1,2}\s?%|\d{1,2}\s?%\s?off\b/iu

/** A sober message about the crisis itself (an update, an apology, a recall notice) with no sales pitch or joke. */
export const isCrisisNotice = (text: string): boolean => CRISIS_NOTICE.test(text) && !CHEER.test(text)

/**
 * During an open incident every post needs the crisis team's approval (one flag over the whole draft); a
 * post that uses the crisis's own words is flagged again, where it does. A sober notice about the crisis
 * itself (an update, an apology, a recall) is what the moment asks for: it is not flagged.
 */
export const findCrisisEcho = (
  text: string,
  tokens: readonly Token[],
  incident: ActiveIncident | undefined,
) => {
  if (!incident || isCrisisNotice(text)) return []
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

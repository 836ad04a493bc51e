import type { Finding } from './finding.ts'
import {
  FAITH,
  HUMOUR,
  POLITICAL_CONTEXT,
  POLITICS,
  PROMOTION,
  RELIGION,
  STANCE,
  TRAGEDIES,
} from './lexicons/sensitive-topics.ts'
import { createPhraseMatcher, type PhraseMatcher } from './phrase-matcher.ts'
import { quick } from './quick-pattern.ts'
import { foldedSet, foldWord, type Token } from './text-tokens.ts'

type Topic =
  | 'faith'
  | 'politics'
  | 'political_context'
  | 'stance'
  | 'religion'
  | 'tragedy'
  | 'promotion'
  | 'humour'
let matcher: PhraseMatcher<Topic> | undefined
export const topicMatcher = () => {
  const of = (words: readonly string[], data: Topic) => words.map((text) => ({ text, data }))
  matcher ??= createPhraseMatcher<Topic>([
    ...of(POLITICS, 'politics'),
    ...of(POLITICAL_CONTEXT, 'political_context'),
    ...of(STANCE, 'stance'),
    ...of(RELIGION, 'religion'),
    ...of(FAITH, 'faith'),
    ...of(TRAGEDIES, 'tragedy'),
    ...of(PROMOTION, 'promotion'),
    ...of(HUMOUR, 'humour'),
  ])
  return matcher
}

// a discount written as a figure: -20 %, 30% off
// labour conflicts are news a brand may joke about only at its own expense: sensitive next to a stance only
const LABOUR = foldedSet([
  'greve',
  'greves',
  'grevistes',
  'strike',
  'strikes',
  'strikers',
  'syndicat',
  'syndicats',
  'trade unions',
])
// a discount, or a promotion code in capitals ("code STORM15")
const DISCOUNT = quick(/-\s?\d{1,2}\s?%|\d{1,2}\s?%\s?(?:off|de r[ée]duction)|\bcode\s+[A-Z][A-Z0-9]{3,}\b/u)
// a political party named in full ("the National Renewal Party", "Parti de la Renaissance")
const NAMED_PARTY = quick(
  /\b(?:\p{Lu}\p{L}+\s+){1,3}Party\b|\bParti\s+(?:de\s+l[ae']\s*|du\s+|des\s+)?\p{Lu}/u,
)
// a god or a scripture turned into a sales argument or a joke ("Dieu a créé le monde en 7 jours, nous on livre en 24 h")
const DEITY = quick(/\b(?:Dieu|God|Jésus|Jesus|Allah|Bouddha|Buddha)\b/u)
const DEITY_IDIOM = quick(
  /\b(?:mon|my|oh|thank|thanks|bless|gr[âa]ce [àa]|nom de|bon|for)\s+(?:Dieu|God)\b|\bGod bless\b/iu,
)
// a party on a day of mourning ("Deuil national… mais chez nous c'est toujours la fête 🎉"), and a retail price next to a
// tragedy ("Anniversaire des attentats… notre bougie est à 9,90 €"): read only next to a tragedy
const CELEBRATES = quick(/🎉|🥳|🎊|c'est (?:toujours )?la f[êe]te|\bstill ON\b/u)
const PRICE = quick(/\d+[.,]\d{2}\s?€|[$£€]\s?\d+[.,]\d{2}\b/u)
const COMPARES = quick(
  /\bplus forts?\b|\bmieux que\b|\bbetter than\b|\bfaster than\b|\bplus rapides?\b|\bbeats?\b|\bnous on\b|\bwe just\b/iu,
)

/**
 * Whether a draft carries what turns a topic into a misuse: a sales pitch, a joke, a side taken, a political or
 * religious word. The learned reader may add a sensitive topic only then: a tribute or condolences ("nous rendons
 * hommage aux victimes du séisme") name a tragedy without misusing it.
 */
export const misuseCue = (text: string, tokens: readonly Token[]): boolean =>
  DISCOUNT.test(text) ||
  topicMatcher()
    .find(tokens)
    .some((h) => h.data !== 'tragedy' && h.data !== 'political_context')

/**
 * Politics (named parties and politicians; news words such as "election" only next to a stance) and religion; a tragedy next to a sales pitch (used for promotion) or next to a joke (humour
 * in a time of mourning). A tribute or condolences alone are not flagged.
 */
export const findSensitiveTopics = (
  text: string,
  tokens: readonly Token[],
  sentences: readonly number[],
): Finding[] => {
  const hits = topicMatcher().find(tokens)
  // "par contre" is "on the other hand", not "against"
  const stances = new Set(
    hits
      .filter((h) => h.data === 'stance' && !(h.from > 0 && tokens[h.from - 1]!.norm === 'par'))
      .map((h) => sentences[h.from]),
  )
  const has = (topic: Topic) => hits.some((h) => h.data === topic)
  const promotes = has('promotion') || DISCOUNT.test(text)
  const jokes = has('humour')
  const found: Finding[] = []
  const party = NAMED_PARTY.exec(text)
  if (party)
    found.push({
      kind: 'sensitive_topic',
      rule: 'politics',
      start: party.index,
      end: party.index + party[0].length,
      severity: 'medium',
      term: party[0],
    })
  const deity = DEITY.exec(text)
  if (deity && !DEITY_IDIOM.test(text) && (jokes || promotes || COMPARES.test(text)))
    found.push({
      kind: 'sensitive_topic',
      rule: 'religion',
      start: deity.index,
      end: deity.index + deity[0].length,
      severity: 'medium',
      term: deity[0],
    })
  for (const h of hits) {
    const term = text.slice(h.start, h.end)
    const at = { kind: 'sensitive_topic' as const, start: h.start, end: h.end, term }
    if (h.data === 'politics') found.push({ ...at, rule: 'politics', severity: 'medium' })
    else if (
      h.data === 'political_context' &&
      (stances.has(sentences[h.from]) || (jokes && !LABOUR.has(foldWord(term))))
    )
      found.push({ ...at, rule: 'politics', severity: 'medium' })
    else if (h.data === 'faith' && jokes) found.push({ ...at, rule: 'religion', severity: 'medium' })
    else if (h.data === 'religion') found.push({ ...at, rule: 'religion', severity: 'medium' })
    else if (h.data === 'tragedy' && (promotes || PRICE.test(text)))
      found.push({ ...at, rule: 'tragedy_promo', severity: 'high' })
    else if (h.data === 'tragedy' && (jokes || CELEBRATES.test(text)))
      found.push({ ...at, rule: 'mourning_joke', severity: 'high' })
  }
  return found
}

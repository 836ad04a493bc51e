import type { Finding } from './finding.ts'
import { HUMOUR, POLITICS, PROMOTION, RELIGION, TRAGEDIES } from './lexicons/sensitive-topics.ts'
import { createPhraseMatcher, type PhraseMatcher } from './phrase-matcher.ts'
import type { Token } from './text-tokens.ts'

type Topic = 'politics' | 'religion' | 'tragedy' | 'promotion' | 'humour'
let matcher: PhraseMatcher<Topic> | undefined
export const topicMatcher = () => {
  const of = (words: readonly string[], data: Topic) => words.map((text) => ({ text, data }))
  matcher ??= createPhraseMatcher<Topic>([
    ...of(POLITICS, 'politics'),
    ...of(RELIGION, 'religion'),
    ...of(TRAGEDIES, 'tragedy'),
    ...of(PROMOTION, 'promotion'),
    ...of(HUMOUR, 'humour'),
  ])
  return matcher
}

// a discount written as a figure: -20 %, 30% off
const DISCOUNT = /-\s?\d{1,2}\s?%|\d{1,2}\s?%\s?(?:off|de r[ée]duction)/iu

/**
 * Politics and religion; a tragedy next to a sales pitch (used for promotion) or next to a joke (humour
 * in a time of mourning). A tribute or condolences alone are not flagged.
 */
export const findSensitiveTopics = (text: string, tokens: readonly Token[]): Finding[] => {
  const hits = topicMatcher().find(tokens)
  const has = (topic: Topic) => hits.some((h) => h.data === topic)
  const promotes = has('promotion') || DISCOUNT.test(text)
  const jokes = has('humour')
  const found: Finding[] = []
  for (const h of hits) {
    const term = text.slice(h.start, h.end)
    const at = { kind: 'sensitive_topic' as const, start: h.start, end: h.end, term }
    if (h.data === 'politics') found.push({ ...at, rule: 'politics', severity: 'medium' })
    else if (h.data === 'religion') found.push({ ...at, rule: 'religion', severity: 'medium' })
    else if (h.data === 'tragedy' && promotes) found.push({ ...at, rule: 'tragedy_promo', severity: 'high' })
    else if (h.data === 'tragedy' && jokes) found.push({ ...at, rule: 'mourning_joke', severity: 'high' })
  }
  return found
}

import type { Finding } from './finding.ts'
import {
  HUMOUR,
  POLITICAL_CONTEXT,
  POLITICS,
  PROMOTION,
  RELIGION,
  STANCE,
  TRAGEDIES,
} from './lexicons/sensitive-topics.ts'
import { createPhraseMatcher, type PhraseMatcher } from './phrase-matcher.ts'
import type { Token } from './text-tokens.ts'

type Topic = 'politics' | 'political_context' | 'stance' | 'religion' | 'tragedy' | 'promotion' | 'humour'
let matcher: PhraseMatcher<Topic> | undefined
export const topicMatcher = () => {
  const of = (words: readonly string[], data: Topic) => words.map((text) => ({ text, data }))
  matcher ??= createPhraseMatcher<Topic>([
    ...of(POLITICS, 'politics'),
    ...of(POLITICAL_CONTEXT, 'political_context'),
    ...of(STANCE, 'stance'),
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
 * Politics (named parties and politicians; news words such as "election" only next to a stance) and religion; a tragedy next to a sales pitch (used for promotion) or next to a joke (humour
 * in a time of mourning). A tribute or condolences alone are not flagged.
 */
export const findSensitiveTopics = (
  text: string,
  tokens: readonly Token[],
  sentences: readonly number[],
): Finding[] => {
  const hits = topicMatcher().find(tokens)
  const stances = new Set(hits.filter((h) => h.data === 'stance').map((h) => sentences[h.from]))
  const has = (topic: Topic) => hits.some((h) => h.data === topic)
  const promotes = has('promotion') || DISCOUNT.test(text)
  const jokes = has('humour')
  const found: Finding[] = []
  for (const h of hits) {
    const term = text.slice(h.start, h.end)
    const at = { kind: 'sensitive_topic' as const, start: h.start, end: h.end, term }
    if (h.data === 'politics') found.push({ ...at, rule: 'politics', severity: 'medium' })
    else if (h.data === 'political_context' && stances.has(sentences[h.from]))
      found.push({ ...at, rule: 'politics', severity: 'medium' })
    else if (h.data === 'religion') found.push({ ...at, rule: 'religion', severity: 'medium' })
    else if (h.data === 'tragedy' && promotes) found.push({ ...at, rule: 'tragedy_promo', severity: 'high' })
    else if (h.data === 'tragedy' && jokes) found.push({ ...at, rule: 'mourning_joke', severity: 'high' })
  }
  return found
}

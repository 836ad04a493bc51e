import type { Finding } from './finding.ts'
import { SENSITIVE_DATA_WORDS } from './lexicons/sensitive-data.ts'
import { createPhraseMatcher, type PhraseMatcher } from './phrase-matcher.ts'
import type { Token } from './text-tokens.ts'

let matcher: PhraseMatcher<null> | undefined
export const sensitiveDataMatcher = () => {
  matcher ??= createPhraseMatcher(SENSITIVE_DATA_WORDS.map((text) => ({ text, data: null })))
  return matcher
}

const NAME = "\\p{Lu}[\\p{L}'-]+"
// someone named: a title or a role and a name, two capitalised words inside a sentence, or an @handle
const NAMED_PERSON = new RegExp(
  [
    `\\b(?:M\\.|Mme|Mlle|Mr\\.?|Mrs\\.?|Ms\\.?|Monsieur|Madame|Mademoiselle)\\s+${NAME}`,
    `\\b(?:coll[èe]gue|collaborat(?:eur|rice)|salari[ée]e?|employ[ée]e?|colleague|employee|client|cliente|customer|livreur|driver|conseill[èe]re?|vendeu(?:r|se)|agent|manager|directeur|directrice|stagiaire|intern|team member)\\s+${NAME}`,
    `(?<=[\\p{L},;:]\\s+)${NAME}\\s+${NAME}`,
    '@[\\p{L}\\p{N}_]{2,}',
    // a first name opening a sentence about them: "Pauline de la compta est…", "Tom is…"
    `^\\s*${NAME}\\s+(?:de la|du|des|from|of|est|était|a été|sera|is|was|has been|will be)\\s`,
  ].join('|'),
  'u',
)

const sentenceText = (text: string, tokens: readonly Token[], sentences: readonly number[], s: number) => {
  const from = sentences.indexOf(s)
  const to = sentences.lastIndexOf(s)
  // from the previous sentence end, so that a name opening the sentence is read too
  return text.slice(Math.max(0, tokens[from]!.start), tokens[to]!.end)
}

/** Health and other sensitive data in a sentence that names a person. */
export const findSensitiveData = (
  text: string,
  tokens: readonly Token[],
  sentences: readonly number[],
): Finding[] => {
  const found: Finding[] = []
  for (const hit of sensitiveDataMatcher().find(tokens)) {
    const sentence = sentenceText(text, tokens, sentences, sentences[hit.from]!)
    if (!NAMED_PERSON.test(sentence)) continue
    const term = text.slice(hit.start, hit.end)
    found.push({
      kind: 'personal_data',
      rule: 'sensitive_data',
      start: hit.start,
      end: hit.end,
      severity: 'high',
      term,
    })
  }
  return found
}

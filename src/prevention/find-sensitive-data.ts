import type { Finding } from './finding.ts'
import { SENSITIVE_DATA_WORDS } from './lexicons/sensitive-data.ts'
import { createPhraseMatcher, type PhraseMatcher } from './phrase-matcher.ts'
import { quick } from './quick-pattern.ts'
import type { Token } from './text-tokens.ts'

let matcher: PhraseMatcher<null> | undefined
export const sensitiveDataMatcher = () => {
  matcher ??= createPhraseMatcher(SENSITIVE_DATA_WORDS.map((text) => ({ text, data: null })))
  return matcher
}

const NAME = "\\p{Lu}[\\p{L}'-]+"
// someone named: a title or a role and a name, two capitalised words inside a sentence, or an @handle
const NAMED_PERSON = quick(
  new RegExp(
    [
      `\\b(?:M\\.|Mme|Mlle|Mr\\.?|Mrs\\.?|Ms\\.?|Monsieur|Madame|Mademoiselle)\\s+${NAME}`,
      // "our new receptionist Hannah", "notre nouvelle stagiaire Léa", "Chloe from our Bristol store"
      `\\b(?:[Oo]ur|[Nn]otre|[Nn]os|[Mm]y|[Mm]a|[Mm]on)\\s+(?:new\\s+|nouvel(?:le)?\\s+|nouveau\\s+)?(?:\\p{Ll}+\\s+){0,2}${NAME}`,
      // "mon voisin de bureau, Paul-Henri", "my manager, Kim"
      `\\b(?:[Mm]y|[Mm]a|[Mm]on|[Oo]ur|[Nn]otre)\\s+(?:\\p{Ll}+\\s+){0,3}?\\p{Ll}+,\\s+\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?(?![\\p{L}'])`,
      `(?<=\\S\\s+)${NAME}(?:\\s+\\p{Lu}\\.)?\\s+(?:from our\\s|from the\\s|de notre\\s|de l'|du service\\s|de la\\s)`,
      // "Ricky in accounts", "Tyler from IT", "Mark in finance"
      `${NAME}\\s+(?:in|from)\\s+(?:[Aa]ccounts|[Ff]inance|HR|IT|[Ss]ales|[Mm]arketing|[Ll]egal|[Oo]ps|[Pp]ayroll|[Pp]rocurement|[Ii]nvoicing|[Cc]ustomer [Ss]ervice)\\b`,
      // a full name opening the draft, then who they are: "Dylan Price (apprentice, Cardiff depot) failed…"
      `^\\s*${NAME}\\s+${NAME}\\s*[(,]`,
      // a first name and who they are to us: "Inès, notre stagiaire", "Sam, our intern"
      `${NAME},\\s+(?:notre|our|nos|my|ma|mon)\\s`,
      `\\b(?:coll[èe]gue|collaborat(?:eur|rice)|salari[ée]e?|employ[ée]e?|colleague|employee|client|cliente|customer|livreur|driver|conseill[èe]re?|vendeu(?:r|se)|agent|manager|directeur|directrice|stagiaire|intern|team member)\\s+${NAME}`,
      `(?<=[\\p{L},;:]\\s+)${NAME}\\s+${NAME}`,
      '@[\\p{L}\\p{N}_]{2,}',
      // a first name opening a sentence about them: "Pauline de la compta est…", "Tom is…"
      // not an elided article: "L’IVG est…"
      `^\\s*(?![LDld]')${NAME}\\s+(?:de la|du|des|from|of|est|était|a été|sera|is|was|has been|will be)\\s`,
    ].join('|'),
    'u',
  ),
)

const sentenceText = (text: string, tokens: readonly Token[], sentences: readonly number[], s: number) => {
  const from = sentences.indexOf(s)
  const to = sentences.lastIndexOf(s)
  // from the previous sentence end, so that a name opening the sentence is read too
  return text.slice(Math.max(0, tokens[from]!.start), tokens[to]!.end)
}

// a document shown with a person's details on it: "la capture… (on voit le nom, l'adresse et le numéro de la
// cliente)", "the order form from Mr. Abbott (his phone and address at the top)"
const DETAIL = quick(
  /\b(?:nom|name|adresses?|address(?:es)?|t[ée]l[ée]phone|phone|num[ée]ro|number|e-?mail|mail|date de naissance|date of birth|plaque|plate)\b/giu,
)
const SHOWN = quick(
  /\b(?:capture|screenshot|screen|[ée]cran|photo|pic|picture|scan|bon de commande|order form|ticket|dossier|fiche|file|visible|on voit|you can see|lisibles?|en haut|at the top|en entier|in full)\b/iu,
)
const SOMEONES = quick(
  /\b(?:client|cliente|customer|guest|patient|passag(?:er|ère)|passenger|his|her|their|son|sa|ses|leur|Mr\.?|Mrs\.?|Ms\.?|M\.|Mme|Monsieur|Madame)\b/u,
)

/** Two of a person's details (name, address, phone…) said to show on a document the draft publishes. */
export const findShownDetails = (text: string): Finding[] => {
  if (!SHOWN.test(text) || !SOMEONES.test(text)) return []
  const details = [...text.matchAll(DETAIL)]
  const kinds = new Set(details.map((m) => m[0].toLowerCase().slice(0, 3)))
  if (kinds.size < 2) return []
  const first = details[0]!
  const last = details.at(-1)!
  return [
    {
      kind: 'personal_data',
      rule: 'shown_details',
      start: first.index,
      end: last.index + last[0].length,
      severity: 'high',
      term: text.slice(first.index, last.index + last[0].length),
    },
  ]
}

// a named person's pay: an amount next to a word of pay ("sera payée 95 000 € + variable", "on £120k plus bonus")
const PAY = quick(
  /\b(?:brut|net|gross)\b(?<=\b\d[\d\s.,]*\d\s+\p{L}+)|(?:\d[\d\s.,]*\s?(?:k\s?)?(?:€|£|\$|euros?|pounds|dollars)|(?:€|£|\$)\s?\d[\d.,]*\s?k?)[^.!?\n]{0,30}\b(?:variable|bonus|primes?|brut|gross|net|fixe|fixed|base|par an|per year|a year|p\.?a\.?|d'indemnit[ée]s|severance)\b|\b(?:salaire|salary|package|r[ée]mun[ée]r\w*|indemnit[ée]s|severance|(?:sera|est|will be|is|gets) pay[ée]e?|(?:will be|is|gets) paid|will be on|sera [àa])\b[^.!?\n]{0,25}(?:\d[\d\s.,]*\s?(?:k\s?)?(?:€|£|\$)|(?:€|£|\$)\s?\d)/iu,
)

// a child named with their age and school: "Timéo Garnier, 17 ans, il est au lycée…", "Sofia, she's 16, goes to
// Westlake High", "Little Maisie Thornton (age 6, Year 2 at St Aidan's!)"
const NAMED_AGE = quick(
  /\p{Lu}\p{Ll}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*)?\s*[,(]\s*(?:[âa]g[ée]e? de\s+|age\s+|aged\s+|(?:she|he)(?:'s|\s+is)\s+)?(\d{1,2})(?:\s?ans\b|\s?yo\b|(?![\d%€$£.,]?\d))/gu,
)
// "8-year-old Lily Harrington from St Anne's Primary", "la petite Jade, 7 ans"
const AGE_THEN_NAME = quick(/\b(\d{1,2})[- ]year[- ]old\s+(?:\p{Ll}+\s+)?\p{Lu}\p{Ll}[\p{L}'-]*/gu)
const SCHOOL = quick(
  /\b(?:lyc[ée]e|coll[èe]ge|[ée]cole|classe de|maternelle|CM1|CM2|CE1|CE2|CP|seconde|terminale|high school|middle school|primary|elementary|Primary|Elementary|School|Year \d|Grade \d|school|High(?!\s+(?:Street|St|Road|Rd)\b))\b/u,
)

/** Health and other sensitive data in a sentence that names a person. */
export const findSensitiveData = (
  text: string,
  tokens: readonly Token[],
  sentences: readonly number[],
): Finding[] => {
  const found: Finding[] = []
  const pay = /\d/.test(text) ? PAY.exec(text) : null
  if (pay && NAMED_PERSON.test(text))
    found.push({
      kind: 'personal_data',
      rule: 'sensitive_data',
      start: pay.index,
      end: pay.index + pay[0].length,
      severity: 'high',
      term: pay[0],
    })
  if (SCHOOL.test(text))
    for (const m of [...text.matchAll(NAMED_AGE), ...text.matchAll(AGE_THEN_NAME)])
      if (Number(m[1]) < 18)
        found.push({
          kind: 'personal_data',
          rule: 'sensitive_data',
          start: m.index,
          end: m.index + m[0].length,
          severity: 'high',
          term: m[0],
        })
  for (const hit of sensitiveDataMatcher().find(tokens)) {
    const s = sentences[hit.from]!
    // the person may be named in the sentence before ("Qui connaît Léa Marchand ? Elle… célibataire")
    const sentence = sentenceText(text, tokens, sentences, s)
    const before = s > 0 && sentences.includes(s - 1) ? sentenceText(text, tokens, sentences, s - 1) : ''
    if (!NAMED_PERSON.test(sentence) && !NAMED_PERSON.test(before)) continue
    const term = text.slice(hit.start, hit.end)
    // a capitalised phrase is a name, not a person's data: "World Mental Health Day", "Cancer Research UK"
    if (/^\p{Lu}/u.test(term) && /\s\p{Lu}/u.test(term)) continue
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

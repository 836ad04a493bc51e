import type { Finding } from './finding.ts'
import { quick } from './quick-pattern.ts'

// an identity document or number, named before it: passport, ID card, driving licence, social security…
const ID_LABEL = quick(
  /\b(?:passeports?|passports?|carte (?:nationale )?d'identit[ée]|cni|pi[èe]ce d'identit[ée]|titre de s[ée]jour|permis de conduire|id card|identity card|national id|driv(?:ing|er'?s) licen[cs]e|s[ée]curit[ée] sociale|s[ée]cu|nir|carte vitale|social security|ssn|national insurance|ni number|nhs number|num[ée]ro fiscal|tax id|sin card|sin number|sin|social insurance(?: number| card)?|nas|num[ée]ro d'assurance sociale|assurance sociale)\b/giu,
)
// what follows the label: "no. 533912874", "n° 12AB34567", ": 1 79 04 75 112 233 45"
const ID_VALUE = quick(
  /^[^\p{L}\p{N}\n]{0,6}(?:(?:no|n°|nº|num[ée]ro|number|num|#)\.?\s*:?\s*)?([A-Z]{0,3}\s?\d[\dA-Z]*(?:[\s-]\d[\dA-Z]*){0,6})/iu,
)

// the number a few words after its label, introduced as one: "passport scan came through (no. 533127894"
const NUMBER_LATER = quick(
  /^[^\n.!?]{0,50}?(?:\bno\.|n°|nº|\bnum[ée]ro|\bnumber|#|:)\s*:?\s*([A-Z]{0,3}\d[\dA-Z]{2,}(?:[\s-]\d[\dA-Z]*){0,3})/iu,
)

// the French social security number (NIR): sex, year, month, department, commune, order, and a key of 97
const NIR = quick(
  /(?<!\d)([12])[\s.]?(\d{2})[\s.]?(0[1-9]|1[0-2]|[2-9]\d)[\s.]?(\d{2}|2[AB])[\s.]?(\d{3})[\s.]?(\d{3})[\s.]?(\d{2})(?!\d)/gu,
)
const US_SSN = quick(/(?<![\d-])(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}(?![\d-])/gu)
// the Belgian national register number: birth date, order, and a key of 97 (95.03.06-765.04)
const BELGIAN_NRN = quick(/(?<![\d.])(\d{2})[.\s]?(\d{2})[.\s]?(\d{2})[-\s.]?(\d{3})[.\s]?(\d{2})(?![\d.])/gu)
// the Swiss AVS number: 756, nine digits and an EAN-13 check digit (756.1234.5678.97)
const SWISS_AVS = quick(/(?<!\d)756[.\s]?\d{4}[.\s]?\d{4}[.\s]?\d{2}(?!\d)/gu)
// the Spanish DNI/NIE: eight digits (or X/Y/Z and seven) and a control letter
const SPANISH_DNI = quick(/(?<![\p{L}\d])[XYZ]?\d{7,8}-?[A-Z](?![\p{L}\d])/gu)
// the Italian codice fiscale: six letters, year, month letter, day, town code, check letter
const ITALIAN_CF = quick(/\b[A-Z]{6}\d{2}[A-EHLMPR-T]\d{2}[A-Z]\d{3}[A-Z]\b/gu)
const UK_NINO = quick(/\b[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b/gu)

/** The NIR's key: 97 minus the first 13 digits modulo 97 (Corsica's 2A and 2B counted as 19 and 18). */
export const isValidNir = (nir: string): boolean => {
  const compact = nir.replace(/[\s.]/g, '').toUpperCase()
  if (!/^[12]\d{4}(?:\d{2}|2A|2B)\d{8}$/.test(compact)) return false
  const body = compact.slice(0, 13).replace('2A', '19').replace('2B', '18')
  let rest = 0
  for (const c of body) rest = (rest * 10 + Number(c)) % 97
  return 97 - rest === Number(compact.slice(13))
}

/** The Belgian register number's key: 97 minus the first nine digits modulo 97 (with a 2 before them from 2000). */
export const isValidBelgianNrn = (nrn: string): boolean => {
  const d = nrn.replace(/\D/g, '')
  if (d.length !== 11) return false
  const month = Number(d.slice(2, 4))
  if (month > 12 && month < 20) return false
  const key = Number(d.slice(9))
  const body = Number(d.slice(0, 9))
  return 97 - (body % 97) === key || 97 - ((2_000_000_000 + body) % 97) === key
}

/** The EAN-13 check digit: weights 1 and 3 from the left over the first twelve digits. */
export const isValidEan13 = (digits: string): boolean => {
  const d = digits.replace(/\D/g, '')
  if (d.length !== 13) return false
  let sum = 0
  for (let i = 0; i < 12; i++) sum += Number(d[i]) * (i % 2 === 0 ? 1 : 3)
  return (10 - (sum % 10)) % 10 === Number(d[12])
}

/** The Spanish DNI/NIE control letter: the number modulo 23 in TRWAGMYFPDXBNJZSQVHLCKE (X, Y, Z as 0, 1, 2). */
export const isValidDni = (dni: string): boolean => {
  const c = dni.replace('-', '').toUpperCase()
  const number = Number(c.slice(0, -1).replace(/^X/, '0').replace(/^Y/, '1').replace(/^Z/, '2'))
  return c.length >= 9 && 'TRWAGMYFPDXBNJZSQVHLCKE'[number % 23] === c.at(-1)
}

// a date of birth: "né le 12/04/1979", "born on 3 March 1990", "DOB: 1990-03-03", "date de naissance : …"
const MONTHS =
  'janv(?:ier)?|f[ée]v(?:rier)?|mars|avr(?:il)?|mai|juin|juil(?:let)?|ao[uû]t|sept(?:embre)?|oct(?:obre)?|nov(?:embre)?|d[ée]c(?:embre)?|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:tember)?|october|november|december'
const DATE = `(?:\\d{1,2}[/.-]\\d{1,2}[/.-](?:19|20)?\\d{2}|(?:19|20)\\d{2}-\\d{2}-\\d{2}|(?:1er|\\d{1,2})(?:st|nd|rd|th)?\\s+(?:${MONTHS})\\.?\\s+(?:19|20)\\d{2}|(?:${MONTHS})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+(?:19|20)\\d{2})`
const BIRTH_DATE = quick(
  new RegExp(
    `\\b(?:n[ée]e?s?\\s+le|date de naissance|naissance|born(?:\\s+on)?|date of birth|birth ?date|d\\.?o\\.?b\\.?|birthday)\\s*:?\\s*(${DATE})`,
    'giu',
  ),
)
// a date of birth in an obituary or a tribute belongs to its story, not to a file
const TRIBUTE = quick(
  /\b(d[ée]c[ée]d[ée]e?|nous a quitt[ée]e?s?|disparu(?:e)?|hommage|in memoriam|passed away|died|tribute|late founder|regrett[ée]e?|1[89]\d\d\s?[–-]\s?20\d\d)\b/iu,
)

// a birth year next to a person's full name: "Patricia Lowe, born 1958", "Jean Martin, né en 1961"
const BIRTH_YEAR = quick(
  /(\p{Lu}[\p{L}'-]+\s+\p{Lu}[\p{L}'-]+)[^.!?\n]{0,25}?\b(?:n[ée]e?\s+en|born(?:\s+in)?)\s+((?:19|20)\d{2})\b/gu,
)
// a relative's birth year: "your dad, born 1952?", "sa mère, née en 1948"
const RELATIVE_BIRTH_YEAR = quick(
  /\b((?:your|his|her|their|votre|ton|ta|son|sa|leur)\s+(?:dad|mum|mom|father|mother|son|daughter|wife|husband|grandma|grandpa|p[èe]re|m[èe]re|fils|fille|femme|mari|grand-m[èe]re|grand-p[èe]re))\b[^.!?\n]{0,15}?\b(?:n[ée]e?\s+en|born(?:\s+in)?)\s+((?:19|20)\d{2})\b/giu,
)
// a company, a brand or an idea is "born" too: "Maison Prisme, née en 1998"
const NOT_A_PERSON = quick(
  /\b(?:maison|marque|brand|company|entreprise|soci[ée]t[ée]|soci[ée]t[ée]|startup|caf[ée]|restaurant|shop|boutique|id[ée]e|idea|concept|recette|recipe|festival|club|association|fondation|foundation|founded|fond[ée]e?|mascot|mascotte)\b/iu,
)

// credentials: "mot de passe : Azerty123", "password: hunter2", "PIN 4821", "login: jdoe / pwd: …"
const CREDENTIAL = quick(
  /\b(?:mot de passe|mdp|password|passwd|pwd|passcode|code pin|pin code|pin|code secret|code d'acc[èe]s|access code|identifiants?|login|username|user)(?:\s+(?:provisoire|temporaire|temporary|new|nouveau|initial|par d[ée]faut|default|one-time|unique))?\s*(?:[:=]|est|is|\s)\s*["'«“]?\s*([^\s"'»”,;]{4,})/giu,
)

// the code of a door, a gate or an alarm, or a password, a few words before its value: "le code de la porte du
// local c'est toujours 4B719", "door code for the Camden stockroom is 2580# now", "alarm code is still 1-9-8-4"
const ACCESS_CODE = quick(
  /\b(?:(?:code|digicode)\s+(?:de\s+la\s+|de\s+l'|du\s+|d'|de\s+)?(?:porte|portail|local|entr[ée]e|immeuble|b[âa]timent|alarme|acc[èe]s|parking|garage|cadenas|coffre|casier|vestiaire|r[ée]serve|bureau)|digicode|(?:door|gate|alarm|keypad|entry|building|safe|lock|locker|garage|stockroom|padlock)\s+(?:code|pin|combination)|(?:default|backup)\s+(?:code|pin)|code par d[ée]faut|mot de passe|password|mdp)\b(?:[^\n.!?]{0,60}?(?:[:=,]|\b(?:est|is|was|[ée]tait|c'est|reste|remains|now|toujours|still)\b)\s*(?:literally\s+|just\s+|simply\s+|juste\s+|tout simplement\s+)?["'«“]?\s*([\p{L}\p{N}#*@!$%&_-]*\d[\p{L}\p{N}#*@!$%&_-]*)|(?:\s+\p{L}+){0,2}\s+(\d{4,6}#?)(?![\p{L}\p{N}]))/giu,
)

// a login and its password given as a pair: "your temp login is sam.okafor / Welcome#2026"
const LOGIN_PAIR = quick(
  /\b(?:login|identifiants?|username|user|compte|account|creds|credentials)\b[^\n]{0,60}?[\p{L}\p{N}._@-]{3,}\s*(?:\/|\||:|,|et|and)\s*(?:(?:mdp|pass|pwd|password|mot de passe)\s*:?\s*)?([^\s,;]*\d[^\s,;]*[^\s,;.!?])/giu,
)

// a British bank account: "sort code 20-41-19", "account 41228890" (eight digits after the word)
const BANK_ACCOUNT = quick(
  /\bsort[- ]code\s*:?\s*\d{2}[-\s]?\d{2}[-\s]?\d{2}\b|\b(?:account|acct|compte)(?:\s+(?:no\.?|number|num[ée]ro|n°))?\s*:?\s*\d(?:[\s-]?\d){7,22}\b/giu,
)
// a number plate with its owner: "GH-482-TR, appartenant à M. Lenoir", "the blue Golf, reg AB12 CDE, owned by…"
// French AB-123-CD and the older 123 ABC 75, British AB12 CDE, Belgian 1-ABC-123, German B-MK 4821
const PLATE = quick(
  /\b(?:[A-Z]{2}[- ]\d{3}[- ][A-Z]{2}|\d{2,4}\s[A-Z]{2,3}\s(?:\d{2}|2[AB])|[A-Z]{2}\d{2}\s?[A-Z]{3}|[1-9]-[A-Z]{3}-\d{3}|[A-ZÄÖÜ]{1,3}-[A-Z]{1,2}\s\d{1,4}[EH]?|(?:AG|AI|AR|BE|BL|BS|FR|GE|GL|GR|JU|LU|NE|NW|OW|SG|SH|SO|SZ|TG|TI|UR|VD|VS|ZG|ZH)\s\d{1,3}\s\d{3})\b/gu,
)
const OWNER = quick(
  /\b(?:appartenant|appartient|propri[ée]taire|proprio|owns|conducteur|conductrice|driver|la voiture de|sa voiture|his car|her car|whose car|owned by|belongs to|belonging to|owner|immatricul[ée]e?|registered to|M\.|Mme|Mr\.?|Mrs\.?|Ms\.?|Monsieur|Madame)\b|(?:c'est|you're|it's|is)\s+\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/u,
)

const at = (rule: Finding['rule'], start: number, end: number): Finding => ({
  kind: 'personal_data',
  rule,
  start,
  end,
  severity: 'high',
})

// a date of birth written in words: "née le trois février mille neuf cent quatre-vingt-onze",
// "born on the fourteenth of July nineteen eighty-eight"
const BIRTH_IN_WORDS = quick(
  new RegExp(
    `\\b(?:n[ée]e?s?\\s+le|born(?:\\s+on)?)\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+){1,2}(?:of\\s+)?(?:${MONTHS})\\s+(?:mille|dix-neuf cent|deux mille|nineteen|twenty|two thousand)\\b[\\p{L}\\s-]*`,
    'iu',
  ),
)

const NIR_LABEL = quick(/\b(?:carte vitale|s[ée]curit[ée] sociale|s[ée]cu|nir|num[ée]ro de s[ée]cu)\b/iu)
const MASCOT = quick(/\b(?:mascot|mascotte)\b/iu)
const LOGIN_WORD = quick(/\b(?:login|identifiant|username|user|compte|account|creds|credentials)/iu)

/** Identity numbers (passport, ID card, NIR, SSN, NI number), dates of birth and credentials. */
export const findIdentityData = (text: string): Finding[] => {
  const found: Finding[] = []
  const inWords = TRIBUTE.test(text) ? null : BIRTH_IN_WORDS.exec(text)
  if (inWords) found.push(at('birth_date', inWords.index, inWords.index + inWords[0].trimEnd().length))
  if (!/\d/.test(text)) return found // every number, date and secret below holds a digit
  const add = (f: Finding) => {
    if (!found.some((g) => g.start < f.end && f.start < g.end)) found.push(f)
  }
  const labelled = NIR_LABEL.test(text)
  for (const m of text.matchAll(NIR))
    if (isValidNir(m[0]) || labelled) add(at('identity_number', m.index, m.index + m[0].length))
  for (const m of text.matchAll(US_SSN)) add(at('identity_number', m.index, m.index + m[0].length))
  for (const m of text.matchAll(BELGIAN_NRN))
    if (isValidBelgianNrn(m[0]) && /[.\s-]/.test(m[0]))
      add(at('identity_number', m.index, m.index + m[0].length))
  for (const m of text.matchAll(SWISS_AVS))
    if (isValidEan13(m[0])) add(at('identity_number', m.index, m.index + m[0].length))
  for (const m of text.matchAll(SPANISH_DNI))
    if (isValidDni(m[0])) add(at('identity_number', m.index, m.index + m[0].length))
  for (const m of text.matchAll(ITALIAN_CF)) add(at('identity_number', m.index, m.index + m[0].length))
  for (const m of text.matchAll(UK_NINO)) add(at('identity_number', m.index, m.index + m[0].length))
  for (const m of text.matchAll(ID_LABEL)) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 60)
    const v = ID_VALUE.exec(after) ?? NUMBER_LATER.exec(after)
    if (!v) continue
    const value = v[1]!.trimEnd()
    if (value.replace(/\D/g, '').length < 5) continue
    const start = m.index + m[0].length + v[0].length - v[1]!.length
    add(at('identity_number', start, start + value.length))
  }
  if (!TRIBUTE.test(text) && !MASCOT.test(text))
    for (const m of text.matchAll(BIRTH_DATE)) {
      const start = m.index + m[0].length - m[1]!.length
      add(at('birth_date', start, start + m[1]!.length))
    }
  if (/\b(?:n[ée]e?\s+en|born)\b/iu.test(text) && !TRIBUTE.test(text))
    for (const m of [...text.matchAll(BIRTH_YEAR), ...text.matchAll(RELATIVE_BIRTH_YEAR)]) {
      if (NOT_A_PERSON.test(m[0])) continue
      const start = m.index + m[0].length - m[2]!.length
      add(at('birth_date', start, start + m[2]!.length))
    }
  for (const m of text.matchAll(CREDENTIAL)) {
    const secret = m[1]!
    if (!/\d/.test(secret)) continue // a word, not a secret: "login is easy"
    const start = m.index + m[0].length - secret.length
    add(at('credentials', start, start + secret.length))
  }
  for (const m of text.matchAll(ACCESS_CODE)) {
    const secret = m[1] ?? m[2]!
    if (secret.replace(/[^\p{L}\p{N}]/gu, '').length < 4) continue
    const start = m.index + m[0].length - secret.length
    add(at('credentials', start, start + secret.length))
  }
  if (LOGIN_WORD.test(text))
    for (const m of text.matchAll(LOGIN_PAIR)) {
      const secret = m[1]!
      if (secret.length < 6 || !/\p{L}/u.test(secret)) continue
      const start = m.index + m[0].length - secret.length
      add(at('credentials', start, start + secret.length))
    }
  // a bank account is payment data: the complainant's own may be confirmed in private, like an IBAN
  for (const m of text.matchAll(BANK_ACCOUNT)) add(at('iban', m.index, m.index + m[0].length))
  if (OWNER.test(text))
    for (const m of text.matchAll(PLATE)) add(at('identity_number', m.index, m.index + m[0].length))
  return found
}

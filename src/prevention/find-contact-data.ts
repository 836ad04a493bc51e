import type { Finding } from './finding.ts'
import { quick } from './quick-pattern.ts'

const EMAIL = quick(/[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu)
// an organisation's own mailboxes are published on purpose: contact@, support@, presse@…
const ROLE_MAILBOX = quick(
  /^(contact|support|help|aide|info|infos|information|hello|bonjour|service|service-?client|serviceclient|sav|presse|press|media|medias|communication|jobs|careers|recrutement|rh|hr|dpo|privacy|rgpd|gdpr|noreply|no-reply|newsletter|orders?|commandes?|sales|ventes?|partenariats?|partners?|accueil|reservations?|booking|feedback|team|equipe|legal|juridique|compliance|abuse|security|securite)([._-].*)?$/i,
)

// French numbers: 0X XX XX XX XX, +33 X XX XX XX XX, 0033…; international: + and 8 to 15 digits
const FRENCH_PHONE = quick(
  /(?<![\p{N}+])(?:(?:\+|00)33[\s.-]?(?:\(0\)[\s.-]?)?|0)([1-9])(?:[\s.-]?\d{2}){4}(?!\d)/gu,
)
const INTERNATIONAL_PHONE = quick(
  /(?<![\p{N}+])(?:\+|00)(?!33)[1-9]\d{0,2}(?:[\s./-]?\(?\d{1,4}\)?){2,5}(?!\d)/gu,
)
// European numbers dialled at home: Belgian 0470 12 34 56 and 02 123 45 67, Swiss 079 123 45 67,
// German 0151 2345 6789 and 030/1234 5678; with their separators, so that a reference is not read as one
const EUROPEAN_PHONE = quick(
  /(?<![\p{N}+])0(?:4\d{2}(?:[\s./-]\d{2}){3}|[1-9][\s./-]\d{3}(?:[\s./-]\d{2}){2}|\d{2}[\s./-]\d{3}(?:[\s./-]\d{2}){2}|1[5-7]\d{1,2}[\s/-]\d{3,4}[\s-]?\d{3,5}|[2-9]\d{1,3}\/\s?\d{3,4}[\s-]?\d{2,5})(?!\d)/gu,
)

// North American numbers, (212) 555-0199 or 212-555-0199; any 7 to 15 digits right after a phone label
// British numbers: eleven digits from 0, 07700 900123, 020 7946 0958, 0161 496 0000 (a French one has ten);
// a landline only with its spaces, so that an order number of eleven digits is not read as one
const UK_PHONE = quick(
  /(?<![\p{N}+])0(?:7\d{3}[\s.-]?\d{3}[\s.-]?\d{3}|[1-3]\d[\s.-]\d{4}[\s.-]\d{4}|[1-3]\d{2}[\s.-]\d{3}[\s.-]\d{4}|[1-3]\d{3}[\s.-]\d{6})(?!\d)/gu,
)
const NORTH_AMERICAN_PHONE = quick(/(?<![\p{N}+])\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}(?!\d)/gu)
const LABELLED_NUMBER = quick(
  /\b(?:t[ée]l[ée]?phone|t[ée]l|tel|phone|mobile|portable|cell|num[ée]ro|number|appelez|appeler|call|joignable|reach (?:him|her|them) (?:at|on)|whatsapp|sms|text)\b[^\d\n]{0,20}((?:\d[\s.-]?){6,14}\d)/giu,
)

// a number the draft gives as the organisation's own: "appelez-nous", "our hotline", "réservations au",
// "même numéro", a press contact or a line next to one of its published mailboxes (presse@…)
const OWN_LINE = quick(
  /(appelez[- ]nous|contactez[- ]nous|joignez[- ]nous|[ée]crivez[- ]nous|call us|contact us|reach us|text us|ring us|\b(?:our|notre|nos|same|m[êe]me) (?:[\p{L}-]+ ){0,2}(?:advisers|advisors|agents|num[ée]ro|number|phone number|hotline|helpline|line|ligne|phone|t[ée]l[ée]phone|team|[ée]quipe|conseillers|office|store|shop|boutique|magasin|agence|standard|service client|customer service|service|services)|\b(?:r[ée]servations?|commandes?|standard|service[- ]client|hotline|helpline|sav|accueil|mairie|secr[ée]tariat|support|rendez-vous|appointments?|bookings?|renseignements|infos? consommateurs?|infos? clients?|service consommateurs?|consumer (?:line|helpline|information)|inscriptions?|enquiries|inquiries|information line|customer line|booking line|switchboard|cellule (?:d'information|de crise|d'[ée]coute)|num[ée]ro (?:vert|d'urgence|d'information|d[ée]di[ée])|(?:cellule|ligne) d[ée]di[ée]e|dedicated (?:line|number|helpline|team)|ligne (?:d'[ée]coute|d'urgence|d'information)|(?:crisis|emergency|family|information) (?:line|centre|center|hotline)))\b[^.!?\n]{0,30}$/iu,
)
const PRESS_CONTACT = quick(
  /\b(?:contacts? (?:presse|m[ée]dias?)|relations? (?:presse|m[ée]dias)|service de presse|attach[ée]e? de presse|press (?:contacts?|office|officer|enquiries)|media (?:contacts?|relations|enquiries)|press and media|for media)\b/iu,
)
// "020 7946 0100 (council switchboard)", "05 36 49 00 00 (standard)"
const OWN_LINE_AFTER = quick(
  /^[\s,(–-]{0,4}(?:[\p{L}]+\s+){0,2}(?:switchboard|standard|accueil|hotline|helpline|service client|customer service|reception|r[ée]ception|main line|office)\b/iu,
)
// a person's own line, whatever the sentence says about the shop around it: "Karim… sur son portable"
const SOMEONES_LINE = quick(
  /\b(?:(?:son|sa|ses|his|her|their|leur|my|mon|ma)\s+(?:[\p{L}-]+\s+)?(?:portable|mobile|cell|num[ée]ro|number|phone|t[ée]l[ée]phone|ligne directe|direct line|whatsapp)|perso|personnel|personal|private (?:number|mobile|phone))\b[^.!?\n\d]{0,12}$/iu,
)
// a line said to be a named person's: "Le WhatsApp de Maëlle pour les inscriptions : +33 6…", "Priya's mobile"
const NAMED_LINE = quick(
  /(?:[Ww]hats[Aa]pp|WA|Signal|[Pp]ortable|[Mm]obile|[Cc]ell|[Nn]um[ée]ro|[Nn]uméro perso|[Nn]umber|[Tt][ée]l[ée]phone|[Tt][ée]l|[Pp]hone|[Pp]erso)\s+(?:perso\s+|personnel\s+)?(?:de|d'|of)\s+\p{Lu}\p{Ll}[\p{L}'-]*|\p{Lu}\p{Ll}[\p{L}-]*'s\s+(?:personal\s+|private\s+|own\s+)?(?:number|mobile|cell|phone|whats[Aa]pp|WhatsApp)/u,
)
// a mobile, at home or abroad: FR 06/07, UK 07, BE 04, CH 075–079, DE 015–017
const MOBILE = quick(
  /^(?:(?:\+|00)\s?(?:33|44|32|41|49|39|34|353)\s?(?:\(0\)\s?)?[\s.-]?|0)(?:[67]|4[5-9]|1[5-7])/,
)
// a line named for a place of business earlier in its sentence: "Notre boutique de Genève… tél. +41 22…"
const BUSINESS_SENTENCE = quick(
  /\b(?:notre|nos|our|la|le|the)\s+(?:[\p{Lu}][\p{L}-]+\s+)?(?:boutique|magasin|agence|store|shop|branch|office|bureau|h[ôo]tel|restaurant|mairie|cabinet|clinique|clinic|showroom|atelier|si[èe]ge)\b/iu,
)
const isOwnLine = (text: string, start: number, end = start) => {
  const near = text.slice(Math.max(0, start - 40), start)
  if (SOMEONES_LINE.test(near) || NAMED_LINE.test(text.slice(Math.max(0, start - 70), start))) return false
  if (OWN_LINE_AFTER.test(text.slice(end, end + 40))) return true
  const before = text.slice(Math.max(0, start - 45), start)
  if (OWN_LINE.test(before)) return true
  // a press contact or the organisation's own mailbox in the same sentence
  const sentenceStart = Math.max(
    text.lastIndexOf('\n', start),
    ...['.', '!', '?'].map((c) => text.lastIndexOf(`${c} `, start)),
  )
  const sentence = text.slice(Math.max(0, sentenceStart, start - 160), start)
  if (PRESS_CONTACT.test(sentence)) return true
  if (!MOBILE.test(text.slice(start, end))) {
    // the sentence up to the number, a full stop only ending it before a capital ("tél. +41…" does not)
    const window = text.slice(Math.max(0, start - 160), start)
    const ends = [...window.matchAll(/[.!?]\s+(?=\p{Lu})|\n/gu)]
    const from = ends.length > 0 ? ends.at(-1)!.index + ends.at(-1)![0].length : 0
    if (BUSINESS_SENTENCE.test(window.slice(from))) return true
  }
  for (const m of sentence.matchAll(EMAIL))
    if (ROLE_MAILBOX.test(m[0].slice(0, m[0].indexOf('@')))) return true
  return false
}

const digitCount = (s: string) => s.replace(/\D/g, '').length

// a number given to the reader to call, with nobody named: "En cas de doute, appelez le 01 99 00 32 00"
const CALL_THIS = quick(
  /\b(?:appelez(?:[- ]le)?|composez(?:[- ]le)?|contactez(?:[- ]le)?|call|ring|dial|phone)\s+(?:le\s+|on\s+|at\s+)?$/iu,
)
const isServiceCall = (text: string, start: number, number: string) =>
  !/^(?:\+33\s?|0)[67]|^07/.test(number) && CALL_THIS.test(text.slice(Math.max(0, start - 25), start))

// a number spelled out in words: "zéro six, trente-neuf, quatre-vingt-dix-huit…", "oh seven seven double oh…"
const NUMBER_WORDS = new Set(
  (
    'zero un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize vingt trente ' +
    'quarante cinquante soixante cent et one two three four five six seven eight nine ten eleven twelve thirteen ' +
    'fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety ' +
    'hundred oh double triple nought'
  ).split(' '),
)
const SPELLED_START = quick(
  /\b(?:z[ée]ro|zero|oh|nought)[\s,-]+(?:six|sept|seven|six|un|one|deux|two|trois|three|neuf|nine|cinq|five|quatre|four)\b/giu,
)
// or any number word right after a phone word: "his cell: five five five, oh one four eight", "appelez mon perso : six
// trente-neuf quatre-vingt-dix-huit…"
const CUED_START = quick(
  /\b(?:cell|mobile|portable|(?:mon|son|ton|le|his|her|my) perso|phone|num[ée]ro|number|t[ée]l[ée]phone)\b[^\n.!?]{0,50}?[:\s]\s*(?=(?:z[ée]ro|zero|oh|one|two|three|four|five|six|seven|eight|nine|un|deux|trois|quatre|cinq|sept|huit|neuf)\b)/giu,
)
const SPELLED_CUE = quick(new RegExp(CUED_START.source, 'iu'))
const findSpelledPhones = (text: string): { start: number; end: number }[] => {
  const out: { start: number; end: number }[] = []
  const starts = [
    ...[...text.matchAll(SPELLED_START)].map((m) => m.index),
    ...[...text.matchAll(CUED_START)].map((m) => m.index + m[0].length),
  ]
  for (const index of new Set(starts)) {
    const m = { index }
    if (out.some((o) => o.start <= index && index < o.end)) continue
    const rest = text.slice(m.index)
    let count = 0
    let end = m.index
    for (const w of rest.matchAll(/[\p{L}]+|[^\p{L}]+/gu)) {
      const word = w[0]
      if (/\p{L}/u.test(word)) {
        const folded = word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '')
        if (!NUMBER_WORDS.has(folded)) break
        count++
        end = m.index + w.index + word.length
      } else if (/^[\s,.-]*\d[\d\s,.-]*$/u.test(word)) {
        // digits among the words: "zéro six 39 98 71 05"
        count += word.replace(/\D/g, '').length
        end = m.index + w.index + word.trimEnd().replace(/[\s,.-]+$/u, '').length
      } else if (!/^[\s,.-]{1,3}$/u.test(word)) break
    }
    if (count >= 7) out.push({ start: m.index, end })
  }
  return out
}

// an address written to dodge robots: jean [at] mail [dot] com, jean(at)mail.com, jean arobase mail point fr
const PART = '[\\p{L}\\p{N}_%+-]+'
const BRACKETED_AT = '\\s*[\\[({<]\\s*(?:at|@|arobase|chez)\\s*[\\])}>]\\s*'
// "chez" only before a webmail's name: "julien point morel chez gmail point com"
const SPOKEN_AT =
  '\\s+(?:at|arobase|chez(?=\\s+(?:gmail|hotmail|yahoo|outlook|orange|free|laposte|sfr|wanadoo|icloud|proton\\w*|live|aol|bbox|gmx|mailo)\\b))\\s+'
const BRACKETED_DOT = '\\s*[\\[({<]\\s*(?:dot|point|\\.)\\s*[\\])}>]\\s*'
const SPOKEN_DOT = '\\s+(?:dot|point)\\s+'
const ANY_DOT = `(?:${BRACKETED_DOT}|${SPOKEN_DOT}|\\.)`
const TLD = '\\p{L}{2,6}(?![\\p{L}\\p{N}])'
// spoken, the last part may be a longer name: "mailo point example"
const SPOKEN_TLD = '\\p{L}{2,10}(?![\\p{L}\\p{N}])'
// "[at]" may come with real dots; a spoken "at" only with a spoken or bracketed dot ("sign up at example.com" is not one)
const OBFUSCATED_EMAIL = quick(
  new RegExp(
    [
      `${PART}(?:${ANY_DOT}${PART})*(?:${BRACKETED_AT})${PART}(?:${ANY_DOT}${PART})*${ANY_DOT}${TLD}`,
      `${PART}(?:${ANY_DOT}${PART})*(?:${SPOKEN_AT}|@)${PART}(?:${ANY_DOT}${PART})*(?:${BRACKETED_DOT}|${SPOKEN_DOT})${SPOKEN_TLD}`,
    ].join('|'),
    'giu',
  ),
)

// a cheap test first: no bracketed "at" and no spoken dot, no disguised address
const MAY_HIDE_EMAIL = quick(/[[({<]\s*(?:at|@|arobase|chez)\s*[\])}>]|\b(?:dot|point)\b/iu)

/** Personal e-mail addresses (not an organisation's contact mailbox), also written as "name [at] domain [dot] com". */
export const findEmails = (text: string): Finding[] => {
  const found: Finding[] = []
  const add = (start: number, address: string) => {
    const local = address.split(/\s*[[({<]?\s*(?:@|\bat\b|\barobase\b|\bchez\b)/iu)[0]!.trim()
    if (ROLE_MAILBOX.test(local.replace(/\s*[[({<]?\s*(?:dot|point)\s*[\])}>]?\s*/giu, '.'))) return
    const end = start + address.length
    if (found.some((f) => f.start < end && start < f.end)) return
    found.push({ kind: 'personal_data', rule: 'email', start, end, severity: 'high' })
  }
  if (text.includes('@'))
    // a press officer's address under "Contact presse :" is published to be used
    for (const m of text.matchAll(EMAIL))
      if (!PRESS_CONTACT.test(text.slice(Math.max(0, m.index - 80), m.index))) add(m.index, m[0])
  if (MAY_HIDE_EMAIL.test(text)) for (const m of text.matchAll(OBFUSCATED_EMAIL)) add(m.index, m[0])
  return found
}

/**
 * Phone numbers: French mobiles and landlines, international and North American numbers. Service numbers
 * (08…, 1-800…) and numbers the draft gives as the organisation's own ("appelez-nous au…") are not personal.
 */
export const findPhones = (text: string): Finding[] => {
  const found: Finding[] = []
  const add = (start: number, end: number, severity: Finding['severity']) => {
    if (isOwnLine(text, start, end) || isServiceCall(text, start, text.slice(start, end))) return
    if (!found.some((f) => f.start < end && start < f.end))
      found.push({ kind: 'personal_data', rule: 'phone', start, end, severity })
  }
  for (const m of text.matchAll(FRENCH_PHONE)) {
    if (m[1] === '8') continue
    add(m.index, m.index + m[0].length, m[1] === '6' || m[1] === '7' ? 'high' : 'medium')
  }
  for (const m of text.matchAll(INTERNATIONAL_PHONE)) {
    const digits = digitCount(m[0])
    if (digits >= 8 && digits <= 15) add(m.index, m.index + m[0].length, 'medium')
  }
  for (const m of text.matchAll(UK_PHONE))
    if (!/^0[38]/.test(m[0])) add(m.index, m.index + m[0].length, m[0].startsWith('07') ? 'high' : 'medium')
  for (const m of text.matchAll(NORTH_AMERICAN_PHONE)) add(m.index, m.index + m[0].length, 'medium')
  for (const m of text.matchAll(EUROPEAN_PHONE))
    add(m.index, m.index + m[0].length, MOBILE.test(m[0]) ? 'high' : 'medium')
  for (const m of text.matchAll(LABELLED_NUMBER)) {
    const number = m[1]!
    // service lines: 0 800…, 1-800…, UK 03…, European helplines 116 xxx
    if (/^0[\s.-]?[38]|^1[\s.-]?8[0-9]{2}|^116[\s.-]?\d{3}$/.test(number)) continue
    const start = m.index + m[0].length - number.length
    add(start, start + number.length, 'medium')
  }
  if (/\b(?:z[ée]ro|zero|oh|nought)\b/iu.test(text) || SPELLED_CUE.test(text))
    for (const p of findSpelledPhones(text)) add(p.start, p.end, 'high')
  return found
}

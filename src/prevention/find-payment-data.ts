import type { Finding } from './finding.ts'
import { quick } from './quick-pattern.ts'

// two letters, two check digits, then 11 to 30 letters or digits, in groups of four or not
// (any case: "fr76 3000…" typed in a hurry is the same account; spaces, dots or dashes between groups)
const IBAN = quick(/\b[A-Z]{2}\d{2}(?:[ .-]?[A-Z0-9]{4}){2,7}(?:[ .-]?[A-Z0-9]{1,4})?\b/gi)
// 15 or 16 digits (Amex, then Visa, Mastercard, CB…), in groups (4-4-4-4, 4-6-5) or not: an EAN-13 barcode
// or a 14-digit SIRET is never read as one
const CARD = quick(/(?<!\d)\d(?:[ -]?\d){14,15}(?!\d)/g)
// a number labelled as something else: an order, a parcel, a product code
const OTHER_NUMBER = quick(
  /\b(ean|gtin|lot|code[- ]barres?|barcode|r[ée]f[ée]rence|ref|commande|order|suivi|tracking|colis|parcel|siret|siren|tva|vat|facture|invoice|dossier|ticket)\b/i,
)
// a number labelled as an account or card number is reported even when its checksum is wrong (a typo)
const IBAN_LABEL = quick(/\b(iban|rib|bic|compte|account|virement|transfer)\b/i)
const CARD_LABEL = quick(/\b(carte|card|cb|visa|mastercard|amex|credit|crédit|débit|debit)\b/i)

/** The ISO 13616 check: the IBAN, its first four characters moved to the end, letters as 10–35, mod 97 = 1. */
export const isValidIban = (iban: string): boolean => {
  const compact = iban.replace(/[\s.-]/g, '').toUpperCase()
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(compact)) return false
  const moved = compact.slice(4) + compact.slice(0, 4)
  let rest = 0
  for (const c of moved) {
    const value = c >= 'A' ? c.charCodeAt(0) - 55 : Number(c)
    rest = (rest * (value >= 10 ? 100 : 10) + value) % 97
  }
  return rest === 1
}

/** The Luhn check of card numbers: every second digit from the right doubled, the sum a multiple of 10. */
export const passesLuhn = (digits: string): boolean => {
  let sum = 0
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i])
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2
    sum += d
  }
  return digits.length > 0 && sum % 10 === 0
}

const labelled = (text: string, start: number, label: RegExp) =>
  label.test(text.slice(Math.max(0, start - 40), start))

/** IBANs (checksum valid, or labelled as one) and card numbers (Luhn valid, or labelled as one). */
export const findPaymentData = (text: string): Finding[] => {
  const found: Finding[] = []
  for (const match of text.matchAll(IBAN)) {
    // read without case, the pattern may run on into the next word ("…7034 merci"): drop trailing groups
    // until the check digits hold, or keep the whole match
    let candidate = match[0]
    while (!isValidIban(candidate) && /[ .-]/.test(candidate)) {
      const shorter = candidate.replace(/[ .-][A-Za-z0-9]*$/, '')
      if (shorter.replace(/[ .-]/g, '').length < 15) break
      candidate = shorter
    }
    const m = { index: match.index, 0: isValidIban(candidate) ? candidate : match[0] }
    const valid = isValidIban(m[0])
    if (!valid && !labelled(text, m.index, IBAN_LABEL)) continue
    const end = m.index + m[0].length
    found.push({
      kind: 'personal_data',
      rule: 'iban',
      start: m.index,
      end,
      severity: valid ? 'high' : 'medium',
    })
  }
  for (const m of text.matchAll(CARD)) {
    if (found.some((f) => f.start <= m.index && m.index < f.end)) continue
    if (labelled(text, m.index, OTHER_NUMBER)) continue
    const valid = passesLuhn(m[0].replace(/\D/g, ''))
    if (!valid && !labelled(text, m.index, CARD_LABEL)) continue
    const end = m.index + m[0].length
    found.push({
      kind: 'personal_data',
      rule: 'card',
      start: m.index,
      end,
      severity: valid ? 'high' : 'medium',
    })
  }
  return found
}

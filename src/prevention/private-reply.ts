import type { Finding } from './finding.ts'
import { quick } from './quick-pattern.ts'

/**
 * A reply sent in private to the person who complained: network `private_reply`, audience `private_reply`
 * (a direct message on any network), or audience `complainant` with no network named. A reply to the
 * complainant on a public network (a reply on X) is public: their data echoed there is exposed to everyone.
 */
export const isPrivateReply = (draft: { network?: string; audience?: string }): boolean =>
  isDirectMessage(draft) || (draft.audience === 'complainant' && draft.network === undefined)

/** A message only its recipient reads: the private-reply network, or a private audience on any network. */
const isDirectMessage = (draft: { network?: string; audience?: string }): boolean =>
  draft.network === 'private_reply' || draft.audience === 'private_reply'

// what a customer gave us and may get back in private: their own contact details and what they told us
const SPARED = new Set<Finding['rule']>(['email', 'phone', 'address', 'sensitive_data', 'birth_date'])
// their bank account, to confirm where a refund goes, only in a private message (a reply on X is public)
const SPARED_IN_PRIVATE = new Set<Finding['rule']>([...SPARED, 'iban'])

// someone else than the person we answer: "another customer", "le client précédent", "Ms Alicia Romero"
const OTHER_PERSON = quick(
  /\b(?:(?:an?|the|l'|un|une|le|la|les)\s*(?:other|another|previous|autre|précédente?|dernier|dernière)\s+(?:customers?|clients?|clientes?|passengers?|passag(?:er|ère)s?|travell?ers?|voyageu(?:r|se)s?|persons?|people|personnes?|guests?|usag(?:er|ère)s?|abonn[ée]e?s?|members?|membres?|users?|utilisat(?:eur|rice)s?)|(?:customers?|clients?|clientes?|passengers?|passag(?:er|ère)s?|persons?|personnes?|guests?)\s+(?:précédente?|before you|ahead of you|involved|concern[ée]e?|d'à côté|next to you)|(?:M\.|Mme|Mlle|Mr\.?|Mrs\.?|Ms\.?|Miss|Monsieur|Madame)\s+\p{Lu}[\p{L}'-]+\s+\p{Lu}[\p{L}'-]+|\b(?:votre|vos|your|le|la|the|au|du)\s+(?:[\p{L}-]+\s+){0,2}(?:voisine?s?|neighbou?rs?|destinataires?|recipients?|exp[ée]dit(?:eur|rice)s?|senders?|propri[ée]taires?|landlords?|owners?)\b|\b(?:his|her|son|sa)\s+(?:personal\s+|private\s+|own\s+)?(?:cell|mobile|portable|number|num[ée]ro|phone|e-?mail|address|adresse)\b|\b(?:our|notre)\s+(?:usual\s+|habituel(?:le)?\s+)?(?:agent|adviser|advisor|conseill[èe]re?|colleague|coll[èe]gue|technician|technicien(?:ne)?|driver|livreur)\s+\p{Lu})/u,
)
// the owner named right after the number: "sur le compte FR14 … de M. Gaudin au lieu du vôtre"
const OWNER_AFTER = quick(
  /^[\s,)]{0,3}(?:de|du|d'|of|belonging to|appartenant [àa])\s+(?:M\.|Mme|Mlle|Mr\.?|Mrs\.?|Ms\.?|Monsieur|Madame|\p{Lu}[\p{L}'-]+\s+\p{Lu})/u,
)
const GREETING = quick(/^\s*(?:bonjour|bonsoir|hello|hi|hey|dear|cher|chère)\b[^,!.\n]{0,40}[,!.\n]/iu)

/** True when the words just before a finding tie it to someone else than the person we answer. */
const aboutSomeoneElse = (text: string, f: Finding): boolean => {
  const skip = GREETING.exec(text)?.[0].length ?? 0
  const before = text.slice(Math.max(skip, f.start - 120), f.start)
  return OTHER_PERSON.test(before) || OWNER_AFTER.test(text.slice(f.end, f.end + 40))
}

/**
 * In a private reply to the complainant, their own contact details and what they told us are not flagged:
 * sending them back to confirm is part of helping, their IBAN too in a private message (where the refund
 * goes). Someone else's
 * are (another customer, a named third party). A card number stays flagged, lowered to medium: it is never
 * written in full, even in private (mask all but the last digits).
 */
export const spareComplainantData = (
  findings: readonly Finding[],
  text: string,
  draft: { network?: string; audience?: string },
): Finding[] => {
  const spared = isDirectMessage(draft) ? SPARED_IN_PRIVATE : SPARED
  return findings
    .filter((f) => !spared.has(f.rule) || aboutSomeoneElse(text, f))
    .map((f) => (f.severity === 'high' && !spared.has(f.rule) ? { ...f, severity: 'medium' as const } : f))
}

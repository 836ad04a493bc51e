import type { Finding } from './finding.ts'
import { quick } from './quick-pattern.ts'

const FRENCH_ADDRESS = quick(
  /\b\d{1,4}(?:\s?(?:bis|ter))?,?\s+(?:rue|avenue|av\.|bd\.|boulevard|bd|place|chemin|all[ée]e|impasse|quai|route|cours|square|passage|r[ée]sidence|lotissement|villa|hameau)(?![\p{L}])[^,.\n\d]{2,40}(?:,?\s*\d{5}(?:\s+\p{Lu}[\p{L}'-]+)*)?/giu,
)
const ENGLISH_ADDRESS = quick(
  /\b\d{1,5}\s+(?:\p{Lu}[\p{L}'-]*\s+){1,3}(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Lane|Ln\.?|Drive|Dr\.?|Boulevard|Blvd\.?|Court|Ct\.?|Way|Place|Terrace|Close|Crescent|Gardens)\b(?:,?\s+(?:Apt|Flat|Unit)\.?\s*\w+)?/gu,
)

// an address is a person's when the draft says so (lives, home, the customer); a shop's or an event's is public
const PERSON_CUE = quick(
  /\b(habite|habitent|habitait|domicile|domicili[ée]|vit au|vit à|chez (?:lui|elle|eux)|son adresse|leur adresse|sa maison|appartement|lives|living at|live at|home|house|housewarming|moving day|new place|founder|fondat(?:eur|rice)|cr[ée]maill[èe]re|his address|her address|their address|apartment|flat|voisin|voisine|neighbou?r|client|cliente|customer|employ[ée]e?|salari[ée]e?|coll[èe]gue|colleague|M\.|Mme|Mr\.?|Mrs\.?|Ms\.?)(?![\p{L}])/iu,
)
const BUSINESS_CUE = quick(
  /\b(magasin|boutique|store|shop|agence|restaurant|showroom|si[èe]ge|bureaux|office|usine|entrep[ôo]t|point de vente|retrouvez|rendez-vous|venez|come|visit|join us|ouverture|ouvre|opening|opens|[ée]v[èé]nement|event|salon|stand|atelier|workshop|caf[ée]|h[ôo]tel|mus[ée]e|museum|gallery|galerie|concert|march[ée]|market|hall|centre|center|branches|drop-off|point de collecte|salle|mairie|town hall)(?![\p{L}])/iu,
)

// where someone lives, told in prose without a house number: "lives above the chippy on Mill Lane",
// "habite la cité des Peupliers", "vit rue des Lilas"
const LIVES_AT = quick(
  /\b(?:lives?|living|habite|habitent|vit|r[ée]side|demeure)\b[^.!?\n]{0,40}?(?:\b(?:rue|route|avenue|boulevard|impasse|all[ée]e|chemin|cit[ée]|r[ée]sidence|lotissement|quartier)\s+(?:de la |des |du |de l'|d'|de )?\p{Lu}[\p{L}'-]+|\p{Lu}[\p{L}'-]+\s+(?:Street|Road|Lane|Avenue|Drive|Close|Crescent|Gardens|Terrace|Estate|Way))/gu,
)

// an address right after a person's name: "our raffle winner is Jessica Tran of 88 Kingsway Ave"; not "retrouvez-nous
// au 12 rue de la Paix", nor a venue and its address after a comma ("Harbour Books, 12 High Street")
const OF_SOMEONE = quick(/\p{Lu}\p{Ll}+\s+\p{Lu}[\p{L}'-]+\s+(?:of|from)\s+$/u)

/** Postal addresses of a person: a street address in a draft that ties it to someone rather than a shop. */
export const findAddresses = (text: string): Finding[] => {
  const matches = [...text.matchAll(FRENCH_ADDRESS), ...text.matchAll(ENGLISH_ADDRESS)]
  if (matches.length === 0) {
    const prose = [...text.matchAll(LIVES_AT)]
    return prose.map((m) => ({
      kind: 'personal_data' as const,
      rule: 'address' as const,
      start: m.index,
      end: m.index + m[0].length,
      severity: 'high' as const,
    }))
  }
  const named = matches.some((m) => OF_SOMEONE.test(text.slice(Math.max(0, m.index - 40), m.index)))
  if (!named && !PERSON_CUE.test(text) && BUSINESS_CUE.test(text)) return []
  return matches.map((m) => ({
    kind: 'personal_data' as const,
    rule: 'address' as const,
    start: m.index,
    end: m.index + m[0].trimEnd().length,
    severity: 'high' as const,
  }))
}

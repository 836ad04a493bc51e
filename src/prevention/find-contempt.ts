import type { Finding } from './finding.ts'
import { quick } from './quick-pattern.ts'
import { foldedSet, type Token } from './text-tokens.ts'

// people a brand laughs at when it should not: its customers, guests, callers, reviewers, a population
const LAUGHED_AT = foldedSet([
  'client',
  'clients',
  'cliente',
  'clientes',
  'customer',
  'customers',
  'guest',
  'guests',
  'passenger',
  'passengers',
  'passager',
  'passagers',
  'passagère',
  'voyageur',
  'voyageurs',
  'visitor',
  'visitors',
  'visiteurs',
  'caller',
  'callers',
  'reviewer',
  'reviewers',
  'review',
  'reviews',
  'avis',
  'shopper',
  'shoppers',
  'user',
  'users',
  'utilisateur',
  'utilisateurs',
  'abonné',
  'abonnés',
  'usager',
  'usagers',
  'fans',
  'supporters',
  'résidents',
  'residents',
  'habitants',
  'locals',
  'tourists',
  'touristes',
  'questions',
  'concurrent',
  'concurrents',
  'competitor',
  'competitors',
  'migrants',
  'immigrés',
  'réfugiés',
  'refugees',
  'foreigners',
  'étrangers',
  'boomers',
  'seniors',
  'retraités',
  'pensioners',
  'millennials',
  // a generation, a trade or a region laughed at (sixth round)
  'millennial',
  'millennials',
  'boomer',
  'boomers',
  'quadras',
  'quinquas',
  'les vieux',
  'profs',
  'lawyers',
  'avocats',
  'randonneurs',
  'influenceur',
  'influenceuse',
  'influencer',
  'critic',
  'applicants',
  'interns',
  'stagiaires',
  'belge',
  'belges',
  'marseillais',
  'texan',
  'scouser',
  'geordie',
  'canadians',
  'sweetie',
  'darling',
  // one person or a group laughed at: "the guy who…", "la dame qui…", "Parisiens en vacances"
  'guy',
  'bloke',
  'lady',
  'gars',
  'mec',
  'mecs',
  'dame',
  'zoomers',
  'boomer',
  'parisiens',
  'parisiennes',
  'londoners',
  'provinciaux',
  'ados',
  'teenagers',
])
// a competitor named without its name, the way a jab is written: "some networks", "un certain concurrent"
const VEILED_RIVAL = quick(
  /\b(?:(?:while|pendant que)\s+(?:some|certain(?:e)?s)|some|a certain|certain(?:e)?s|un certain|une certaine)\s+(?:[\p{L}-]+\s+){0,2}?(?:networks?|operators?|op[ée]rateurs?|banks?|banques?|airlines?|compagnies|rivals?|rivaux|concurrents?|competitors?|brands?|marques|supermarch[ée]s|supermarkets|apps|applis|enseignes)\b/iu,
)
// not 😅 or 🙈 (laughing at oneself) nor 👀 (a teaser)
const LAUGHING = new Set(['😂', '🤣', '😆', '😹', '🙃', '🐌', '🤭', '🥴', '💀', '😭'])

// "you're a 🤡": the emoji is the insult; "our customers on Monday 🤡": it mocks them
const CLOWN_AS_NAME = quick(
  /(?:you(?:'re| are)|ur|u r|t'es|tu es|vous [êe]tes|what|such|quel(?:le)?s?|bande de|bunch of)\s+[^.!?\n]{0,25}🤡/iu,
)

// the request judged rather than answered: "your request is frankly moronic", "votre demande est ridicule"
const JUDGED_REQUEST = quick(
  /\b(?:your|votre|ta|ton|vos|tes)\s+(?:request|question|complaint|message|e-?mail|demand|claim|comment|review|demande|question|r[ée]clamation|remarque|commentaire|avis|requ[êe]te)s?\s+(?:is|was|are|est|était|sont)\s+(?:frankly|franchement|vraiment|really|totally|complètement|tout simplement|simply|just|juste|d'une?)?\s*(?:moronic|idiotic|stupid|dumb|ridiculous|absurd|laughable|pathetic|nonsense|insane|ridicule|absurde|stupide|d[ée]bile|grotesque|risible|irrecevable|pathétique|idiote|connerie|b[êe]tise)/iu,
)

// three words or more in capitals: shouting a rule at the reader ("NO REFUNDS ON SALE ITEMS"), not a
// headline or a sale ("SOLDES D'HIVER", "NEW COLLECTION OUT NOW")
const SHOUTED_RULE = quick(
  /\b(?:NO|NOT|NEVER|ONLY|DON'T|DO NOT|CAN'T|CANNOT|MUST|READ|STOP|PAS|JAMAIS|AUCUN|AUCUNE|UNIQUEMENT|SEULEMENT|D[ÉE]J[ÀA]|LISEZ|ARR[ÊE]TEZ|INTERDIT|OBLIGATOIRE)\b/u,
)
const SHOUT = quick(/(?<![\p{L}])(?:\p{Lu}[\p{Lu}'’-]*[\s,.:;!?-]+){2,}\p{Lu}[\p{Lu}'’-]+(?![\p{Ll}])/gu)

/**
 * Contempt without an abusive word: laughing at customers, guests or a population (a laughing emoji in a
 * draft about them), a request judged rather than answered, shouting at the reader, the clown emoji.
 */
export const findContempt = (text: string, tokens: readonly Token[], addressed: boolean): Finding[] => {
  const found: Finding[] = []
  const people = tokens.find((t) => LAUGHED_AT.has(t.norm))
  const laugh = tokens.find((t) => LAUGHING.has(t.norm))
  if (people && laugh)
    found.push({
      kind: 'mockery',
      rule: 'mockery',
      start: laugh.start,
      end: laugh.end,
      severity: 'medium',
      term: laugh.norm,
    })
  for (const t of tokens) {
    if (t.norm !== '🤡') continue
    const before = text.slice(Math.max(0, t.start - 40), t.end)
    if (CLOWN_AS_NAME.test(before))
      found.push({
        kind: 'insult',
        rule: 'insult',
        start: t.start,
        end: t.end,
        severity: 'medium',
        term: '🤡',
      })
    else if (addressed || people)
      found.push({
        kind: 'mockery',
        rule: 'mockery',
        start: t.start,
        end: t.end,
        severity: 'medium',
        term: '🤡',
      })
  }
  const rival = VEILED_RIVAL.exec(text)
  if (rival)
    found.push({
      kind: 'mockery',
      rule: 'mockery',
      start: rival.index,
      end: rival.index + rival[0].length,
      severity: 'medium',
      term: rival[0],
    })
  const judged = JUDGED_REQUEST.exec(text)
  if (judged)
    found.push({
      kind: 'aggressive_tone',
      rule: 'aggressive_tone',
      start: judged.index,
      end: judged.index + judged[0].length,
      severity: 'high',
      term: judged[0],
    })
  if (addressed)
    for (const m of text.matchAll(SHOUT)) {
      const letters = m[0].replace(/[^\p{L}]/gu, '').length
      // a heading ("PRODUCT RECALL —", "DRAFT — NOT FOR DISTRIBUTION") is not shouting at anyone
      if (letters < 12 || !/\p{Ll}/u.test(text.slice(0, m.index)) || !SHOUTED_RULE.test(m[0])) continue
      found.push({
        kind: 'aggressive_tone',
        rule: 'aggressive_tone',
        start: m.index,
        end: m.index + m[0].trimEnd().length,
        severity: 'medium',
        term: m[0].trim(),
      })
    }
  return found
}

/** Generated, seeded brand queries and FR/EN posts for the query-matcher benchmark. */
import type { BrandQuery } from '../src/core/index.ts'

// the simulator's seeded generator: one implementation for every generated corpus
export { createRandom, type Random } from '../src/simulation/index.ts'

import type { Random } from '../src/simulation/index.ts'

const SYLLABLES = ['ba', 'lo', 'ri', 've', 'ta', 'mi', 'no', 'ké', 'dra', 'zu', 'po', 'lé', 'xa', 'fi', 'gor']
const MORE = ['tel', 'sys', 'net', 'via', 'cor', 'mé', 'rin', 'sto', 'val', 'quo', 'bri', 'dé', 'sa', 'ul']
const PRODUCT_SUFFIX = ['box', 'phone', 'pay', 'max', 'go', 'plus', 'tv', 'cloud', 'one', 'pro']
const ISSUES = ['panne', 'bug', 'remboursement', 'arnaque', 'outage', 'refund', 'scam', '"service client"']
const FR =
  'le la les un une des et est pas pour avec sur dans mon ma mes ce cette très vraiment encore toujours déjà jamais depuis hier aujourd’hui merci bonjour nouveau prix offre client magasin commande livraison fruit jus recette match football été vacances travail équipe réseau internet appel attente heure semaine'.split(
    ' ',
  )
const EN =
  'the a an and is not for with on in my this that very really still always already never since yesterday today thanks hello new price deal customer store order delivery fruit juice recipe match football summer holiday work team network internet call waiting hour week'.split(
    ' ',
  )

interface Brand {
  name: string
  handle: string
  products: string[]
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1)
const stripAccents = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '')

const createBrands = (random: Random, count: number): Brand[] => {
  const seen = new Set<string>()
  const brands: Brand[] = []
  while (brands.length < count) {
    const name =
      random.pick(SYLLABLES) + random.pick(MORE) + (random.chance(0.5) ? random.pick(SYLLABLES) : '')
    if (seen.has(stripAccents(name))) continue
    seen.add(stripAccents(name))
    const products = [0, 1, 2].map(() => name.slice(0, 3) + random.pick(PRODUCT_SUFFIX))
    brands.push({ name: capitalise(name), handle: `${stripAccents(name)}_fr`, products })
  }
  return brands
}

/** 2–5 ways to name the brand: name, tag, mention, products, phrase, wildcards. */
const brandTerms = (random: Random, b: Brand): string[] => {
  const [p1, p2] = b.products as [string, string]
  const options = [b.name, `#${stripAccents(b.name)}`, `@${b.handle}`, p1, p2, `"${b.name} ${p1}"`]
  options.push(`${stripAccents(b.name).slice(0, 4)}*`, `${p2.slice(0, -1)}*`)
  const terms = options.filter(() => random.chance(0.45))
  return terms.length > 0 ? terms : [b.name]
}

const createQuery = (random: Random, b: Brand): string => {
  const core = `(${brandTerms(random, b).join(' OR ')})`
  const issues = `(${ISSUES.filter(() => random.chance(0.4)).join(' OR ') || 'panne'})`
  const parts = [core]
  const shape = random.next()
  if (shape < 0.15) parts[0] = `${core} NEAR/5 ${issues}`
  else if (shape < 0.45) parts.push(issues)
  if (random.chance(0.5)) parts.push(`NOT (${[1, 2, 3].map(() => random.pick([...FR, ...EN])).join(' OR ')})`)
  if (random.chance(0.15)) parts.push(random.pick(['lang:fr', 'lang:en']))
  if (random.chance(0.1)) parts.push(`-from:${b.handle}`)
  return parts.join(' ')
}

export const createQueryGenerator =
  (random: Random) =>
  (count: number): (BrandQuery & { brandInfo: Brand })[] =>
    createBrands(random, count).map((b, i) => ({
      id: `q${i}`,
      workspaceId: `w${i % 20}`,
      brand: b.name,
      query: createQuery(random, b),
      owned: [b.handle],
      brandInfo: b,
    }))

/** How a post names a brand: accents dropped, upper case, tagged, elided… */
const mentionOf = (random: Random, b: Brand, lang: string): string => {
  const forms = [b.name, stripAccents(b.name).toUpperCase(), `#${b.name}`, `@${b.handle}`, ...b.products]
  if (lang === 'fr') forms.push(`l’${b.name}`, `d'${b.products[0]}`)
  return random.pick(forms)
}

export const createPostGenerator =
  (random: Random, queries: readonly { brandInfo: Brand }[]) =>
  (count: number): { text: string; lang: string; author: { handle: string } }[] =>
    Array.from({ length: count }, (_, i) => {
      const lang = random.chance(0.5) ? 'fr' : 'en'
      const words = Array.from({ length: 8 + Math.floor(random.next() * 28) }, () =>
        random.pick(lang === 'fr' ? FR : EN),
      )
      const at = () => Math.floor(random.next() * words.length)
      if (random.chance(0.35)) words.splice(at(), 0, mentionOf(random, random.pick(queries).brandInfo, lang))
      if (random.chance(0.3)) words.splice(at(), 0, random.pick(ISSUES).replaceAll('"', ''))
      if (random.chance(0.1)) words[0] = capitalise(words[0] ?? '')
      return {
        text: `${words.join(' ')}${random.pick(['.', ' !', ' ?', ''])}`,
        lang,
        author: { handle: `user${i % 5000}` },
      }
    })

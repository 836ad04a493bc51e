import { foldedSet, type Token } from './text-tokens.ts'

// someone the sentence speaks to or about: the reader, customers, a competitor
export const TARGETS = foldedSet([
  'vous',
  'votre',
  'vos',
  'toi',
  'tu',
  'te',
  'ton',
  'ta',
  'tes',
  'you',
  'your',
  'youre',
  'u',
  'ur',
  'yourself',
  'client',
  'clients',
  'cliente',
  'clientes',
  'customer',
  'customers',
  'concurrent',
  'concurrents',
  'concurrence',
  'competitor',
  'competitors',
  'competition',
  'rival',
  'rivals',
  'ils',
  'they',
  'them',
  'eux',
  'people',
  'gens',
  'ceux',
  'celles',
  'those',
])

/** True when the draft speaks to or about someone: the reader, customers, a competitor, an @handle. */
export const addressesSomeone = (text: string, tokens: readonly Token[]): boolean =>
  tokens.some((t) => TARGETS.has(t.norm)) || /@[\p{L}\p{N}_]/u.test(text)

import type { Lang } from '../core/index.ts'
import type { Finding } from './finding.ts'
import { ABUSE_EMOJI } from './lexicons/abuse-emoji.ts'
import { ABUSE_EN } from './lexicons/abuse-en.ts'
import { ABUSE_FR } from './lexicons/abuse-fr.ts'
import type { AbuseGroup } from './lexicons/abuse-group.ts'
import { createPhraseMatcher, type PhraseMatcher } from './phrase-matcher.ts'
import { quick } from './quick-pattern.ts'
import { TARGETS } from './targets.ts'
import { foldedSet, type Token } from './text-tokens.ts'

export const ABUSE_GROUPS: readonly AbuseGroup[] = [...ABUSE_FR, ...ABUSE_EN, ...ABUSE_EMOJI]

let matcher: PhraseMatcher<AbuseGroup> | undefined
/** The abuse lexicons compiled once. */
export const abuseMatcher = (): PhraseMatcher<AbuseGroup> => {
  matcher ??= createPhraseMatcher(
    ABUSE_GROUPS.flatMap((g) => g.phrases.map((text) => ({ text, data: g }))),
    {
      masks: true,
    },
  )
  return matcher
}

const NEGATORS = foldedSet(['pas', 'jamais', 'plus', 'not', 'never', 'no', 'ni', 'nor'])

const isNegated = (tokens: readonly Token[], at: number): boolean => {
  for (let k = Math.max(0, at - 3); k < at; k++) {
    const norm = tokens[k]!.norm
    if (NEGATORS.has(norm)) return true
    // English n't: "isn't" is tokenised as isn + t
    if (norm === 't' && k > 0 && tokens[k - 1]!.norm.endsWith('n')) return true
  }
  return false
}

// a word that is part of a proper name: "rue Le Bastard", "Saint-Con": capitalised after a street word or particle
const NAME_LEADS = foldedSet([
  'rue',
  'avenue',
  'av',
  'boulevard',
  'bd',
  'place',
  'impasse',
  'allée',
  'chemin',
  'quai',
  'route',
  'street',
  'st',
  'road',
  'lane',
  'saint',
  'sainte',
  'le',
  'la',
  'les',
  'de',
  'du',
  'des',
  'van',
  'von',
  'mc',
  'mac',
  'o',
])
const isInProperName = (text: string, tokens: readonly Token[], at: number): boolean => {
  const word = text.slice(tokens[at]!.start, tokens[at]!.end)
  if (at === 0 || !/^\p{Lu}\p{Ll}/u.test(word)) return false
  const prev = tokens[at - 1]!
  const prevWord = text.slice(prev.start, prev.end)
  const gap = text.slice(prev.end, tokens[at]!.start)
  if (/[.!?:\n]/.test(gap)) return false
  return (
    NAME_LEADS.has(prev.norm) && (/^\p{Lu}/u.test(prevWord) || at < 2 || NAME_LEADS.has(tokens[at - 2]!.norm))
  )
}

const isTargeted = (text: string, tokens: readonly Token[], sentences: readonly number[], at: number) => {
  const sentence = sentences[at]
  const from = sentences.indexOf(sentence!)
  const to = sentences.lastIndexOf(sentence!)
  for (let k = from; k <= to; k++) if (TARGETS.has(tokens[k]!.norm)) return true
  // a reply to someone's handle
  return /@[\p{L}\p{N}_]/u.test(text.slice(tokens[from]!.start, tokens[to]!.end))
}

// a word spelled out with dots to slip past filters: "b.l.i.n.d", "v.e.n.d.u" (not an acronym: lowercase, 4+ letters)
const DOTTED_WORD = quick(/(?<![\p{L}.])(?:\p{Ll}\.){3,}\p{Ll}(?![\p{L}])/gu)
const DOTTED_ABBREVIATIONS = new Set([
  'asap',
  'rsvp',
  'eg',
  'ie',
  'etc',
  'ps',
  'aka',
  'nb',
  'cad',
  'svp',
  'ssi',
])

/** Insults, aggressive phrasing and mockery, in the draft's language (both when it is unknown). */
export const findAbuse = (
  text: string,
  lang: Lang,
  tokens: readonly Token[],
  sentences: readonly number[],
) => {
  const found: Finding[] = []
  for (const hit of abuseMatcher().find(tokens)) {
    const g = hit.data
    if (g.lang !== 'any' && lang !== 'und' && g.lang !== lang) continue
    if (g.negatable && isNegated(tokens, hit.from)) continue
    if (hit.to - hit.from === 1 && isInProperName(text, tokens, hit.from)) continue
    if (g.targeted && !isTargeted(text, tokens, sentences, hit.from)) continue
    found.push({
      kind: g.kind,
      rule: g.kind,
      start: hit.start,
      end: hit.end,
      severity: g.severity,
      term: text.slice(hit.start, hit.end),
    })
  }
  for (const m of text.matchAll(DOTTED_WORD)) {
    if (DOTTED_ABBREVIATIONS.has(m[0].replace(/\./g, ''))) continue
    if (found.some((f) => f.start <= m.index && m.index < f.end)) continue
    found.push({
      kind: 'insult',
      rule: 'insult',
      start: m.index,
      end: m.index + m[0].length,
      severity: 'medium',
      term: m[0],
    })
  }
  return found
}

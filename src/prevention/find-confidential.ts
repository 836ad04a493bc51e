import type { Finding } from './finding.ts'
import {
  CONFIDENTIAL_MARKERS,
  CONFIDENTIAL_SAFE_CONTEXT,
  CONFIDENTIAL_WORDS,
  EMBARGO_MARKERS,
  FIGURE_CUES,
  UNPUBLISHED_FIGURE_MARKERS,
} from './lexicons/confidential-markers.ts'
import { createPhraseMatcher, type PhraseMatcher } from './phrase-matcher.ts'
import { foldedSet, foldWord, type Token } from './text-tokens.ts'

type Marker = 'marker' | 'word' | 'embargo' | 'figures'
let markers: PhraseMatcher<Marker> | undefined
export const markerMatcher = () => {
  markers ??= createPhraseMatcher<Marker>([
    ...CONFIDENTIAL_MARKERS.map((text) => ({ text, data: 'marker' as const })),
    ...CONFIDENTIAL_WORDS.map((text) => ({ text, data: 'word' as const })),
    ...EMBARGO_MARKERS.map((text) => ({ text, data: 'embargo' as const })),
    ...UNPUBLISHED_FIGURE_MARKERS.map((text) => ({ text, data: 'figures' as const })),
  ])
  return markers
}

// a workspace's list changes rarely: compiled once per list
const termMatchers = new WeakMap<readonly string[], PhraseMatcher<null>>()
const termMatcher = (terms: readonly string[]) => {
  let m = termMatchers.get(terms)
  if (!m) {
    m = createPhraseMatcher(
      terms.filter((t) => /[\p{L}\p{N}]/u.test(t)).map((text) => ({ text, data: null })),
    )
    termMatchers.set(terms, m)
  }
  return m
}

// a term hidden in a hashtag: #ProjectKingfisher, #LancementColibri (folded, spaces removed)
const compactTerms = new WeakMap<readonly string[], string[]>()
const compactOf = (terms: readonly string[]) => {
  let c = compactTerms.get(terms)
  if (!c) {
    c = terms.map((t) => foldWord(t).replace(/[^a-z0-9]/g, '')).filter((t) => t.length >= 4)
    compactTerms.set(terms, c)
  }
  return c
}

// news not yet out: "not yet disclosed", "pas encore annoncé", "avant qu'on l'annonce", "yet to be announced"
const NOT_YET_OUT =
  /\b(?:not yet|yet to be|still not|not officially|pas encore|toujours pas|pas officiellement|non encore|avant d'être|avant qu'(?:on|il|elle) (?:ne )?(?:l'|les )?)\s*(?:été\s+|been\s+|be\s+|made\s+|rendu(?:e|s|es)?\s+|officiellement\s+|officially\s+|publicly\s+)?(?:announc\w*|disclos\w*|revealed|released to|public\b|annonc\w*|communiqu[ée]\w*|divulgu\w*|d[ée]voil\w*|officiel\w*|publique?s?\b|rendu\w* publi\w*)/giu

// job cuts counted before they are announced: "180 postes supprimés", "plan to cut 300 jobs", "PSE de 90 postes"
const JOB_CUTS =
  /\b\d[\d\s.,]*\s*(?:postes?|emplois?|salari[ée]s|jobs?|roles?|positions?|staff|employees|people)\s+(?:supprim[ée]s?|en moins|menac[ée]s|cut|axed|to go|to be cut|will go|going)\b|\b(?:suppressions?|supprimer|supprim[ée]s?|cut(?:ting)?|axe|axing|slash(?:ing)?|licencier|licenciements?|layoffs?|lay off|redundanc(?:y|ies)|plan social|pse|plan de d[ée]parts)\b[^.!?\n]{0,30}?\b\d[\d\s.,]*\s*(?:postes?|emplois?|salari[ée]s|jobs?|roles?|positions?|staff|employees|people|personnes)\b/iu
// a code name stripped of its generic head: "Project Alder" also leaks as #alder or "Alder"
const HEAD =
  /^(?:project|projet|operation|op[ée]ration|code|codename|programme|program|plan|initiative|chantier)\s+/iu
const coreNames = new WeakMap<readonly string[], string[]>()
const coresOf = (terms: readonly string[]) => {
  let c = coreNames.get(terms)
  if (!c) {
    c = terms
      .filter((t) => HEAD.test(t.trim()))
      .map((t) => foldWord(t.trim().replace(HEAD, '')).replace(/[^a-z0-9]/g, ''))
      .filter((t) => t.length >= 4)
    coreNames.set(terms, c)
  }
  return c
}

// figures before their release date: "les chiffres sortent officiellement jeudi", "results aren't out till Thursday"
const BEFORE_RELEASE =
  /\b(?:r[ée]sultats|chiffres|figures|numbers|results|earnings|comptes)\s+(?:aren't|are not|won't be|will not be|ne sont pas|ne seront pas)?\s*(?:out|publi[ée]s|sortent|sortiront|released|published|officiels)\s+(?:officiellement\s+|officially\s+)?(?:till|until|before|only on|avant|qu'[àa]|jeudi|lundi|mardi|mercredi|vendredi|samedi|dimanche|demain|tomorrow|next|la semaine|monday|tuesday|wednesday|thursday|friday)\b/iu
// news held back, word order reversed: "not announced yet", "pas annoncé encore", and "keep it quiet"
const HUSH =
  /\b(?:not (?:announced|public|official|disclosed) yet|pas (?:encore )?(?:annonc[ée]e?s?|public|officiel(?:le)?) (?:encore|pour l'instant)|keep (?:it|this|that) (?:quiet|under wraps|between us|to yourself|to yourselves|secret|on the down ?low)|don't tell anyone|do not tell anyone|tell no one|hush[- ]hush|motus(?: et bouche cousue)?|gardez[- ](?:le|la|les|[çc]a|cela) pour vous|(?:n'en|ne le|ne la) (?:parlez|dites|r[ée]p[ée]tez) [àa] personne|[çc]a reste entre nous)\b/iu
// a deal hinted at before it is announced: "nos futurs collègues de…", "un rapprochement… chut 🤫"
// a restructuring told before it is announced: "plan de restructuration", "fermeture de trois sites", "close 4 depots"
const RESTRUCTURE =
  /\b(?:plan de restructuration|restructuring (?:plan|programme|program)|plan de sauvegarde de l'emploi|redundancy (?:plan|programme|program)|fermetures? de (?:\d+|deux|trois|quatre|cinq|six|sept|huit|dix|plusieurs) (?:sites|usines|magasins|agences|boutiques|d[ée]p[ôo]ts|entrep[ôo]ts)|clos(?:e|ing|ure of) (?:\d+|two|three|four|five|six|seven|eight|ten|several) (?:sites|plants|factories|stores|branches|depots|warehouses|offices))\b/iu
const DEAL =
  /\b(?:rapprochement|fusion|merger|acquisition|rachat|takeover|buy-?out|future colleagues|futurs? coll[èe]gues|new family members|join(?:ing)? forces)\b/iu
const TEASE =
  /🤫|😉|😏|\bchut\b|\bshh+\b|more soon|plus de d[ée]tails bient[ôo]t|stay tuned|restez connect[ée]s|exciting times ahead/iu
const OFFICIAL =
  /\b(?:annon[çc]\w*|announc\w*|officiel\w*|official\w*|sign[ée]\w*|finalis\w*|completed|finalized|press release|communiqu[ée])\b/iu

const SAFE_CONTEXT = foldedSet(CONFIDENTIAL_SAFE_CONTEXT)
const CUES = foldedSet(FIGURE_CUES)
const FIGURE = /\d[\d\s.,]*\s?(?:%|€|\$|£|k€|m€|md€|millions?|milliards?|billions?|bn|m\b|k\b)/iu

const reassures = (tokens: readonly Token[], sentences: readonly number[], at: number) => {
  for (let k = Math.max(0, at - 6); k < at; k++)
    if (sentences[k] === sentences[at] && SAFE_CONTEXT.has(tokens[k]!.norm)) return true
  return false
}

const HANDLED = foldedSet([
  'maniere',
  'facon',
  'traite',
  'traitee',
  'traitees',
  'traites',
  'traitera',
  'traiteront',
  'traiterons',
  'kept',
  'handled',
  'treated',
  'remain',
  'remains',
  'stay',
  'stays',
  'restent',
  'reste',
  'resteront',
])
const handledAs = (tokens: readonly Token[], sentences: readonly number[], at: number) => {
  for (let k = Math.max(0, at - 3); k < at; k++)
    if (sentences[k] === sentences[at] && HANDLED.has(tokens[k]!.norm)) return true
  return false
}

const figureNear = (text: string, tokens: readonly Token[], sentences: readonly number[], at: number) => {
  const from = sentences.indexOf(sentences[at]!)
  const to = sentences.lastIndexOf(sentences[at]!)
  return FIGURE.test(text.slice(tokens[from]!.start, tokens[to]!.end))
}

/** The workspace's confidential terms, confidentiality and embargo markers, and unpublished figures. */
export const findConfidential = (
  text: string,
  tokens: readonly Token[],
  sentences: readonly number[],
  terms: readonly string[],
): Finding[] => {
  const found: Finding[] = []
  const at = (rule: Finding['rule'], h: { start: number; end: number }, severity: Finding['severity']) =>
    found.push({
      kind: 'confidential',
      rule,
      start: h.start,
      end: h.end,
      severity,
      term: text.slice(h.start, h.end),
    })
  if (terms.length > 0) {
    for (const h of termMatcher(terms).find(tokens)) at('confidential_term', h, 'high')
    const compact = compactOf(terms)
    const cores = coresOf(terms)
    for (const t of tokens) {
      const hashtag = text[t.start - 1] === '#'
      if (hashtag && compact.some((c) => t.norm.includes(c))) at('confidential_term', t, 'high')
      // the bare code name: in a hashtag, or capitalised as a name
      else if (
        cores.includes(t.norm) &&
        !found.some((f) => f.start <= t.start && t.end <= f.end) &&
        (hashtag ||
          (/\p{Lu}/u.test(text[t.start]!) && t.start > 0 && !/[.!?\n]\s*$/u.test(text.slice(0, t.start))))
      )
        at('confidential_term', t, 'high')
    }
  }
  // a release date alone is news; with a figure next to it, the figure is out before its date
  const early = (FIGURE.test(text) ? BEFORE_RELEASE.exec(text) : null) ?? HUSH.exec(text)
  if (early) at('embargo', { start: early.index, end: early.index + early[0].length }, 'high')
  const deal = DEAL.exec(text)
  if (deal && TEASE.test(text) && !OFFICIAL.test(text))
    at('confidential_marker', { start: deal.index, end: deal.index + deal[0].length }, 'medium')
  const plan = RESTRUCTURE.exec(text)
  if (plan && !OFFICIAL.test(text))
    at('unpublished_figures', { start: plan.index, end: plan.index + plan[0].length }, 'medium')
  const cuts = JOB_CUTS.exec(text)
  if (cuts) at('unpublished_figures', { start: cuts.index, end: cuts.index + cuts[0].length }, 'medium')
  for (const m of text.matchAll(NOT_YET_OUT))
    at('embargo', { start: m.index, end: m.index + m[0].length }, 'high')
  for (const h of markerMatcher().find(tokens)) {
    if (h.data === 'word' && reassures(tokens, sentences, h.from)) continue
    // "traité de manière strictement confidentielle", "kept strictly confidential": how a file is handled
    if (h.data === 'marker' && handledAs(tokens, sentences, h.from)) continue
    if (h.data === 'embargo') at('embargo', h, 'high')
    else if (h.data === 'figures') at('unpublished_figures', h, 'high')
    else at('confidential_marker', h, h.data === 'word' ? 'medium' : 'high')
  }
  tokens.forEach((t, k) => {
    if (CUES.has(t.norm) && figureNear(text, tokens, sentences, k)) at('unpublished_figures', t, 'medium')
  })
  return found
}

import { findUntoldNews, NEWS_WORDS } from './find-untold-news.ts'
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
import { quick } from './quick-pattern.ts'
import { sameList } from './same-list.ts'
import { foldedSet, foldWord, type Token } from './text-tokens.ts'

type Marker = 'marker' | 'word' | 'embargo' | 'figures' | 'news'
let markers: PhraseMatcher<Marker> | undefined
export const markerMatcher = () => {
  markers ??= createPhraseMatcher<Marker>([
    ...CONFIDENTIAL_MARKERS.map((text) => ({ text, data: 'marker' as const })),
    ...CONFIDENTIAL_WORDS.map((text) => ({ text, data: 'word' as const })),
    ...EMBARGO_MARKERS.map((text) => ({ text, data: 'embargo' as const })),
    ...UNPUBLISHED_FIGURE_MARKERS.map((text) => ({ text, data: 'figures' as const })),
    // not a marker: a word of news, read in the same pass over the tokens
    ...NEWS_WORDS.map((text) => ({ text, data: 'news' as const })),
  ])
  return markers
}

// a workspace's list changes rarely: compiled once per list
const termMatchers = new WeakMap<readonly string[], PhraseMatcher<null>>()
const termMatcher = (terms: readonly string[]) => {
  let m = termMatchers.get(terms)
  if (!m) {
    m = createPhraseMatcher(
      terms
        .filter((t) => /[\p{L}\p{N}]/u.test(t))
        .flatMap(inflections)
        .map((text) => ({ text, data: null })),
    )
    termMatchers.set(terms, m)
  }
  return m
}

// a code name inflected: "les trottinettes Cobaltines", "our Bluebells range", "Nuits Orange"
const inflections = (term: string): string[] => {
  const t = term.trim()
  if (/\d$/u.test(t)) return [t]
  const words = t.split(/\s+/u)
  const plural = (w: string) => [`${w}s`, `${w}es`, `${w}x`]
  const lastForms = plural(words.at(-1)!).map((w) => [...words.slice(0, -1), w].join(' '))
  const firstForms = words.length > 1 ? plural(words[0]!).map((w) => [w, ...words.slice(1)].join(' ')) : []
  return [t, ...lastForms, ...firstForms]
}

// a code name of several words shortened to its initials, with dots ("N.O." for Nuit Orange) or in capitals
// ("PH" for Projet Héron); a few capitals that are common words or acronyms are never read as initials
const COMMON_CAPITALS = new Set(
  'NO ON OK IT US UK EU TV PR RH HR CEO CFO DG IA AI OR SO TO IN AT BE DO GO HE ME MY OF UP WE LE LA UN DE DU ET EN JE TU IL ON NE SA SE SI SUR USA PDF FAQ SAV CV RIP LOL MDR PS NB BD'.split(
    ' ',
  ),
)
const initialsCache = new WeakMap<readonly string[], string[]>()
const initialsOf = (terms: readonly string[]) => {
  let c = initialsCache.get(terms)
  if (!c) {
    c = terms
      .map((t) => t.trim().split(/[\s-]+/u))
      .filter((w) => w.length >= 2)
      .map((w) =>
        w
          .map((x) => foldWord(x)[0] ?? '')
          .join('')
          .toUpperCase(),
      )
      .filter((i) => /^[A-Z]{2,5}$/.test(i))
    initialsCache.set(terms, c)
  }
  return c
}
const findInitials = (text: string, terms: readonly string[]) => {
  const initials = initialsOf(terms)
  if (initials.length === 0) return []
  const out: { start: number; end: number }[] = []
  for (const m of text.matchAll(/(?<![\p{L}.])((?:\p{Lu}\.){2,5}|\p{Lu}{2,5})(?![\p{L}])/gu)) {
    const dotted = m[0].includes('.')
    const letters = m[0].replace(/\./g, '')
    if (!initials.includes(letters)) continue
    if (!dotted && COMMON_CAPITALS.has(letters)) continue
    out.push({ start: m.index, end: m.index + m[0].length })
  }
  return out
}

// a code name spelled letter by letter to dodge a filter: "le H É R O N", "K-I-N-G-F-I-S-H-E-R"
const SPELLED = quick(/(?<![\p{L}\p{N}])\p{L}(?:[\s.\-_*·]{1,2}\p{L}(?![\p{L}])){3,}/gu)
const findSpelledOut = (text: string, compact: readonly string[], cores: readonly string[]) => {
  const out: { start: number; end: number }[] = []
  for (const m of text.matchAll(SPELLED)) {
    const joined = foldWord(m[0].replace(/[^\p{L}]/gu, ''))
    if (compact.some((c) => joined.includes(c)) || cores.includes(joined))
      out.push({ start: m.index, end: m.index + m[0].length })
  }
  return out
}

/** A term folded with its spaces and signs removed: "Projet Héron" → "projetheron". */
const compactForm = (term: string) => foldWord(term).replace(/[^a-z0-9]/g, '')

// a term hidden in a hashtag: #ProjectKingfisher, #LancementColibri (folded, spaces removed)
const compactTerms = new WeakMap<readonly string[], string[]>()
const compactOf = (terms: readonly string[]) => {
  let c = compactTerms.get(terms)
  if (!c) {
    c = terms.map(compactForm).filter((t) => t.length >= 4)
    compactTerms.set(terms, c)
  }
  return c
}

// news not yet out: "not yet disclosed", "pas encore annoncé", "avant qu'on l'annonce", "yet to be announced"
const NOT_YET_OUT = quick(
  /\b(?:not yet|yet to be|still not|not officially|pas encore|toujours pas|pas officiellement|non encore|avant d'être|avant qu'(?:on|il|elle) (?:ne )?(?:l'|les )?)\s*(?:été\s+|been\s+|be\s+|made\s+|rendu(?:e|s|es)?\s+|officiellement\s+|officially\s+|publicly\s+)?(?:announc\w*|disclos\w*|revealed|released to|public\b|annonc\w*|communiqu[ée]\w*|divulgu\w*|d[ée]voil\w*|officiel\w*|publique?s?\b|rendu\w* publi\w*|sign[ée]\w*|signed)/giu,
)

// news held back until a date: "Contract isn't public until March", "announcement's not out until next week",
// "people haven't been told yet", "personne n'a encore reçu sa lettre"
const HELD_UNTIL = quick(
  /\b(?:(?:isn't|is not|aren't|are not|won't be|will not be|not|n'est pas|ne sera pas|ne seront pas|ne sont pas)\s+(?:made\s+)?(?:public|out|announced|official|officiel\w*|annonc\w*|publi\w*)\s+(?:until|till|before|avant|jusqu'[àa])|(?:haven't|have not|hasn't|has not|weren't|were not)\s+(?:been\s+|yet\s+been\s+)?(?:told|informed|notified)|(?:ne sont|n'ont|n'est) pas encore (?:été )?(?:prévenu|informé|au courant)\w*|personne n'(?:a|est) encore (?:été )?(?:prévenu|informé|au courant|reçu|communiqu[ée]|annonc[ée]|parl[ée])\w*|(?:nobody|no one|no-one)(?:'s| has| have)?\s+(?:been\s+)?(?:told|informed|notified)|(?:isn't|is not|aren't|are not|not)\s+(?:signed|announced|official|public|confirmed)(?:\s+yet)?(?=[\s,.!?)]|$)|rien n'est (?:encore )?(?:officiel|sign[ée]|annonc[ée])|(?:on n'a|nous n'avons|n'a) (?:encore )?rien (?:annonc[ée]|dit|communiqu[ée])|(?:we|they) (?:haven't|have not) (?:announced|told anyone|said anything)|nothing(?:'s| is) (?:official|signed|announced) yet|(?:on |je |we |I )?(?:ne )?(?:peut|peux|can't|cannot|can not) pas encore (?:le |en )?(?:dire|parler|annoncer)|can(?:'t|not) (?:say|tell|announce) (?:it |that |much |anything )?yet|don'?t share (?:this |it |that )?yet|officialis[ée]\w*\s+(?:le mois prochain|la semaine prochaine|demain|lundi|mardi|mercredi|jeudi|vendredi|dans \w+|en (?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre))|(?:made|goes|going|becomes?) official (?:next|on|tomorrow|in))/iu,
)

// something said inside the company: "en interne on nous dit", "la DSI dit en interne", "internally they're saying",
// "the list is going round internally"
const SAID_INTERNALLY = quick(
  /\b(?:(?:dit|disent|dit-on|racont\w*|circul\w*|tourne|annonc[ée]\w*|confirm[ée]\w*|pr[ée]vu\w*|parle|parlent)\s+(?:[\p{L}']+\s+){0,2}en interne|en interne,?\s+(?:on|ils|elles|la direction|le boss|on nous|la dsi)\s+(?:nous\s+)?(?:dit|disent|a dit|ont dit|sait|savent|parle|pr[ée]voit|annonce)|internally,?\s+(?:they|we|people|management|the board|everyone)(?:'re|'ve| are| have| is)?\s+(?:say|saying|said|told|know|knows|expect|expecting|talking)|(?:saying|said|told|circulating|going round|going around|doing the rounds|confirmed|known)\s+(?:[\p{L}']+\s+){0,2}internally|(?:a dit|ont dit|nous a dit|annonc[ée]\w*|said|told us|announced)\s+(?:[\p{L}']+\s+){0,3}(?:en r[ée]union|in (?:the|a|today's|this morning's) meeting|at the (?:team |staff )?meeting)|(?:en r[ée]union|in (?:the|a|today's|this morning's) meeting)\s*,?\s+(?:la rh|la direction|le boss|hr|management|the boss)\s+(?:a dit|nous a dit|said|told us))/iu,
)

// a hush next to news: "chut 🤫 mais la boutique ferme en mars", "20% of our revenue gone. pls don't repost"
const SHUSH = quick(
  /🤫|\bchu+t\b|\bshh+\b|\bdon'?t repost\b|\bdo not repost\b|\bne (?:le |la |les )?(?:r[ée]p[ée]tez|repostez|partagez) pas\b|\bpas un mot\b|\bnot a word\b/iu,
)
const NEWS = quick(
  /\b(?:ferme|fermer|fermera|fermeture|closes?|closing|closure|shut(?:ting)? down|mut[ée]s?|transf[ée]r\w*|relocat\w*|sign[ée]e?s?|signed|contrat|contract|deal|accord|rejoint|rejoindre|joins|joining|nous rejoint|recrut\w*|hire[ds]?|hiring|poach\w*|d[ée]part|leaves|leaving|quitte|quit|d[ée]missionn?\w*|resign\w*|licenci\w*|layoffs?|redundan\w*|rachat|rach[eè]te|acqui\w*|buy(?:ing|s)? out|fusion|merger|perdu|lost|losing|hausse des prix|price (?:rise|increase|hike)|augment\w*|revenue|chiffre d'affaires|budget|salaire|salary|cfo|ceo|daf|dg|pdg|retard|delay\w*|report[ée]e?s?|postponed|pushed back|s[ée]parer|headcount|effectifs?|postes|roles|si[èe]ge|hq|headquarters|d[ée]m[ée]nag\w*|moving|lev[ée]e|funding|raise|raising|round|r[ée]siliation|reducing|partenariat|partnership)(?![\p{L}\p{N}])|\d+\s?(?:%|€|£|\$|k€|k£|m€)/iu,
)

// figures from a meeting of the management, a plan or an internal metric: "fixé hier en comité de direction :
// 300 000 abonnés", "Q1 hiring plan: 40 engineers", "churn is at 9% this quarter"
const INTERNAL_FIGURES = quick(
  /\b(?:comit[ée] de direction|codir|comex|conseil d'administration|board meeting|all-hands|all hands|r[ée]union budget|budget meeting|hiring plan|plan de recrutement|plan d'embauche|churn|attrition|taux de d[ée]sabonnement|pricing sheet|grille tarifaire|of our revenue|de notre chiffre d'affaires|de notre ca|roadmap|feuille de route|nos marges|notre marge|our margins?|salle de r[ée]union|meeting room)\b/iu,
)
const NUMBER = quick(/\d/u)

// job cuts counted before they are announced: "180 postes supprimés", "plan to cut 300 jobs", "PSE de 90 postes"
const JOB_CUTS = quick(
  /\b\d[\d\s.,]*\s*(?:postes?|emplois?|salari[ée]s|jobs?|roles?|positions?|staff|employees|people)\s+(?:supprim[ée]s?|en moins|menac[ée]s|cut|axed|to go|to be cut|will go|going)\b|\b(?:suppressions?|supprimer|supprim[ée]s?|cut(?:ting)?|axe|axing|slash(?:ing)?|licencier|licenciements?|layoffs?|lay off|redundanc(?:y|ies)|plan social|pse|plan de d[ée]parts|coupe|couper|coupent)\b(?:[^.!?\n]|\.\.\.|…){0,30}?\b\d[\d\s.,]*\s*(?:postes?|emplois?|salari[ée]s|jobs?|roles?|positions?|staff|employees|people|personnes)\b/iu,
)
/** True when `a` becomes `b` by one letter changed, added or removed. */
export const withinOneEdit = (a: string, b: string): boolean => {
  if (a === b) return true
  if (Math.abs(a.length - b.length) > 1) return false
  let i = 0
  while (i < a.length && i < b.length && a[i] === b[i]) i++
  let j = 0
  while (j < a.length - i && j < b.length - i && a[a.length - 1 - j] === b[b.length - 1 - j]) j++
  return a.length - i - j <= 1 && b.length - i - j <= 1
}

// a code name written another way: glued ("Sparrowpay"), hyphenated ("tide-water", "OTR9" for "OTR-9"), or one
// letter off ("kestrl", "merdian", "Harbour" for "Harbor"); one edit only from five letters on
const looseForms = new WeakMap<readonly string[], { exact: Set<string>; near: string[] }>()
const looseOf = (terms: readonly string[]) => {
  let l = looseForms.get(terms)
  if (!l) {
    const forms = [
      ...terms.map(compactForm),
      ...terms.filter((t) => HEAD.test(t.trim())).map((t) => compactForm(t.trim().replace(HEAD, ''))),
    ]
    l = {
      exact: new Set(forms.filter((f) => f.length >= 4 || (f.length >= 3 && /\d/.test(f)))),
      near: forms.filter((f) => f.length >= 5 && !/\d/.test(f)),
    }
    looseForms.set(terms, l)
  }
  return l
}
const GLUE = quick(/^[-_.]?$/u)
const findLooseTerms = (text: string, tokens: readonly Token[], terms: readonly string[]) => {
  const { exact, near } = looseOf(terms)
  const out: { start: number; end: number }[] = []
  for (let i = 0; i < tokens.length; i++) {
    const last =
      i + 1 < tokens.length && GLUE.test(text.slice(tokens[i]!.end, tokens[i + 1]!.start)) ? i + 1 : i
    for (let b = i; b <= last; b++) {
      const start = tokens[i]!.start
      const end = tokens[b]!.end
      const c = compactForm(text.slice(start, end))
      if (exact.has(c) || (c.length >= 5 && near.some((t) => withinOneEdit(c, t)))) {
        out.push({ start, end })
        break
      }
    }
  }
  return out
}

// a code name stripped of its generic head: "Project Alder" also leaks as #alder or "Alder"
const HEAD = quick(
  /^(?:project|projet|operation|op[ée]ration|code|codename|programme|program|plan|initiative|chantier)\s+/iu,
)
const coreNames = new WeakMap<readonly string[], string[]>()
const coresOf = (terms: readonly string[]) => {
  let c = coreNames.get(terms)
  if (!c) {
    c = terms
      .filter((t) => HEAD.test(t.trim()))
      .map((t) => compactForm(t.trim().replace(HEAD, '')))
      .filter((t) => t.length >= 4)
    coreNames.set(terms, c)
  }
  return c
}

// figures before their release date: "les chiffres sortent officiellement jeudi", "results aren't out till Thursday"
const BEFORE_RELEASE = quick(
  /\b(?:r[ée]sultats|chiffres|figures|numbers|results|earnings|comptes)\s+(?:aren't|are not|won't be|will not be|ne sont pas|ne seront pas)?\s*(?:out|publi[ée]s|sortent|sortiront|released|published|officiels)\s+(?:officiellement\s+|officially\s+)?(?:till|until|before|only on|avant|qu'[àa]|jeudi|lundi|mardi|mercredi|vendredi|samedi|dimanche|demain|tomorrow|next|la semaine|monday|tuesday|wednesday|thursday|friday|en (?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)|in (?:january|february|march|april|may|june|july|august|september|october|november|december))\b|\b(?:official release|publication officielle|sortie officielle)\s+(?:on|le|du|the)\s+(?:the\s+)?\d+(?:st|nd|rd|th|er)?/iu,
)
// news held back, word order reversed: "not announced yet", "pas annoncé encore", and "keep it quiet"
const HUSH = quick(
  /(?<![\p{L}\p{N}])(?:not (?:even )?(?:announced|public|official|disclosed) yet|(?:mais|but) (?:pas|not) (?:encore |yet )?(?:annonc[ée]e?s?|announced|officiel(?:le)?|official|public)(?![\p{L}])|pas (?:encore )?(?:annonc[ée]e?s?|public|officiel(?:le)?) (?:encore|pour l'instant)|keep (?:it|this|that) (?:quiet|hush|under wraps|between us|to yourself|to yourselves|secret|on the down ?low)|don't tell anyone|do not tell anyone|tell no one|hush[- ]hush|motus(?: et bouche cousue)?|gardez[- ](?:le|la|les|[çc]a|cela) pour vous|(?:n'en|ne le|ne la) (?:parlez|dites|r[ée]p[ée]tez) [àa] personne|[çc]a reste entre nous)(?![\p{L}\p{N}_])/iu,
)
// a deal hinted at before it is announced: "nos futurs collègues de…", "un rapprochement… chut 🤫"
// a restructuring told before it is announced: "plan de restructuration", "fermeture de trois sites", "close 4 depots"
const RESTRUCTURE = quick(
  /\b(?:plan de restructuration|restructuring (?:plan|programme|program)|plan de sauvegarde de l'emploi|redundancy (?:plan|programme|program)|fermetures? de (?:\d+|deux|trois|quatre|cinq|six|sept|huit|dix|plusieurs) (?:sites|usines|magasins|agences|boutiques|d[ée]p[ôo]ts|entrep[ôo]ts)|clos(?:e|ing|ure of) (?:\d+|two|three|four|five|six|seven|eight|ten|several) (?:sites|plants|factories|stores|branches|depots|warehouses|offices))\b/iu,
)
const DEAL = quick(
  /\b(?:rapprochement|fusion|merger|acquisition|rachat|takeover|buy-?out|future colleagues|futurs? coll[èe]gues|new family members|join(?:ing)? forces|seule et m[êe]me famille|one (?:big )?family|side by side|sous le m[êe]me toit|under one roof|term sheet|lettre d'intention|letter of intent|accueillir (?:bient[ôo]t )?parmi nous les \d+|being bought|being acquired|(?:se faire|va [êe]tre|allons [êe]tre) rachet[ée]s?)\b/iu,
)
const TEASE = quick(
  /🤫|😉|😏|\bchut\b|\bshh+\b|more soon|plus de d[ée]tails bient[ôo]t|stay tuned|restez connect[ée]s|exciting times ahead|l'avenir le dira|time will tell|can't (?:share|say) (?:details|more|much|which)|au moment opportun|new ndas?|nouveaux? nda|in due course|seront partag[ée]s|will be shared/iu,
)
const OFFICIAL = quick(
  /\b(?:annon[çc]\w*|announc\w*|officiel\w*|official\w*|sign[ée]\w*|finalis\w*|completed|finalized|press release|communiqu[ée])\b/iu,
)

// news whose announcement is still to come, or that few people know: "l'annonce officielle sera faite aux équipes
// jeudi", "Staff will be told on Thursday", "Formal announcement in two weeks", "we report publicly next month",
// "nobody else knows yet", "chiffre interne, on le publiera pas", "not sure I'm supposed to say this"
const WHEN =
  "(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|(?:le|la|the|next)\\s+(?:mois|semaine|month|week|quarter|trimestre|year|ann[ée]e)\\s*(?:prochaine?)?|en\\s+(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)|in\\s+(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|q[1-4])\\b|(?:dans|in|d'ici)\\s+(?:\\p{L}+\\s+|\\d+\\s+){0,2}(?:jours|semaines|mois|days|weeks|months)|(?:d[ée]but|fin|courant)\\s+\\p{L}+|later|plus tard|soon|bient[ôo]t|first thing)"
// each form pre-checked apart (a draft holds the rare words of few of them), the leftmost match kept
const FUTURE_DISCLOSURE = [
  // an announcement to come, with its date
  `\\b(?:annonce|communication|officialisation|publication|announcement|comms)\\s+(?:officielle\\s+|formelle\\s+|official\\s+|formal\\s+|publique\\s+|public\\s+)?(?:[\\p{L}']+\\s+){0,4}?${WHEN}`,
  `\\b(?:officialis\\p{L}*|formal announcement|official announcement)\\s+(?:[\\p{L}']+\\s+){0,2}?${WHEN}`,
  // people to be told later
  `\\b(?:sera|seront|va [êe]tre|vont [êe]tre)\\s+(?:officiellement\\s+|faite?s?\\s+)?(?:annonc\\p{L}*|officialis\\p{L}*|inform[ée]\\p{L}*|pr[ée]venu\\p{L}*|publi[ée]\\p{L}*|communiqu[ée]\\p{L}*|d[ée]voil[ée]\\p{L}*)\\s+(?:[\\p{L}']+\\s+){0,3}?${WHEN}`,
  `\\b(?:will|'ll|to)\\s+be\\s+(?:told|informed|notified|announced|briefed)\\b`,
  `\\b(?:we'll|we will|I'll|I will)\\s+(?:tell|inform|brief)\\s+(?:them|the team|the staff|staff|everyone)\\b`,
  `\\b(?:hear|heard)\\s+it\\s+from\\s+me\\b`,
  `\\b(?:report|go|goes|going)\\s+public(?:ly)?\\s+${WHEN}`,
  // few people know it
  `\\b(?:nobody|no one|no-one)(?:\\s+else|\\s+outside\\s+(?:the|this|our)\\s+\\p{L}+)?\\s+(?:knows|know|has been told|is aware)\\b`,
  `\\b(?:don't|do not|doesn't|does not)\\s+know\\s+(?:it\\s+|about it\\s+)?yet\\b`,
  `\\bpersonne\\s+(?:n'est|est|n'en sait rien|ne le sait|ne sait)\\b(?:\\s+au courant)?`,
  `\\b(?:en dehors de|hors de)\\s+la\\s+direction\\b`,
  `\\b(?:not|never)\\s+(?:sure\\s+I'm\\s+)?(?:supposed|meant|allowed)\\s+to\\s+(?:say|share|tell|post)\\b`,
  `\\bnever\\s+(?:shared|published|disclosed)\\s+(?:that|this|these|those|it)\\b`,
  `\\b(?:can't|cannot|can not)\\s+(?:say|share|tell|reveal|name)\\b[^.!?\\n]{0,25}\\byet\\b`,
  `\\b(?:on\\s+)?(?:ne\\s+)?(?:le|la|les)\\s+(?:publiera|publierons|publie|annoncera|annoncerons|dira|dirons)\\s+pas\\b`,
  `\\b(?:on|nous)\\s+ne\\s+(?:les\\s+|le\\s+)?publi(?:e|ons)\\s+pas\\b|\\b(?:we|they)\\s+(?:don't|do not|never)\\s+(?:publish|disclose)\\b`,
  `\\b(?:chiffres?|donn[ée]es?|figures?|numbers?)\\s+internes?\\b|\\binternal\\s+(?:figures?|numbers?|data)\\b`,
].map((p) => quick(new RegExp(p, 'iu')))
// figures said to be kept unpublished, any figure next to them: "le NPS est passé de 12 à 41 (on ne publie pas ces
// chiffres)", "wait times dropped to 9 days. We don't publish these"
const UNPUBLISHED_SAID = quick(
  /\b(?:(?:on|nous)\s+ne\s+(?:les\s+|le\s+)?publi(?:e|ons)\s+pas|(?:we|they)\s+(?:don't|do not|never)\s+(?:publish|disclose)\s+(?:these|this|those|that|them|it|our)|chiffres?\s+internes?|internal\s+(?:figures?|numbers?))\b/iu,
)
// the seventh round's forms of news still to be told, each led by its rare words (what comes before is read behind
// them): "staff find out Monday", "we'll explain it to the team at the town hall", "no announcement planned",
// "annonce prévue après les résultats", "recall goes out Tuesday", "they're announcing it in Feb", "mon équipe le
// sait, nos clients pas encore"
const LATER_DISCLOSURE = [
  `(?:find out|finds out|hear about it|hears about it|learn about it|learns about it|l'apprendront|l'apprendra|le sauront|le saura)(?<=\\b(?:staff|employees|the team|the teams|everyone|workers|les [ée]quipes|le personnel|les salari[ée]s)\\s+(?:will\\s+)?[\\p{L}' ]+)\\s+${WHEN}`,
  `\\b(?:explain|announce) (?:it|this|the news) to (?:the team|the staff|staff|everyone|employees) (?:at|on|in|next)\\b|\\bbreak the news to (?:the team|the staff|staff|everyone|employees)\\b`,
  `\\bno (?:announcement|press release|comms) (?:planned|scheduled|until|till|before)\\b|\\baucune annonce (?:pr[ée]vue|avant)\\b`,
  `\\b(?:annonce|announcement|officialisation) (?:officielle |official )?(?:pr[ée]vue|planned|scheduled|expected)\\b`,
  `(?:goes out|go out|going out|will go out|va tomber|vont tomber|vont partir|va partir)(?<=\\b(?:recall|rappel|comms|memo|letters?|courriers?)\\s+(?:[\\p{L}']+\\s+){0,3}?[\\p{L} ]+)\\s+(?:[\\p{L}']+\\s+)?${WHEN}`,
  `(?:announcing|announce|annoncer)(?<=\\b(?:they're|they are|we're|we are|on va|ils vont|elles vont)\\s+\\p{L}+) (?:it|this|that|[çc]a|le|la|les)\\s+(?:[\\p{L}']+\\s+){0,4}?${WHEN}`,
  `pas encore\\b(?<=\\b(?:le|la|les)\\s+sai(?:t|ent|s),?\\s+(?:nos|les|mes|leurs)\\s+\\p{L}+\\s+pas encore)`,
].map((p) => quick(new RegExp(p, 'iu')))
/** The leftmost match of several patterns, as their alternation would find it (ties: the first pattern). */
const leftmost = (patterns: readonly RegExp[], text: string): RegExpExecArray | null => {
  let best: RegExpExecArray | null = null
  for (const p of patterns) {
    const m = p.exec(text)
    if (m && (!best || m.index < best.index)) best = m
  }
  return best
}
// the writer says they hold something back, or should not be telling it: "can't say more", "je n'en dis pas plus",
// "je ne peux pas dire le nom", "you didn't hear this from us", "vous l'avez pas lu ici", "marketing will kill me",
// "not allowed to post until…", "j'ai pas le droit de le dire"
const WITHHOLDING = quick(
  /\b(?:(?:can't|cannot|can not|won't|not allowed to|not supposed to)\s+(?:say|share|tell|reveal|name|post|disclose)\s+(?:more|much|which|who|the name|anything|details|it|until|till|before)|don't tell (?:my|our|the) (?:boss|manager|team|sales team|hr|marketing|legal|comms|pr)|vous (?:ne )?(?:le |la |l')?(?:lirez|verrez|entendrez) (?:pas|jamais)|you won't (?:read|see|hear) (?:this|it|that|about it)|(?:i've|i have|j'ai) (?:seen|vu) (?:the|les|le|la) (?:spreadsheet|list|deck|slides|planning|fichier|tableau|baux|liste|tableur)|i work there|(?:i'll|we'll|i will|we will)\s+name\s+(?:them|it|the \w+|once|when)|that's all (?:we're|i'm|i can) saying|you didn't hear (?:this|it|that) from|(?:you're|you are) hearing it first|(?:marketing|legal|comms|pr|my boss|hr) (?:will|would|is going to|gonna) kill me|not supposed to know|(?:je|on)\s+(?:n'en\s+)?(?:dis|dirai|dira)\s+(?:pas|rien)\s+(?:de\s+)?plus|je\s+(?:ne\s+)?(?:peux|peut)\s+pas\s+(?:dire|donner|citer|nommer)|je dis [çc]a,? je dis rien|vous (?:ne )?l'avez pas (?:lu|vu|entendu) ici|(?:pas|aucun) (?:le )?droit de (?:le |la |les |en )?(?:dire|parler|publier|poster)|(?:de|d')\s*ne pas en parler|strictement entre nous|spoiler(?: alert)?|en avant-premi[èe]re pour)\b/iu,
)
// the company hides it or tells it late: "staff told to 'stay vague'", "on le cache au client", "handle quietly",
// "the agents have no idea", "IT found out from the press release", "les équipes l'apprennent par la bande"
const CONCEALED = quick(
  /\b(?:told (?:to|us to) ['"«“]?(?:stay vague|say|act|keep|play)|asked (?:us )?to (?:say|keep|stay)|(?:handle|keep) (?:it |this )?quiet(?:ly)?|no need to worry the public|(?:have|has) no idea|found out (?:from|today|by|through|via)|(?:on\s+)?(?:le|la|les)\s+cache(?:nt)?\s+(?:au|aux)|(?:nous|on nous) a (?:demand[ée]|dit) de (?:dire|ne pas)|l'apprenn?\w*\s+par|(?:discr[èe]tement|en douce|sans le dire)|pour [ée]viter la panique|en temps voulu|when the timing is right|before (?:it's|it is) announced|act surprised|(?:will|gonna|going to) spin (?:it|this)|spin it as|(?:vont|va) (?:le |la |les )?(?:pr[ée]senter|faire passer) comme|control the narrative|contr[ôo]ler le r[ée]cit|ma[îi]triser la communication)/iu,
)
// an internal metric with its figure: "our CAC is now higher than LTV", "EBITDA à -2,1 M€", "backlog is 62,000",
// "taux de casse … 6 %", "headcount is 38", "valuation … 2.1 -> 0.9"
const METRIC = quick(
  /(?<![\p{L}\p{N}])(?:ebitda|ebit|cac|ltv|arr|mrr|runway|burn rate|cash burn|backlog|conversion|retention|r[ée]tention|turnover|attrition|churn|nps|gross margin|marge brute|marge nette|marge|margin|headcount|effectif|valuation|valorisation|write-off|d[ée]pr[ée]ciation|taux de (?:casse|rupture|retour|r[ée]siliation|d[ée]sabonnement|d[ée]faut|conversion|marge)|d[ée]lai de traitement|tr[ée]sorerie|cash position|daily actives|monthly actives|dau|mau|chiffre d'affaires|revenue)(?![\p{L}\p{N}])/iu,
)
// the metric with its figure next to it: "churn is at 9%", "NPS passé de 12 à 41", "3x the retention"; not
// "our conversion rate guide, 40 pages"
const metricWithFigure = (text: string): RegExpExecArray | null => {
  const m = METRIC.exec(text)
  if (!m) return null
  const after = text.slice(m.index + m[0].length, m.index + m[0].length + 30)
  const before = text.slice(Math.max(0, m.index - 12), m.index)
  return /^[^.!?\n\d]{0,25}\d/u.test(after) || /\d[^.!?\n\d\p{L}]{0,4}(?:\p{L}+\s+)?$/u.test(before)
    ? m
    : null
}
// figures said to be out already: "published this morning", "in our annual report"
const PUBLISHED = quick(
  /\b(?:publi[ée]s?(?![\p{L}])|published|as reported|as shared|as (?:I|we) (?:shared|told|announced|said)|comme (?:je|nous) (?:l'|vous l')?(?:ai|avons) (?:annonc[ée]|dit|partag[ée])|(?:press release|communiqu[ée] de presse)(?! draft| en pr[ée]paration)|(?:today|this morning|yesterday) reported|results statement|investor (?:site|relations)|public annual|annual results|r[ée]sultats annuels|rapport annuel|annual report|as announced|comme annonc[ée]|results? released|r[ée]sultats (?:annuels|semestriels) publi)\w*/iu,
)

// "seront publiés en mars", "will be published", "on ne publie pas": not out yet
const NOT_YET = quick(/\b(?:seront|sera|will be|to be|pas|not|non|ne|jamais|never)\s$/iu)
// every "published" of a draft, read only when PUBLISHED found one (`matchAll` reads a copy: no state shared)
const EVERY_PUBLISHED = new RegExp(PUBLISHED.source, 'giu')
const published = (text: string) => {
  if (!PUBLISHED.test(text)) return false
  for (const m of text.matchAll(EVERY_PUBLISHED))
    if (!NOT_YET.test(text.slice(Math.max(0, m.index - 9), m.index))) return true
  return false
}

// an announcement made: "annonce la nomination de…", "is pleased to announce"
const ANNOUNCES = quick(
  /\b(?:annonce (?:la|le|l'|les|aujourd'hui)|announces|announced today|(?:is|are) (?:pleased|proud|delighted) to announce|a le plaisir d'annoncer|nomination|appointment of|annonc[ée]e?s? (?:ce jour|aujourd'hui)|confirme (?:un|une|le|la|l')|confirms (?:a|an|the))/iu,
)
// an embargo over: "Embargo lifted", "l'embargo est levé"
const EMBARGO_OVER = quick(
  /\bembargo(?:es)?\s+(?:(?:is|has been|est|a été)\s+)?(?:lifted|levée?|over|ended|termin[ée])|\blev[ée]e de l'embargo|\bafter the embargo\b/iu,
)
// a confidence between friends is only a leak when news follows: "entre nous, le meilleur moment c'est…" is not
const WEAK_HUSH = new Set(
  ['entre nous', 'de vous a moi', 'between us', 'between you and me'].map((p) =>
    p.split(' ').map(foldWord).join(' '),
  ),
)

const SAFE_CONTEXT = foldedSet(CONFIDENTIAL_SAFE_CONTEXT)
const CUES = foldedSet(FIGURE_CUES)
const FIGURE = quick(/\d[\d\s.,]*\s?(?:%|€|\$|£|k€|m€|md€|millions?|milliards?|billions?|bn|m\b|k\b)/iu)

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

// a code name that is also a common word, written as one: "a kestrel was nesting", "un pélican s'est invité", "le
// sirocco souffle fort" (lower case, after an article); a code name is written as a name ("le Colibri sort…")
const ARTICLES = foldedSet([
  'a',
  'an',
  'the',
  'un',
  'une',
  'le',
  'la',
  'l',
  'les',
  'des',
  'du',
  'this',
  'that',
  'ce',
  'cette',
])
// a code name that is part of another name: a shop, a hotel, a club, a charity, a street or a town ("la Librairie
// Atlas de Nantes", "the Meridian Hotel", "the Otter Rescue Fund", "le FC Phénix", "our Tidewater, Virginia store")
const NAME_BEFORE = quick(
  /(?:^|[^\p{L}])(?:librairie|boutique|h[ôo]tel|hotel|fc|club|restaurant|caf[ée]|brasserie|rue|avenue|boulevard|place|fondation|association|stade|cin[ée]ma|th[ée][âa]tre|salle|lyc[ée]e|[ée]cole|coll[èe]ge|mus[ée]e)\s+$/iu,
)
const NAME_AFTER = quick(
  /^(?:\s+(?:hotel|rescue|fund|foundation|club|trust|society|charity|park|street|road|avenue|school|college|museum|theatre|theater|stadium|fc)\b|,\s+\p{Lu}\p{L}+\s+(?:store|shop|branch|office|boutique|magasin|agence)\b)/iu,
)
const partOfName = (text: string, h: { start: number; end: number }) =>
  NAME_BEFORE.test(text.slice(Math.max(0, h.start - 14), h.start)) ||
  NAME_AFTER.test(text.slice(h.end, h.end + 30))

const commonWord = (text: string, tokens: readonly Token[], h: { start: number; end: number }) => {
  if (partOfName(text, h)) return true
  const words = text.slice(h.start, h.end)
  if (/\p{Lu}|\d|\s/u.test(words)) return false
  const k = tokens.findIndex((t) => t.start === h.start)
  return k > 0 && ARTICLES.has(tokens[k - 1]!.norm) && text[h.start - 1] !== '#'
}

/** The workspace's confidential terms, confidentiality and embargo markers, and unpublished figures. */
export const findConfidential = (
  text: string,
  tokens: readonly Token[],
  sentences: readonly number[],
  given: readonly string[],
): Finding[] => {
  const terms = sameList(given)
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
    for (const h of termMatcher(terms).find(tokens))
      if (!commonWord(text, tokens, h)) at('confidential_term', h, 'high')
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
    for (const h of findSpelledOut(text, compact, cores))
      if (!found.some((f) => f.start <= h.start && h.end <= f.end)) at('confidential_term', h, 'high')
    for (const h of findLooseTerms(text, tokens, terms))
      if (!commonWord(text, tokens, h) && !found.some((f) => f.start < h.end && h.start < f.end))
        at('confidential_term', h, 'medium')
    for (const h of findInitials(text, terms))
      if (!found.some((f) => f.start <= h.start && h.end <= f.end)) at('confidential_term', h, 'medium')
  }
  const marks = markerMatcher().find(tokens)
  // a release date alone is news; with a figure next to it, the figure is out before its date
  const figure = FIGURE.test(text)
  // whether the news is already out, read once and only when a rule below asks
  let out: boolean | undefined
  const alreadyOut = () => (out ??= published(text) || ANNOUNCES.test(text))
  const early = (figure ? BEFORE_RELEASE.exec(text) : null) ?? HUSH.exec(text)
  if (early) at('embargo', { start: early.index, end: early.index + early[0].length }, 'high')
  const deal = DEAL.exec(text)
  if (deal && TEASE.test(text) && !OFFICIAL.test(text))
    at('confidential_marker', { start: deal.index, end: deal.index + deal[0].length }, 'medium')
  const plan = RESTRUCTURE.exec(text)
  if (plan && !OFFICIAL.test(text))
    at('unpublished_figures', { start: plan.index, end: plan.index + plan[0].length }, 'medium')
  const held = HELD_UNTIL.exec(text)
  if (held) at('embargo', { start: held.index, end: held.index + held[0].length }, 'high')
  const said = /interne|internally|r[ée]union|meeting/iu.test(text) ? SAID_INTERNALLY.exec(text) : null
  if (said) at('confidential_marker', { start: said.index, end: said.index + said[0].length }, 'high')
  // news words: the sixth round's pattern, then the seventh round's words looked up among the tokens
  let newsSaid: boolean | undefined
  const news = () => (newsSaid ??= NEWS.test(text) || marks.some((h) => h.data === 'news'))
  const shush = SHUSH.exec(text)
  if (shush && news() && !OFFICIAL.test(text))
    at('confidential_marker', { start: shush.index, end: shush.index + shush[0].length }, 'medium')
  // news or a figure first (most drafts have neither), then what frames it as not out yet
  const hint = figure || news()
  const metric = figure || /\d{2,}/.test(text) ? metricWithFigure(text) : null
  // with any figure, only the strongest cues count (figures said unpublished, news hidden), read before 'already out'
  const cued = hint || metric || (NUMBER.test(text) && (UNPUBLISHED_SAID.test(text) || CONCEALED.test(text)))
  if (cued && !alreadyOut()) {
    const future =
      (hint ? (leftmost(FUTURE_DISCLOSURE, text) ?? leftmost(LATER_DISCLOSURE, text)) : null) ??
      UNPUBLISHED_SAID.exec(text)
    if (future) at('embargo', { start: future.index, end: future.index + future[0].length }, 'high')
    // hiding is a cue strong enough for any figure: "3 pannes majeures ce trimestre, on le cache au client"
    const held = (hint ? WITHHOLDING.exec(text) : null) ?? CONCEALED.exec(text)
    if (held) at('confidential_marker', { start: held.index, end: held.index + held[0].length }, 'medium')
    if (metric)
      at('unpublished_figures', { start: metric.index, end: metric.index + metric[0].length }, 'medium')
  }
  const meeting = INTERNAL_FIGURES.exec(text)
  if (meeting && NUMBER.test(text) && !alreadyOut())
    at('unpublished_figures', { start: meeting.index, end: meeting.index + meeting[0].length }, 'medium')
  const cuts = JOB_CUTS.exec(text)
  if (cuts) at('unpublished_figures', { start: cuts.index, end: cuts.index + cuts[0].length }, 'medium')
  for (const m of text.matchAll(NOT_YET_OUT))
    at('embargo', { start: m.index, end: m.index + m[0].length }, 'high')
  for (const h of marks) {
    if (h.data === 'news') continue
    if (h.data === 'word' && reassures(tokens, sentences, h.from)) continue
    // "traité de manière strictement confidentielle", "kept strictly confidential": how a file is handled
    if (h.data === 'marker' && handledAs(tokens, sentences, h.from)) continue
    if (
      h.data === 'marker' &&
      WEAK_HUSH.has(
        tokens
          .slice(h.from, h.to)
          .map((t) => t.norm)
          .join(' '),
      ) &&
      !news()
    )
      continue
    if (h.data === 'embargo' && EMBARGO_OVER.test(text)) continue
    if (h.data === 'embargo') at('embargo', h, 'high')
    else if (h.data === 'figures') at('unpublished_figures', h, 'high')
    else at('confidential_marker', h, h.data === 'word' ? 'medium' : 'high')
  }
  found.push(...findUntoldNews(text, alreadyOut))
  tokens.forEach((t, k) => {
    if (CUES.has(t.norm) && figureNear(text, tokens, sentences, k)) at('unpublished_figures', t, 'medium')
  })
  return found
}

// Writes the posts of one crisis: the incident's wording in both languages,
// the voice of each post (weighted by phase and cause), and the text itself.

import type { CrisisStance } from './crisis-stance.ts'
import { isOther } from './ordinary-post.ts'
import { GENERIC_CRISIS } from './sector-lexicon.ts'
import type { StreamContext } from './stream-context.ts'
import { CAUSES_EN } from './texts-causes-en.ts'
import { CAUSES_FR } from './texts-causes-fr.ts'
import { CRISIS_EN } from './texts-crisis-en.ts'
import { CRISIS_FR } from './texts-crisis-fr.ts'
import { OTHER_LANGUAGES } from './texts-other-languages.ts'
import { CAUSE_TAGS, INCIDENT_REFS } from './texts-variety.ts'
import type { Cause } from './types.ts'
import type { Phase } from './wave-runner.ts'

export interface Incident {
  cause: Cause
  what: { fr: string; en: string }
  /** short references once the story is known ("cette fuite", "the video") */
  refs: { fr: string[]; en: string[] }
  tag: string
  place: string
  product: { fr: string; en: string }
  queryId: string
}

export function makeIncident(ctx: StreamContext, cause: Cause, queryId: string): Incident {
  const rng = ctx.rng
  const bank = ctx.lex.crisis[cause] ?? GENERIC_CRISIS[cause]
  const i = rng.int(0, Math.max(bank.fr.length, bank.en.length) - 1)
  const place = rng.pick(ctx.lex.places)
  const fill = (s: string) => s.replace('{place}', place)
  const pi = rng.int(0, 99)
  const tagBase = ctx.text.tagBrand(queryId)
  const what = { fr: fill(bank.fr[i % bank.fr.length]), en: fill(bank.en[i % bank.en.length]) }
  const outage =
    cause === 'data_breach_outage' && /outage|meltdown|down|crippl|panne|grounded|wipe/i.test(what.en)
  const fr = (ctx.profile.langs.fr ?? 0) >= 0.5
  const causeTags = fr ? CAUSE_TAGS[cause].fr : CAUSE_TAGS[cause].en
  // A sector tag only when it names this incident (#explosion for an explosion, not for a bonus scandal).
  const plain = (x: string) =>
    x
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
  const fitting = ctx.lex.crisisTags.filter((t) =>
    plain(`${what.fr} ${what.en}`).includes(plain(t).slice(0, 5)),
  )
  const tag =
    fitting.length && rng.chance(0.5)
      ? rng.pick(fitting)
      : rng.chance(0.5)
        ? rng.pick(causeTags)
        : rng.pick([`${tagBase}Gate`, `Boycott${tagBase}`, fr ? `${tagBase}Scandale` : `${tagBase}Scandal`])
  return {
    cause,
    what,
    refs: INCIDENT_REFS[outage ? 'outage' : cause],
    tag,
    place,
    product: {
      fr: ctx.lex.products.fr[pi % ctx.lex.products.fr.length],
      en: ctx.lex.products.en[pi % ctx.lex.products.en.length],
    },
    queryId,
  }
}

type Weights = Partial<Record<CrisisStance, number>>

const PHASE: Record<Phase, Weights> = {
  early: {
    witness: 3,
    relay: 2.5,
    question: 2,
    anger: 1.5,
    fear: 1,
    sarcasm: 0.5,
    headline: 0.2,
    demand: 0.3,
    defend: 0.3,
    joke: 0.2,
    boycott: 0.2,
    quit: 0.2,
  },
  peak: {
    witness: 1,
    relay: 1.5,
    anger: 3,
    sarcasm: 1.5,
    boycott: 1.2,
    quit: 1,
    question: 1,
    demand: 0.8,
    fear: 0.8,
    joke: 0.6,
    defend: 0.4,
    headline: 0.6,
  },
  late: {
    witness: 0.4,
    relay: 0.8,
    anger: 1.5,
    sarcasm: 0.8,
    boycott: 0.8,
    quit: 1,
    question: 0.6,
    demand: 0.8,
    headline: 0.8,
    joke: 0.4,
    defend: 0.4,
  },
}

const CAUSE: Record<Cause, Weights> = {
  accident: {
    fear: 4,
    witness: 1.5,
    boycott: 0.1,
    quit: 0.1,
    joke: 0.05,
    sarcasm: 0.2,
    headline: 2.5,
    question: 1.5,
    anger: 0.5,
    defend: 0.3,
  },
  data_breach_outage: { fear: 2, quit: 1.5, witness: 1.5 },
  employee_post: { anger: 1.3, boycott: 1.5, sarcasm: 1.3, fear: 0.2 },
  governance: { demand: 2, headline: 1.8, sarcasm: 1.3, fear: 0.2, witness: 0.5 },
  customer_service: { anger: 1.5, boycott: 1.3, fear: 0.2 },
  product_defect: { witness: 2, fear: 1.5, quit: 1.3 },
  external_attack: { fear: 2, question: 1.5, boycott: 0.3, witness: 1.2 },
}

export function pickStance(ctx: StreamContext, cause: Cause, phase: Phase, answered: boolean): CrisisStance {
  const w: Weights = {}
  for (const [k, v] of Object.entries(PHASE[phase]) as [CrisisStance, number][])
    w[k] = v * (CAUSE[cause][k] ?? 1)
  if (answered) w.reaction = phase === 'late' ? 2.5 : 1.2
  return ctx.rng.weighted(w)
}

const MOOD: Partial<Record<CrisisStance, 'angry' | 'fear' | 'laugh' | 'annoyed' | 'none'>> = {
  anger: 'angry',
  boycott: 'angry',
  quit: 'annoyed',
  fear: 'fear',
  sarcasm: 'laugh',
  joke: 'laugh',
  reaction: 'annoyed',
  question: 'annoyed',
}

/** The body of a crisis post in the given voice and language. */
export function crisisText(
  ctx: StreamContext,
  inc: Incident,
  stance: CrisisStance,
  lang: string,
  elapsedH?: number,
): string {
  const rng = ctx.rng
  if (isOther(lang)) {
    const bank = OTHER_LANGUAGES[lang]
    const line = stance === 'reply' ? rng.pick(bank.reply) : rng.pick(bank.crisis)
    return ctx.text.ensureMatch(
      ctx.text.fill(line, lang, inc.queryId, { tag: inc.tag }),
      lang,
      inc.queryId,
      stance === 'reply' ? 0.4 : 0.95,
    )
  }
  const fr = lang === 'fr'
  const generic = fr ? CRISIS_FR : CRISIS_EN
  const causes = fr ? CAUSES_FR : CAUSES_EN
  let line: string
  // Generic first-person lines ("this happened to me too") do not fit an accident.
  if (stance === 'witness' && (inc.cause === 'accident' || rng.chance(0.65)))
    line = rng.pick(causes[inc.cause].witness)
  else if (stance === 'headline' && rng.chance(0.55)) line = rng.pick(causes[inc.cause].headline)
  else if (stance === 'article' && inc.cause === 'accident')
    line = rng.pick(generic.article.filter((l) => !/boycott/i.test(l)))
  else line = rng.pick(generic[stance])
  // Two voices in one post now and then: "Shame on you. Boycott."
  const solo = ['headline', 'article', 'statement', 'reply', 'defend', 'joke']
  if (!solo.includes(stance) && rng.chance(0.28)) {
    const second = rng.pick(
      generic[rng.pick(['anger', 'boycott', 'question', 'sarcasm', 'quit', 'demand'] as CrisisStance[])],
    )
    if (second !== line) line = `${line} ${second}`
  }
  const news = stance === 'headline' || stance === 'article' || stance === 'statement'
  const full = fr ? inc.what.fr : inc.what.en
  const refs = fr ? inc.refs.fr : inc.refs.en
  let usedFull = false
  const slots: Record<string, string | (() => string)> = {
    // The first mention in a post may be the full story, later ones are short.
    what: () => {
      if (!usedFull && (news || rng.chance(0.45))) {
        usedFull = true
        return full
      }
      return rng.pick(refs)
    },
    product: fr ? inc.product.fr : inc.product.en,
    tag: inc.tag,
    place: inc.place,
    n: String(rng.int(2, 25)),
  }
  if (elapsedH !== undefined) slots.hours = String(Math.max(1, Math.round(elapsedH)))
  if (news) slots.brand = () => ctx.text.nameForm(inc.queryId)
  let text = ctx.text.fill(line, lang, inc.queryId, slots)
  if (!news && stance !== 'reply') text = ctx.text.wrap(text, lang, 0.3)
  if (stance !== 'headline' && stance !== 'article' && stance !== 'statement') {
    text = ctx.text.decorate(text, MOOD[stance] ?? 'none', {
      shout: stance === 'anger' ? 0.06 : 0,
      tag: inc.tag,
      tagChance: 0.22,
    })
  }
  const p = stance === 'reply' ? 0.4 : stance === 'statement' ? 0.5 : 0.96
  return ctx.text.ensureMatch(text, lang, inc.queryId, p)
}

/** The post that starts the crisis. */
export function originText(ctx: StreamContext, inc: Incident, lang: string): string {
  const fr = lang === 'fr'
  const line = ctx.rng.pick((fr ? CAUSES_FR : CAUSES_EN)[inc.cause].origin)
  const text = ctx.text.fill(line, lang, inc.queryId, {
    what: fr ? inc.what.fr : inc.what.en,
    product: fr ? inc.product.fr : inc.product.en,
    tag: inc.tag,
    place: inc.place,
  })
  return ctx.text.ensureMatch(text, lang, inc.queryId, 1)
}

/** A breaking headline of this incident's cause, for the post that starts a news-led crisis. */
export function causeHeadline(ctx: StreamContext, inc: Incident, lang: string): string {
  const fr = lang === 'fr'
  const line = ctx.rng.pick((fr ? CAUSES_FR : CAUSES_EN)[inc.cause].headline)
  return ctx.text.fill(line, lang, inc.queryId, {
    what: fr ? inc.what.fr : inc.what.en,
    place: inc.place,
    brand: () => ctx.text.nameForm(inc.queryId),
  })
}

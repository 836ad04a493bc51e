import {
  type CrisisCluster,
  type CrisisType,
  type Posture,
  type PostureAdvice,
  PostureFacts,
  type PostureOption,
  type PostureRisk,
} from '../core/index.ts'
import { CLUSTER_OF, inferCrisisType } from './crisis-types.ts'
import { clusterWords, type PhraseKey, POSTURE_NAMES, riskName, say, typeName } from './posture-phrases.ts'

export const SCCT_SOURCES = [
  'Coombs, W. T. (2007). Protecting organization reputations during a crisis: the development and application of Situational Crisis Communication Theory. Corporate Reputation Review, 10(3), 163–176.',
  'Coombs, W. T., & Holladay, S. J. (2002). Helping crisis managers protect reputational assets: initial tests of the Situational Crisis Communication Theory. Management Communication Quarterly, 16(2), 165–186.',
]

const POSTURES: readonly Posture[] = ['acknowledge', 'counter', 'deny']

interface Situation {
  facts: PostureFacts
  type: CrisisType
  cluster: CrisisCluster
  /** crisis history or an unfavourable prior reputation (SCCT's intensifiers) */
  intensified: boolean
  severeWithVictims: boolean
  /** a rumour or a challenge the team can prove false: the one place denial fits */
  provablyFalse: boolean
}

/**
 * SCCT's guidelines (Coombs 2007) on our three postures: instructing information and care always; for the
 * victim cluster that is enough unless an intensifier adds an excuse or justification; the accidental
 * cluster adds an excuse or justification, or an apology and compensation with an intensifier; preventable
 * crises and severe harm to victims call for apology and compensation; denial only for rumours and
 * challenges that are false.
 */
const recommend = (s: Situation): { posture: Posture; why: PhraseKey } => {
  if (s.provablyFalse) return { posture: 'deny', why: 'why_deny_false' }
  if (s.cluster === 'preventable') return { posture: 'acknowledge', why: 'why_acknowledge_preventable' }
  if (s.severeWithVictims) return { posture: 'acknowledge', why: 'compensation' }
  if (s.type === 'rumor') {
    return s.facts.accusationFalse === false
      ? { posture: 'acknowledge', why: 'why_acknowledge_true' }
      : { posture: 'deny', why: 'why_deny_unproven' }
  }
  if (s.cluster === 'victim') {
    return s.intensified
      ? { posture: 'counter', why: 'why_counter_victim' }
      : { posture: 'acknowledge', why: 'why_acknowledge_victim' }
  }
  return s.intensified
    ? { posture: 'acknowledge', why: 'why_acknowledge_intensified' }
    : { posture: 'counter', why: 'why_counter_accidental' }
}

/** How risky each posture is here, and why (the reasons are empty for a posture that fits). */
const riskOf = (s: Situation, posture: Posture): { risk: PostureRisk; why: PhraseKey[] } => {
  const { facts } = s
  const why: PhraseKey[] = []
  let risk: PostureRisk = 'low'
  const raise = (to: PostureRisk, key: PhraseKey) => {
    if (to === 'high' || risk === 'low') risk = to
    why.push(key)
  }
  if (posture === 'deny' && !s.provablyFalse) {
    if (facts.accusationFalse === false) raise('high', 'risk_deny_true')
    if (s.cluster === 'preventable') raise('high', 'risk_deny_preventable')
    if (facts.victims || facts.harm === 'severe') raise('high', 'risk_deny_victims')
    if (facts.accusationFalse === undefined) raise('medium', 'risk_deny_unproven')
  }
  if (posture === 'counter') {
    if (s.cluster === 'preventable') raise('high', 'risk_counter_preventable')
    if (facts.victims) raise(facts.harm === 'severe' ? 'high' : 'medium', 'risk_counter_victims')
    if (s.intensified && s.cluster !== 'victim') raise('medium', 'risk_intensified')
  }
  if (posture === 'acknowledge' && s.provablyFalse) raise('medium', 'risk_acknowledge_false')
  return { risk, why }
}

/**
 * Posture advice for a crisis from its facts alone (issue 13): the recommended posture with the reasons,
 * the two others with their risks, and warnings, in the requested language. Throws `invalid` on bad facts.
 */
export const advisePosture = (input: unknown): PostureAdvice => {
  const facts = PostureFacts.parse(input)
  const { lang } = facts
  const type = facts.crisisType ?? inferCrisisType(facts)
  const cluster = CLUSTER_OF[type]
  const situation: Situation = {
    facts,
    type,
    cluster,
    intensified: facts.pastCrises > 0 || facts.reputation === 'bad',
    severeWithVictims: facts.victims && facts.harm === 'severe',
    provablyFalse: facts.accusationFalse === true && (type === 'rumor' || type === 'challenge'),
  }
  const { posture, why } = recommend(situation)
  const [clusterName, level] = clusterWords(cluster, lang)
  const reasons = [say(lang, 'type', { type: typeName(type, lang), cluster: clusterName, level })]
  if (facts.pastCrises > 0) reasons.push(say(lang, 'history', { count: facts.pastCrises }))
  if (facts.reputation === 'bad') reasons.push(say(lang, 'badReputation'))
  reasons.push(say(lang, why))
  if (facts.victims) reasons.push(say(lang, 'victimsFirst'))
  const options = POSTURES.map((p) => ({ posture: p, ...riskOf(situation, p) }))
  const alternatives: PostureOption[] = options
    .filter((o) => o.posture !== posture)
    .map((o) => ({
      posture: o.posture,
      risk: o.risk,
      reasons: o.why.length > 0 ? o.why.map((k) => say(lang, k)) : [say(lang, 'fits')],
    }))
  const warnings: string[] = []
  if (!facts.crisisType) warnings.push(say(lang, 'inferred', { cause: facts.cause }))
  const chosen = options.find((o) => o.posture === facts.chosen && o.posture !== posture)
  if (chosen) {
    const name = POSTURE_NAMES[chosen.posture][lang]
    warnings.push(say(lang, 'chosen', { posture: name, risk: riskName(chosen.risk, lang) }))
    warnings.push(...chosen.why.map((k) => say(lang, k)))
  }
  warnings.push(say(lang, 'consistency'))
  return {
    recommended: posture,
    crisisType: type,
    cluster,
    crisisTypeInferred: !facts.crisisType,
    alternatives,
    reasons,
    warnings,
    sources: SCCT_SOURCES,
  }
}

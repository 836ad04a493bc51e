import { type Finding, findingAt } from './finding.ts'
import { quick } from './quick-pattern.ts'

// Sarcasm and condescension without an abusive word (seventh round), each read from its rare words first.

// a bad review thanked for, to be kept like a trophy: "Merci pour votre avis 1 étoile, on va l'encadrer", "Thanks
// for your 1-star review. We'll treasure it."
const THANKED_REVIEW = quick(
  /\b(?:merci|thanks|thank you|bravo|congrats)\b[^.!?\n]{0,40}\b(?:avis|review|note|[ée]toiles?|stars?|rating|plainte|complaint|r[ée]clamation)\b/iu,
)
const KEPT_AS_TROPHY = quick(
  /\b(?:encadr\w*|l'afficher|afficher au mur|pr[ée]cieusement|frame (?:it|that|this)|treasure (?:it|that|this)|cherish (?:it|that|this)|hang it (?:up|on))|🖼️/iu,
)
// a competitor congratulated on its failure: "Congrats to our competitor on their 3rd outage this month"
const RIVAL_FAILURE = quick(
  /\b(?:congrats|congratulations|bravo|f[ée]licitations|well done|chapeau)\b[^.!?\n]{0,40}\b(?:competitors?|rivals?|concurrents?|concurrence)\b[^.!?\n]{0,40}\b(?:outages?|pannes?|bugs?|retards?|delays?|faillite|recalls?|rappels?|failures?|[ée]checs?|fuites?|leaks?)\b/iu,
)
// condescension announced as politeness: "Sans vouloir vous vexer, la notice existe…", "No offence, but you…";
// and "some of us actually read the instructions"
const POLITE_CONDESCENSION = quick(
  /\b(?:sans vouloir vous (?:vexer|offenser|froisser)|no offen[cs]e,? but|no disrespect,? but)\b|\bsome of us (?:actually|really) (?:read|check|know how to|understand)\b/iu,
)

const finding = (kind: 'mockery' | 'aggressive_tone', m: RegExpExecArray): Finding =>
  findingAt(m, kind, kind, 'medium')

/** Ironic thanks for a bad review, a competitor congratulated on a failure, condescension dressed as politeness. */
export const findSarcasm = (text: string): Finding[] => {
  const found: Finding[] = []
  const thanked = THANKED_REVIEW.exec(text)
  if (thanked && KEPT_AS_TROPHY.test(text)) found.push(finding('mockery', thanked))
  const rival = RIVAL_FAILURE.exec(text)
  if (rival) found.push(finding('mockery', rival))
  const polite = POLITE_CONDESCENSION.exec(text)
  if (polite) found.push(finding('aggressive_tone', polite))
  return found
}

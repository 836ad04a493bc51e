/**
 * The closed lists of Vigie's vocabulary as plain constants, with no import at all: the dashboard's bundle
 * reads them from here (core's index.ts pulls zod and node code), and core's schemas are built on them, so
 * the two can never disagree. The import rules keep this file free of imports.
 */

/** Languages Vigie analyses; anything else is marked `und` (undetermined or unsupported). */
export const LANGS = ['fr', 'en', 'und'] as const
export const SENTIMENT_LABELS = ['negative', 'neutral', 'positive'] as const
export const EMOTIONS = ['anger', 'fear', 'sadness', 'joy', 'surprise', 'disgust'] as const
/** The likely cause of a crisis a mention speaks of. */
export const CAUSES = [
  'product_defect',
  'accident',
  'employee_post',
  'customer_service',
  'data_breach_outage',
  'external_attack',
  'governance',
  'none',
] as const
/** What a crisis drill can be about: the causes the simulator tells a crisis story for (the first is the default). */
export const DRILL_SCENARIOS = ['employee_post', 'product_defect', 'accident', 'data_breach_outage'] as const
/** The orders of a list of mentions (the store's `MentionSort`). */
export const MENTION_SORTS = ['newest', 'oldest', 'reach', 'engagement'] as const
/** Roles in a workspace, from least to most. */
export const ROLES = ['viewer', 'responder', 'analyst', 'admin'] as const
export const ALERT_STATUSES = ['open', 'acknowledged', 'resolved'] as const
/** The shapes of file Vigie imports (`vigie ingest --format`, the dashboard's Import page). */
export const FILE_FORMATS = ['jsonl', 'csv', 'twitter-v2', 'mastodon', 'bluesky', 'reddit'] as const
export type FileFormat = (typeof FILE_FORMATS)[number]
/** An incident's life in the crisis room (core's `IncidentState`). */
export const INCIDENT_STATES = ['open', 'responding', 'monitoring', 'closed'] as const
/** SCCT's crisis types, victim cluster first, then accidental, then preventable (core's `CrisisType`). */
export const CRISIS_TYPES = [
  'rumor',
  'natural_disaster',
  'product_tampering',
  'workplace_violence',
  'challenge',
  'technical_error_accident',
  'technical_error_product_harm',
  'human_error_accident',
  'human_error_product_harm',
  'organizational_misdeed',
] as const
/** Acknowledge and repair; counter-attack or shift responsibility; deny or minimise (core's `Posture`). */
export const POSTURES = ['acknowledge', 'counter', 'deny'] as const
/** Who a reply speaks to; `harmed`: the people the crisis hurt. */
export const AUDIENCES = ['customers', 'employees', 'press', 'investors', 'authorities', 'harmed'] as const
/** The forms a reply takes. */
export const REPLY_CHANNELS = [
  'short_post',
  'thread',
  'press_statement',
  'internal_message',
  'private_reply',
] as const
/**
 * The networks a post or thread is written for, with the length a post may have there (characters as
 * the network counts them, close enough: graphemes). Sources: each network's public documentation.
 */
export const NETWORK_LIMITS = {
  x: 280,
  bluesky: 300,
  mastodon: 500,
  threads: 500,
  linkedin: 3000,
  facebook: 5000,
  instagram: 2200,
} as const
export const DRAFT_STATES = ['draft', 'in_review', 'approved', 'rejected', 'published'] as const

/** What an `effect` line of an incident's timeline says (its text is this object as JSON): a response, before → after. */
export interface EffectLine {
  response: string
  perHourBefore: number
  perHourAfter: number
  negativeBefore: number | null
  negativeAfter: number | null
}

/** An `effect` line's text read back; undefined when it is not one (then the text is shown as it is). */
export const readEffectLine = (text: string): EffectLine | undefined => {
  try {
    const e = JSON.parse(text) as EffectLine | null
    return typeof e?.perHourBefore === 'number' ? e : undefined
  } catch {
    return undefined
  }
}

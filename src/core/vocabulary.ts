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
/** The orders of a list of mentions (the store's `MentionSort`). */
export const MENTION_SORTS = ['newest', 'oldest', 'reach', 'engagement'] as const
/** Roles in a workspace, from least to most. */
export const ROLES = ['viewer', 'responder', 'analyst', 'admin'] as const
export const ALERT_STATUSES = ['open', 'acknowledged', 'resolved'] as const
/** The shapes of file Vigie imports (`vigie ingest --format`, the dashboard's Import page). */
export const FILE_FORMATS = ['jsonl', 'csv', 'twitter-v2', 'mastodon', 'bluesky', 'reddit'] as const
export type FileFormat = (typeof FILE_FORMATS)[number]

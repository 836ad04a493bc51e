import { z } from 'zod'
import { ALERT_STATUSES } from './vocabulary.ts'

export const DETECTOR_KINDS = [
  'volume',
  'negative_share',
  'virality',
  'influence',
  'lexicon',
  'loss_of_control',
  'emerging_topic',
] as const
export const DetectorKind = z.enum(DETECTOR_KINDS)
export type DetectorKind = z.infer<typeof DetectorKind>

/** Crisis levels, in increasing order of gravity. */
export const Severity = z.enum(['watch', 'alert', 'crisis'])
export type Severity = z.infer<typeof Severity>

/** What one detector saw at one moment of event time. */
export const Signal = z.object({
  detector: DetectorKind,
  queryId: z.string(),
  at: z.coerce.date(),
  /** the measured value (mentions per interval, negative share...) */
  value: z.number(),
  /** what was expected at that time */
  baseline: z.number(),
  /** 0..1: how abnormal the value is */
  score: z.number().min(0).max(1),
  /** a sentence saying what was seen */
  explanation: z.string(),
  /** ids of the mentions that explain it, most telling first */
  mentions: z.array(z.string()),
})
export type Signal = z.infer<typeof Signal>

export const AlertStatus = z.enum(ALERT_STATUSES)
export type AlertStatus = z.infer<typeof AlertStatus>

/** An alert as stored, delivered and written by `vigie replay` (one JSON line each). */
export const Alert = z.object({
  id: z.string(),
  workspaceId: z.string(),
  queryId: z.string(),
  /** event time of the detection */
  at: z.coerce.date(),
  kind: z.string(),
  severity: Severity,
  /** 0..100 */
  score: z.number().min(0).max(100),
  explanation: z.string(),
  mentions: z.array(z.string()),
  status: AlertStatus.default('open'),
  details: z.record(z.string(), z.unknown()).default({}),
})
export type Alert = z.infer<typeof Alert>

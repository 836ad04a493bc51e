import { z } from 'zod'
import { Id } from './workspace.ts'

/** Where mentions come from: feeds and networks read by Vigie, and webhooks that push to it. */
export const SourceKind = z.enum(['rss', 'mastodon', 'bluesky', 'reddit', 'webhook'])
export type SourceKind = z.infer<typeof SourceKind>

/** A source a workspace listens to: what to read, how often, with the connector's own options. */
export const SourceDefinition = z.object({
  id: Id,
  workspaceId: Id,
  kind: SourceKind,
  /** the feed, the instance, the Jetstream endpoint, Reddit's base URL; none for a webhook */
  url: z.string().url().optional(),
  /** the connector's options (hashtags, terms, subreddits, owned accounts, credentials…), checked by it */
  options: z.record(z.string(), z.unknown()).default({}),
  /** polling period (streams reconnect instead); 5 minutes by default, at least 30 s */
  everyMs: z
    .number()
    .int()
    .min(30_000)
    .max(7 * 86_400_000)
    .default(300_000),
  enabled: z.boolean().default(true),
  createdAt: z.coerce.date(),
})
export type SourceDefinition = z.infer<typeof SourceDefinition>

/** How a source is doing, as its runner last saw it. */
export interface SourceHealth {
  sourceId: string
  workspaceId: string
  lastSuccessAt?: Date
  lastErrorAt?: Date
  lastError?: string
  /** mentions stored from it since it was added */
  stored: number
  /** items it rejected since it was added */
  rejected: number
}

/** `30s`, `5m`, `1h`, `1d` → milliseconds; undefined if the text is not one of these forms. */
export const parseEvery = (text: string): number | undefined => {
  const m = /^(\d+)\s*(s|m|h|d)$/i.exec(text.trim())
  if (!m) return undefined
  const unit = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 }[
    m[2]!.toLowerCase() as 's' | 'm' | 'h' | 'd'
  ]
  return Number(m[1]) * unit
}

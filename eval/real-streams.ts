/**
 * The real crisis suite (issue 10): public posts around real events, assembled under
 * `<shared>/data/crisis-streams/` (one folder per event: `event.json` and `mentions.jsonl` in the mention
 * format; `split.json` says which events are `dev` and which are `holdout`, never tuned on). Each stream is
 * read with the product's own file connector and replayed causally through its analysis and detection.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createManualClock, type Mention } from '../src/core/index.ts'
import type { DetectedAlert, DetectionSettingsInput } from '../src/detection/index.ts'
import { createPipeline } from '../src/runtime/index.ts'
import { createFileConnector } from '../src/sources/index.ts'

export interface RealEvent {
  slug: string
  name: string
  kind: 'crisis' | 'control'
  category: string
  cause?: string
  brand: string
  lang: string
  query: string
  owned?: string[]
  onset: string
}

export interface RealStream {
  event: RealEvent
  split: 'dev' | 'holdout'
  mentions: Mention[]
  /** rows the file connector refused */
  rejected: number
}

export const streamsDir = (sharedDir: string) => join(sharedDir, 'data', 'crisis-streams')

/** Every event of the suite with its stream, in split order (dev first); events not yet assembled are skipped. */
export const readRealStreams = async (sharedDir: string): Promise<RealStream[]> => {
  const dir = streamsDir(sharedDir)
  const split = JSON.parse(readFileSync(join(dir, 'split.json'), 'utf8')) as Record<
    'dev' | 'holdout',
    string[]
  >
  const streams: RealStream[] = []
  // VIGIE_EVAL_SPLIT=dev while tuning: the holdout events must not be looked at until the end
  const parts = process.env.VIGIE_EVAL_SPLIT === 'dev' ? (['dev'] as const) : (['dev', 'holdout'] as const)
  for (const part of parts) {
    for (const slug of split[part]) {
      const folder = join(dir, slug)
      if (!existsSync(join(folder, 'event.json')) || !existsSync(join(folder, 'mentions.jsonl'))) continue
      const event = JSON.parse(readFileSync(join(folder, 'event.json'), 'utf8')) as RealEvent
      const mentions: Mention[] = []
      let rejected = 0
      const connector = createFileConnector({ path: join(folder, 'mentions.jsonl') })
      for await (const item of connector.read(undefined, new AbortController().signal)) {
        if ('mention' in item) mentions.push(item.mention)
        else rejected++
      }
      mentions.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
      streams.push({ event, split: part, mentions, rejected })
    }
  }
  return streams
}

/** What a replay gives: the alerts in order, and when each post matching the event's query was seen. */
export interface Replayed {
  alerts: DetectedAlert[]
  /** epoch milliseconds of the posts the brand query matched (the only ones detection sees) */
  matchedAt: number[]
}

/**
 * Replays one stream through a fresh pipeline (its brand query, the event's language) as `detectStream`
 * does, also noting which posts the query matched: a collection may hold many posts that it does not.
 */
export const replayRealStream = (s: RealStream, settings: DetectionSettingsInput = {}): Replayed => {
  const first = s.mentions[0]
  const last = s.mentions.at(-1)
  if (!first || !last) return { alerts: [], matchedAt: [] }
  const language = s.event.lang === 'fr' ? 'fr' : 'en'
  const pipeline = createPipeline({
    workspaceId: 'eval',
    queries: [
      {
        id: s.event.slug,
        workspaceId: 'eval',
        brand: s.event.brand,
        query: s.event.query,
        owned: s.event.owned ?? [],
      },
    ],
    clock: createManualClock(first.createdAt),
    settings: { language, ...settings },
  })
  const alerts: DetectedAlert[] = []
  const matchedAt: number[] = []
  for (const mention of s.mentions) {
    alerts.push(...pipeline.detection.advance(mention.createdAt))
    const result = pipeline.analyze(mention)
    if (result.kind !== 'ok') continue
    matchedAt.push(mention.createdAt.getTime())
    pipeline.remember([result.mention])
    pipeline.detection.observe(result.mention)
  }
  alerts.push(...pipeline.detection.advance(new Date(last.createdAt.getTime() + 3_600_000)))
  return { alerts, matchedAt }
}

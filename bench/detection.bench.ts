import { performance } from 'node:perf_hooks'
import { type AnalyzedMention, type BrandQuery, neutralEmotions } from '../src/core/index.ts'
import { createDetection } from '../src/detection/index.ts'

interface BenchRow {
  name: string
  unit: string
  value: number
  baseline?: { name: string; value: number }
}

const QUERIES = 1000
const MENTIONS = 200_000
/** one simulated day: 200k mentions over 1,000 queries, a few repost chains and crisis words */
const SPAN_MS = 86_400_000

const start = Date.UTC(2026, 2, 2)
let seed = 42
const random = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648
  return seed / 2_147_483_648
}

/** Mentions `from..to` of the stream, made in chunks so the bench does not hold the whole day in memory. */
const makeChunk = (from: number, to: number): AnalyzedMention[] =>
  Array.from({ length: to - from }, (_, k) => {
    const i = from + k
    const negative = random() < 0.2
    const q = Math.floor(random() ** 2 * QUERIES)
    return {
      id: `b:${i}`,
      source: 'bench',
      createdAt: new Date(start + (i / MENTIONS) * SPAN_MS),
      text: negative
        ? 'service client honteux, je porte plainte contre la marque'
        : 'nouvelle offre de la marque',
      author: { id: `a${i % 5000}`, handle: `user${i % 5000}`, followers: Math.floor(random() * 5000) },
      workspaceId: 'ws',
      ...(i > 100 && random() < 0.3 ? { repostOf: `b:${i - 1 - Math.floor(random() * 100)}` } : {}),
      analysis: {
        lang: 'fr',
        sentiment: { label: negative ? 'negative' : 'neutral', score: negative ? -0.6 : 0, confidence: 0.8 },
        emotions: neutralEmotions(),
        queries: [`q${q}`],
        owned: false,
        cause: 'none',
      },
    } satisfies AnalyzedMention
  })
const CHUNK = 10_000

/** Detector throughput: mentions per second through `createDetection` with 1,000 active queries, as a replay. */
export default async (): Promise<BenchRow[]> => {
  const queries: BrandQuery[] = Array.from({ length: QUERIES }, (_, i) => ({
    id: `q${i}`,
    workspaceId: 'ws',
    brand: `Brand ${i}`,
    query: `brand${i}`,
    owned: [],
  }))
  const detection = createDetection({ queries })
  let alerts = 0
  let seconds = 0
  for (let from = 0; from < MENTIONS; from += CHUNK) {
    const chunk = makeChunk(from, from + CHUNK)
    const began = performance.now()
    for (const m of chunk) {
      alerts += detection.advance(m.createdAt).length
      detection.observe(m)
    }
    seconds += (performance.now() - began) / 1000
  }
  alerts += detection.advance(new Date(start + SPAN_MS + 300_000)).length
  return [
    {
      name: `detection, ${QUERIES} queries (replay of ${MENTIONS} mentions)`,
      unit: 'mentions/s',
      value: Math.round(MENTIONS / seconds),
    },
    {
      name: 'detection: buckets closed per second (all queries)',
      unit: 'buckets/s',
      value: Math.round((QUERIES * (SPAN_MS / 300_000)) / seconds),
    },
    { name: 'detection: alerts raised in the bench stream', unit: 'alerts', value: alerts },
  ]
}

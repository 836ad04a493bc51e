/**
 * The dashboard bench's data: a year of simulated mentions (`simulate`, several scenarios, seeds and brands)
 * for three brand queries of one workspace (rivals named in a post match both queries) and a second workspace,
 * analysed the cheap way (the simulator's tone for sentiment, emotions drawn from the mention's id): the
 * analysis is not what is measured.
 */
import {
  type AnalyzedMention,
  type BrandQuery,
  CAUSES,
  type Emotions,
  type Mention,
  neutralEmotions,
} from '../src/core/index.ts'
import { type Brand, brandQuery, type MentionLabel, simulate, TELECOMETE } from '../src/simulation/index.ts'

const DAY_MS = 86_400_000
export const DAYS = 365
export const START = Date.UTC(2025, 2, 2)
/** Where the data ends: the bench's "now". */
export const END = START + DAYS * DAY_MS

const rival = (id: string, name: string, main: string, product: string): Brand => ({
  id,
  name,
  variants: [name.normalize('NFD').replace(/\p{M}/gu, '')],
  handles: { main, support: `${main}_aide` },
  hashtag: name.replace(/\W/g, ''),
  products: [product, 'la fibre', 'le forfait 5G'],
  people: ['Claire Duval', 'Marc Petit'],
  rivals: [TELECOMETE.name, 'Orbitel', 'Satelio'],
})
const ORBITEL = rival('orbitel', 'Orbitel', 'orbitel', "l'Orbibox")
const NEBULA = rival('nebula', 'Nébula Mobile', 'nebulamobile', 'le forfait Nova')
const SATELIO = rival('satelio', 'Satelio', 'satelio', 'la SatBox')

interface Stream {
  workspaceId: string
  brand: Brand
  /** share of all the mentions */
  share: number
  scenarios: string[]
}

export const WORKSPACE = 'acme'
export const OTHER_WORKSPACE = 'other'
const STREAMS: Stream[] = [
  { workspaceId: WORKSPACE, brand: TELECOMETE, share: 0.45, scenarios: ['mixed', 'quiet'] },
  { workspaceId: WORKSPACE, brand: ORBITEL, share: 0.25, scenarios: ['weekend_brand', 'mixed'] },
  { workspaceId: WORKSPACE, brand: NEBULA, share: 0.15, scenarios: ['office_hours', 'mixed'] },
  { workspaceId: OTHER_WORKSPACE, brand: SATELIO, share: 0.15, scenarios: ['mixed', 'quiet'] },
]

export const benchQueries = (): BrandQuery[] =>
  STREAMS.map(({ workspaceId, brand }) => ({ ...brandQuery(brand), workspaceId }))

/** A stable number from a string (FNV-1a), for the cheap analysis. */
const hash = (text: string): number => {
  let h = 2_166_136_261
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16_777_619)
  return h >>> 0
}

const EMOTION_OF_TONE = { negative: ['anger', 'disgust', 'fear', 'sadness'], positive: ['joy', 'surprise'] }

const emotionsOf = (tone: MentionLabel['tone'], h: number): Emotions => {
  const emotions = neutralEmotions()
  const choices = tone === 'neutral' ? ['surprise'] : EMOTION_OF_TONE[tone]
  const emotion = choices[h % choices.length] as keyof Emotions
  emotions[emotion] = ((h >>> 8) % 100) / 100
  return emotions
}

const analyzeCheaply = (
  m: Mention,
  label: MentionLabel | undefined,
  stream: Stream,
  rivals: readonly Brand[],
): AnalyzedMention => {
  const h = hash(m.id)
  const tone = label?.tone ?? 'neutral'
  const folded = m.text.toLowerCase()
  const named = rivals.filter((b) => folded.includes(b.name.toLowerCase())).map((b) => b.id)
  const owned = Object.values(stream.brand.handles).includes(m.author.handle.toLowerCase())
  return {
    ...m,
    workspaceId: stream.workspaceId,
    analysis: {
      lang: /\b(the|and|is|my|for)\b/i.test(m.text) ? 'en' : 'fr',
      sentiment: { label: tone, score: { negative: -0.6, neutral: 0, positive: 0.6 }[tone], confidence: 0.8 },
      emotions: emotionsOf(tone, h),
      queries: [stream.brand.id, ...named],
      owned,
      cause: tone === 'negative' && label?.event !== undefined ? CAUSES[h % (CAUSES.length - 1)]! : 'none',
    },
  }
}

/** Ids unique per stream and seed (the simulator numbers each stream from 1). */
const renamed = (m: Mention, prefix: string): Mention => ({
  ...m,
  id: `${prefix}${m.id}`,
  ...(m.repostOf !== undefined && { repostOf: `${prefix}${m.repostOf}` }),
  ...(m.replyTo !== undefined && { replyTo: `${prefix}${m.replyTo}` }),
})

/** `count` of `items` spread evenly over them, in order. */
const spread = <T>(items: readonly T[], count: number): T[] =>
  count >= items.length
    ? [...items]
    : Array.from({ length: count }, (_, i) => items[Math.floor((i * items.length) / count)]!)

/**
 * `total` analysed mentions, one simulated stream at a time (memory stays bounded), handed over in batches
 * in each stream's time order.
 */
export async function* benchMentions(total: number, batchSize = 500): AsyncGenerator<AnalyzedMention[]> {
  let seed = 1
  for (const stream of STREAMS) {
    const rivals = STREAMS.filter((s) => s.workspaceId === stream.workspaceId && s !== stream).map(
      (s) => s.brand,
    )
    let left = Math.round(total * stream.share)
    // ~830 mentions a day at volume 1 (mixed); the first guess is corrected by what each run gave
    let volume = Math.min(5, Math.max(0.02, left / (830 * DAYS)))
    for (let round = 0; left > 0; round++, seed++) {
      const scenario = stream.scenarios[round % stream.scenarios.length]!
      const sim = simulate({
        seed,
        scenario,
        days: DAYS,
        start: new Date(START),
        brand: stream.brand,
        volume,
      })
      const taken = spread(sim.mentions, left)
      const prefix = `${stream.brand.id}.${seed}:`
      for (let at = 0; at < taken.length; at += batchSize)
        yield taken
          .slice(at, at + batchSize)
          .map((m) => analyzeCheaply(renamed(m, prefix), sim.labels.get(m.id), stream, rivals))
      left -= taken.length
      volume = Math.min(5, Math.max(0.02, (volume * left * 1.1) / Math.max(1, sim.mentions.length)))
    }
  }
}

import type { DraftFlag } from '../../core/index.ts'
import { NETWORK_LIMITS } from '../../core/vocabulary.ts'
import type { ReplyDraftJson } from '../api/wire.ts'

/** A gap Vigie left for the team to write, as the server finds it (`[to fill: …]`, `[à compléter : …]`). */
const GAP = /\[(?:to fill|à compléter) ?:[^\]]*\]/g
/** How the server joins a draft's parts before checking them: the flags' offsets count in that text. */
const PART_SEPARATOR = '\n\n'

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' })

/** A text's length as networks count it, close enough: user-perceived characters (an emoji is one). */
export const lengthOf = (text: string): number => {
  let n = 0
  for (const _ of graphemes.segment(text)) n++
  return n
}

/** The length a post may have: the network's, for a short post or a thread; none for the other channels. */
export const limitOf = (draft: Pick<ReplyDraftJson, 'channel' | 'network'>): number | undefined =>
  (draft.channel === 'short_post' || draft.channel === 'thread') && draft.network
    ? NETWORK_LIMITS[draft.network]
    : undefined

/** The gaps still to fill in a text, in order. */
export const gapsIn = (text: string): string[] => text.match(GAP) ?? []

/** A piece of a draft's text: a gap to fill, and the check's flags whose span covers it. */
export interface DraftPiece {
  text: string
  gap: boolean
  flags: DraftFlag[]
}

interface Span {
  start: number
  end: number
}

/**
 * Cuts one part of a draft into pieces at every gap's and flag's edge, so each piece can be shown as text
 * with its marks. `flags` count in the parts joined as the server checks them; `part` says which part this is.
 */
export const piecesOf = (
  parts: readonly string[],
  part: number,
  flags: readonly DraftFlag[],
): DraftPiece[] => {
  const text = parts[part] ?? ''
  const offset = parts.slice(0, part).reduce((sum, p) => sum + p.length + PART_SEPARATOR.length, 0)
  const local = flags
    .map((f) => ({ flag: f, start: f.start - offset, end: f.end - offset }))
    .filter((f) => f.end > 0 && f.start < text.length && f.end > f.start)
  const gaps: Span[] = [...text.matchAll(GAP)].map((m) => ({ start: m.index, end: m.index + m[0].length }))
  const edges = new Set([0, text.length])
  for (const s of [...gaps, ...local]) {
    edges.add(Math.max(0, s.start))
    edges.add(Math.min(text.length, s.end))
  }
  const cuts = [...edges].sort((a, b) => a - b)
  const pieces: DraftPiece[] = []
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [start, end] = [cuts[i]!, cuts[i + 1]!]
    const covers = (s: Span) => s.start <= start && s.end >= end
    pieces.push({
      text: text.slice(start, end),
      gap: gaps.some(covers),
      flags: local.filter(covers).map((f) => f.flag),
    })
  }
  return pieces
}

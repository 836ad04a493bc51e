/** A piece of a checked draft: its text and the flags (by index) covering it; none for plain text. */
export interface FlagPiece {
  text: string
  flags: number[]
}

/**
 * Cuts the draft at every flag's start and end (UTF-16 offsets, as the checker gives them), so that each
 * piece is covered by the same flags throughout; overlapping flags are all listed on the pieces they share.
 */
export const splitFlagged = (text: string, flags: readonly { start: number; end: number }[]): FlagPiece[] => {
  const cuts = new Set([0, text.length])
  for (const f of flags) {
    if (f.end <= f.start) continue
    cuts.add(Math.max(0, Math.min(text.length, f.start)))
    cuts.add(Math.max(0, Math.min(text.length, f.end)))
  }
  const points = [...cuts].sort((a, b) => a - b)
  const pieces: FlagPiece[] = []
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i]!
    const to = points[i + 1]!
    const covering = flags.flatMap((f, k) => (f.start <= from && to <= f.end && f.end > f.start ? [k] : []))
    pieces.push({ text: text.slice(from, to), flags: covering })
  }
  return pieces
}

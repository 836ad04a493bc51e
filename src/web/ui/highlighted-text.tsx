import { splitHighlights } from '../model/highlight.ts'

/** The text with the searched words in <mark>: every piece is a text node, never markup. */
export const HighlightedText = ({ text, search }: { text: string; search: string }) => (
  <>
    {splitHighlights(text, search).map((piece, i) =>
      piece.hit ? <mark key={i}>{piece.text}</mark> : piece.text,
    )}
  </>
)

import type { DraftFlag } from '../../core/index.ts'
import { piecesOf } from '../model/draft-text.ts'
import { useApp } from './app-context.ts'

/** One part of a draft as it reads, as text: gaps to fill and the check's flagged spans marked. */
export const DraftTextView = ({
  parts,
  part,
  flags,
}: {
  parts: readonly string[]
  part: number
  flags: readonly DraftFlag[]
}) => {
  const { t } = useApp()
  return (
    <p class="draft-text">
      {piecesOf(parts, part, flags).map((piece, i) => {
        const worst = piece.flags.find((f) => f.severity === 'high') ?? piece.flags[0]
        if (!piece.gap && !worst) return piece.text
        const classes = [piece.gap ? 'gap' : '', worst ? `flag flag-${worst.severity}` : ''].join(' ').trim()
        const title = worst ? `${t(`flag.${worst.severity}`)}: ${worst.message}` : undefined
        return (
          <mark key={i} class={classes} title={title}>
            {piece.text}
          </mark>
        )
      })}
    </p>
  )
}

/** What the check found, listed (the marks above say where): severity, message, suggestion. */
export const DraftFlags = ({ flags }: { flags: readonly DraftFlag[] }) => {
  const { t } = useApp()
  if (flags.length === 0) return null
  return (
    <div class="draft-flags">
      <h4>{t('draft.flags')}</h4>
      <ul>
        {flags.map((f) => (
          <li key={`${f.kind}-${f.start}-${f.end}`} data-severity={f.severity}>
            <span class={`badge flag-${f.severity}`}>{t(`flag.${f.severity}`)}</span> {f.message}
            {f.suggestion ? <span class="muted"> — {f.suggestion}</span> : null}
          </li>
        ))}
      </ul>
    </div>
  )
}

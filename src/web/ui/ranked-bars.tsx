import type { ComponentChildren } from 'preact'
import { useApp } from './app-context.ts'

export interface RankedEntry {
  key: string
  label: ComponentChildren
  count: number
  /** what follows the count (a share, a reach) */
  note?: string
}

/**
 * A list of counts with a bar each (a `<meter>`: no inline style, which the page's policy refuses), the
 * largest count filling its bar. Labels are rendered as text.
 */
export const RankedBars = ({ entries, name }: { entries: RankedEntry[]; name: string }) => {
  const { t, format } = useApp()
  if (entries.length === 0) return <p class="muted">{t('overview.nothing')}</p>
  const max = Math.max(1, ...entries.map((e) => e.count))
  return (
    <ol class="ranked" data-list={name}>
      {entries.map((e) => (
        <li key={e.key} data-key={e.key} data-count={e.count}>
          <span class="ranked-label">{e.label}</span>
          <meter min={0} max={max} value={e.count} aria-hidden="true" />
          <span class="ranked-count">
            {format.count(e.count)}
            {e.note ? <span class="muted"> · {e.note}</span> : null}
          </span>
        </li>
      ))}
    </ol>
  )
}

import type { DeadLetterJson } from '../api/wire.ts'
import { useApp } from './app-context.ts'

const MAX_PAYLOAD = 300

/** The latest items refused, each with its input, stage and reason; the payload shown as text, cut short. */
export const DeadLetterList = ({ letters }: { letters: DeadLetterJson[] }) => {
  const { t, format } = useApp()
  if (letters.length === 0) return <p class="muted">{t('sources.noDeadLetters')}</p>
  return (
    <ol class="dead-letters">
      {letters.map((d) => (
        <li key={d.id} data-source={d.source}>
          <p class="dead-letter-head">
            <time dateTime={d.at}>{format.dateTime(d.at)}</time> <code>{d.source}</code>{' '}
            <span class="muted">{t('sources.stage', { stage: d.stage })}</span>
          </p>
          <p class="reason">{d.reason}</p>
          {d.payload ? (
            <details>
              <summary>{t('sources.payload')}</summary>
              <pre>{d.payload.length > MAX_PAYLOAD ? `${d.payload.slice(0, MAX_PAYLOAD)}…` : d.payload}</pre>
            </details>
          ) : null}
        </li>
      ))}
    </ol>
  )
}

import { useState } from 'preact/hooks'
import { wsPath } from '../api/api-client.ts'
import type { MentionJson } from '../api/wire.ts'
import { useApp } from './app-context.ts'
import { ErrorNotice } from './notice.tsx'

const LABELS = ['negative', 'neutral', 'positive'] as const

/** An analyst's correction of a mention's sentiment; the answer (the corrected mention) replaces it. */
export const SentimentControl = ({
  ws,
  mention,
  onCorrected,
}: {
  ws: string
  mention: MentionJson
  onCorrected: (mention: MentionJson) => void
}) => {
  const { client, t } = useApp()
  const [error, setError] = useState<Error>()
  const [busy, setBusy] = useState(false)
  const correct = async (label: string) => {
    setBusy(true)
    setError(undefined)
    try {
      const path = wsPath(ws, `/mentions/${encodeURIComponent(mention.id)}/sentiment`)
      onCorrected(await client.send<MentionJson>('PUT', path, { label }))
    } catch (e) {
      setError(e as Error)
    } finally {
      setBusy(false)
    }
  }
  return (
    <span class="sentiment-control">
      <label>
        <span class="visually-hidden">{t('mention.correct')}</span>
        <select
          title={t('mention.correct')}
          value={mention.analysis.sentiment.label}
          disabled={busy}
          onChange={(e) => void correct(e.currentTarget.value)}
        >
          {LABELS.map((label) => (
            <option key={label} value={label}>
              {t(`sentiment.${label}`)}
            </option>
          ))}
        </select>
      </label>
      <ErrorNotice error={error} />
    </span>
  )
}

import { useState } from 'preact/hooks'
import { CAUSES, CRISIS_TYPES, INCIDENT_STATES, POSTURES, readEffectLine } from '../../core/vocabulary.ts'
import { wsPath } from '../api/api-client.ts'
import type { IncidentJson, MemberJson, TimelineEntryJson } from '../api/wire.ts'
import type { Translate } from '../i18n/i18n.ts'
import type { Format } from '../model/format.ts'
import { useApp } from './app-context.ts'
import { ErrorNotice } from './notice.tsx'

const isOneOf = <T extends string>(list: readonly T[], value: unknown): value is T =>
  list.includes(value as T)

/** The facts an entry recorded, said in the reader's language (what could not be read stays as it was). */
const factsText = (text: string, t: Translate): string => {
  try {
    const facts = JSON.parse(text) as Record<string, unknown>
    const cause = isOneOf(CAUSES, facts.cause) ? t(`cause.${facts.cause}`) : undefined
    const type = isOneOf(CRISIS_TYPES, facts.crisisType) ? t(`crisisType.${facts.crisisType}`) : undefined
    const harm = isOneOf(['none', 'minor', 'severe'] as const, facts.harm)
      ? `${t('facts.harm')} ${t(`facts.harm.${facts.harm}`)}`
      : undefined
    return [cause, type, harm].filter(Boolean).join(' · ') || text
  } catch {
    return text
  }
}

/** A response's effect, before → after, in the reader's words and numbers. */
const effectText = (text: string, t: Translate, format: Format): string => {
  const e = readEffectLine(text)
  if (!e) return text
  const share = (x: number | null) => (x === null ? '—' : format.percent(x))
  return t('timeline.effectText', {
    before: format.count(e.perHourBefore),
    after: format.count(e.perHourAfter),
    negBefore: share(e.negativeBefore),
    negAfter: share(e.negativeAfter),
  })
}

/** What an entry says: states and postures by name, facts in words, the rest as Vigie or a person wrote it. */
const entryText = (entry: TimelineEntryJson, t: Translate, format: Format): string => {
  if (entry.kind === 'state' && isOneOf(INCIDENT_STATES, entry.text)) return t(`incident.state.${entry.text}`)
  if (entry.kind === 'posture')
    return isOneOf(POSTURES, entry.text) ? t(`posture.${entry.text}`) : t('timeline.noPosture')
  if (entry.kind === 'facts') return factsText(entry.text, t)
  if (entry.kind === 'peak') return t('timeline.peakText', { count: entry.text })
  if (entry.kind === 'effect') return effectText(entry.text, t, format)
  return entry.text
}

/** The incident's story, oldest first: what Vigie recorded and every action taken; responders add notes. */
export const IncidentTimeline = ({
  ws,
  incident,
  timeline,
  members,
  canRespond,
  onAdded,
}: {
  ws: string
  incident: IncidentJson
  timeline: TimelineEntryJson[]
  members: MemberJson[]
  canRespond: boolean
  onAdded: () => void
}) => {
  const { client, t, format, session } = useApp()
  const [note, setNote] = useState('')
  const [error, setError] = useState<Error>()
  const nameOf = (userId: string | null) =>
    userId === null
      ? t('timeline.vigie')
      : userId === session.user?.id
        ? t('alert.you')
        : (members.find((m) => m.userId === userId)?.name ?? t('alert.formerUser'))
  const add = async (event: Event) => {
    event.preventDefault()
    if (!note.trim()) return
    try {
      await client.send('POST', wsPath(ws, `/incidents/${encodeURIComponent(incident.id)}/notes`), {
        text: note,
      })
      setNote('')
      setError(undefined)
      onAdded()
    } catch (e) {
      setError(e as Error)
    }
  }
  return (
    <section class="panel" aria-labelledby="timeline-title" data-panel="timeline">
      <h2 id="timeline-title">{t('timeline.title')}</h2>
      <ol class="timeline">
        {timeline.map((entry) => (
          <li key={entry.id} data-kind={entry.kind}>
            <time dateTime={entry.at}>{format.dateTime(entry.at)}</time>{' '}
            <span class={`badge kind-${entry.kind}`}>{t(`timeline.kind.${entry.kind}`)}</span>{' '}
            <span class="timeline-text">{entryText(entry, t, format)}</span>{' '}
            <span class="muted">{t('timeline.by', { name: nameOf(entry.userId) })}</span>
          </li>
        ))}
      </ol>
      <ErrorNotice error={error} />
      {canRespond ? (
        <form class="inline-form" onSubmit={add}>
          <label class="grow">
            {t('timeline.note')}{' '}
            <textarea
              value={note}
              maxLength={5000}
              rows={2}
              onInput={(e) => setNote(e.currentTarget.value)}
            />
          </label>
          <button type="submit">{t('timeline.add')}</button>
        </form>
      ) : null}
    </section>
  )
}

import { useState } from 'preact/hooks'
import { ApiError, wsPath } from '../api/api-client.ts'
import type { AlertJson, IncidentJson } from '../api/wire.ts'
import { explanationIn } from '../model/crisis-level.ts'
import { incidentHref } from '../model/incident-route.ts'
import { AlertComments } from './alert-comments.tsx'
import { useApp } from './app-context.ts'
import { ErrorNotice } from './notice.tsx'

/** The incident named by a 409 answer to opening one from an alert. */
const holderOf = (details: unknown): string | undefined => {
  const id = (details as { incidentId?: unknown } | null)?.incidentId
  return typeof id === 'string' ? id : undefined
}

/**
 * One alert: severity, score, when, the explanation in the reader's language (as text), its status, and
 * for responders the acknowledge and resolve buttons and the comments.
 */
export const AlertCard = ({
  ws,
  alert,
  brand,
  isNew,
  canRespond,
  onChanged,
}: {
  ws: string
  alert: AlertJson
  brand: string | undefined
  isNew: boolean
  canRespond: boolean
  onChanged: (alert: AlertJson) => void
}) => {
  const { client, t, lang, format } = useApp()
  const [error, setError] = useState<Error>()
  const [busy, setBusy] = useState(false)
  const [showComments, setShowComments] = useState(false)
  const [holder, setHolder] = useState<string>()
  const act = async (step: 'acknowledge' | 'resolve') => {
    setBusy(true)
    try {
      const path = wsPath(ws, `/alerts/${encodeURIComponent(alert.id)}/${step}`)
      onChanged(await client.send<AlertJson>('POST', path))
      setError(undefined)
    } catch (e) {
      setError(e as Error)
    } finally {
      setBusy(false)
    }
  }
  // one click: the crisis room opens; an alert an open incident already holds links to that one
  const openIncident = async () => {
    setBusy(true)
    try {
      const incident = await client.send<IncidentJson>('POST', wsPath(ws, '/incidents'), {
        alertId: alert.id,
      })
      window.location.hash = incidentHref(ws, incident.id)
    } catch (e) {
      const held = e instanceof ApiError && e.status === 409 ? holderOf(e.details) : undefined
      if (held) setHolder(held)
      else setError(e as Error)
    } finally {
      setBusy(false)
    }
  }
  return (
    <article
      class={`alert-card severity-${alert.severity}${isNew ? ' new' : ''}`}
      data-id={alert.id}
      data-status={alert.status}
    >
      <header class="alert-head">
        {isNew ? <span class="badge new-badge">{t('alerts.new')}</span> : null}
        <span class={`badge level-${alert.severity}`}>{t(`severity.${alert.severity}`)}</span>
        <span class="score">{t('common.score', { score: Math.round(alert.score) })}</span>
        {brand ? <span class="brand">{brand}</span> : null}
        <time dateTime={alert.at}>{format.dateTime(alert.at)}</time>
        <span class={`status status-${alert.status}`}>{t(`status.${alert.status}`)}</span>
      </header>
      <p class="explanation">{explanationIn(alert, lang)}</p>
      <p class="muted">{t('alert.mentions', { count: alert.mentions.length })}</p>
      <div class="actions">
        {canRespond && alert.status === 'open' ? (
          <button type="button" disabled={busy} onClick={() => void act('acknowledge')}>
            {t('alert.acknowledge')}
          </button>
        ) : null}
        {canRespond && alert.status !== 'resolved' ? (
          <button type="button" disabled={busy} onClick={() => void act('resolve')}>
            {t('alert.resolve')}
          </button>
        ) : null}
        {canRespond ? (
          <button type="button" disabled={busy} onClick={() => void openIncident()}>
            {t('incident.fromAlert')}
          </button>
        ) : null}
        <button
          type="button"
          class="link"
          aria-expanded={showComments}
          onClick={() => setShowComments((s) => !s)}
        >
          {t('alert.comments')}
        </button>
      </div>
      <ErrorNotice error={error} />
      {holder ? (
        <p class="notice" role="status">
          {t('incident.alreadyIn')} <a href={incidentHref(ws, holder)}>{t('incident.see')}</a>
        </p>
      ) : null}
      {showComments ? <AlertComments ws={ws} alertId={alert.id} canWrite={canRespond} /> : null}
    </article>
  )
}

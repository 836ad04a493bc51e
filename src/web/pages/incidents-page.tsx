import type { ComponentChildren } from 'preact'
import { useState } from 'preact/hooks'
import { INCIDENT_STATES } from '../../core/vocabulary.ts'
import { wsPath } from '../api/api-client.ts'
import type { IncidentJson, Page } from '../api/wire.ts'
import { incidentHref, incidentsSearch, readIncidentsSearch } from '../model/incident-route.ts'
import { routeHash } from '../model/routes.ts'
import { useApp } from '../ui/app-context.ts'
import { IncidentRoom } from '../ui/incident-room.tsx'
import { ErrorNotice, Loading } from '../ui/notice.tsx'
import { PauseContext, PublishingPauseSwitch, usePauseState } from '../ui/publishing-pause.tsx'
import { useLoad } from '../ui/use-load.ts'

type IncidentState = IncidentJson['state']

/** Opens an incident by hand, with a title; the crisis room of the new incident opens. */
const OpenByHand = ({ ws }: { ws: string }) => {
  const { client, t } = useApp()
  const [title, setTitle] = useState('')
  const [error, setError] = useState<Error>()
  const open = async (event: Event) => {
    event.preventDefault()
    if (!title.trim()) return
    try {
      const incident = await client.send<IncidentJson>('POST', wsPath(ws, '/incidents'), { title })
      window.location.hash = incidentHref(ws, incident.id)
    } catch (e) {
      setError(e as Error)
    }
  }
  return (
    <form class="inline-form" onSubmit={open}>
      <label class="grow">
        {t('incidents.newTitle')}{' '}
        <input value={title} maxLength={200} required onInput={(e) => setTitle(e.currentTarget.value)} />
      </label>
      <button type="submit">{t('incidents.open')}</button>
      <ErrorNotice error={error} />
    </form>
  )
}

/**
 * The workspace's incidents by state (in the URL: `?state=open`), each opening its crisis room
 * (`?id=…`); responders open one by hand here or from an alert in one click.
 */
export const IncidentsPage = ({
  ws,
  liveCount,
  search,
  canRespond,
  canAudit,
  drills,
}: {
  ws: string
  /** the drills panel (not in a drill's own sandbox) */
  drills?: ComponentChildren
  /** alerts that arrived live: each one refreshes an open crisis room's figures */
  liveCount: number
  search: string
  canRespond: boolean
  canAudit: boolean
}) => {
  const { client, t, format } = useApp()
  const { id, state } = readIncidentsSearch(search)
  const pause = usePauseState(ws)
  const list = useLoad(
    async () => (id ? undefined : client.get<Page<IncidentJson>>(wsPath(ws, '/incidents'), { state })),
    [ws, id, state],
  )
  // the pause switch is on every crisis page: under this heading, and under each crisis room's title
  if (id)
    return (
      <PauseContext.Provider value={pause}>
        <IncidentRoom
          key={id}
          ws={ws}
          id={id}
          liveCount={liveCount}
          canRespond={canRespond}
          canAudit={canAudit}
        />
      </PauseContext.Provider>
    )
  const show = (next: IncidentState | undefined) =>
    routeHash({ ws, page: 'incidents', search: incidentsSearch({ state: next }) })
  const items = list.data?.items ?? []
  return (
    <PauseContext.Provider value={pause}>
      <h1>{t('incidents.title')}</h1>
      <PublishingPauseSwitch ws={ws} canRespond={canRespond} canLift={canAudit} />
      <nav class="toggles" aria-label={t('incidents.show')}>
        <a href={show(undefined)} aria-current={state === undefined ? 'true' : undefined}>
          {t('incidents.all')}
        </a>
        {INCIDENT_STATES.map((s) => (
          <a key={s} href={show(s)} aria-current={state === s ? 'true' : undefined}>
            {t(`incident.state.${s}`)}
          </a>
        ))}
      </nav>
      {canRespond ? <OpenByHand ws={ws} /> : <p class="muted">{t('incidents.responderOnly')}</p>}
      <ErrorNotice error={list.error} />
      {list.loading && !list.data ? <Loading /> : null}
      {list.data && items.length === 0 ? <p class="muted">{t('incidents.none')}</p> : null}
      <ul class="rows incident-list">
        {items.map((incident) => (
          <li key={incident.id} data-id={incident.id} data-state={incident.state}>
            <a href={incidentHref(ws, incident.id)}>{incident.title}</a>
            <span class={`status incident-${incident.state}`}>{t(`incident.state.${incident.state}`)}</span>
            <span class="muted">{t('incidents.opened', { when: format.dateTime(incident.openedAt) })}</span>
          </li>
        ))}
      </ul>
      {drills}
    </PauseContext.Provider>
  )
}

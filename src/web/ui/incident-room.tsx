import { useEffect, useState } from 'preact/hooks'
import { INCIDENT_STATES } from '../../core/vocabulary.ts'
import { wsPath } from '../api/api-client.ts'
import type { IncidentJson, IncidentViewJson, MemberJson, Page } from '../api/wire.ts'
import { routeHash } from '../model/routes.ts'
import { useApp } from './app-context.ts'
import { AuditTrail } from './audit-trail.tsx'
import { IncidentFacts } from './incident-facts.tsx'
import { IncidentFigures } from './incident-figures.tsx'
import { IncidentFollowUp } from './incident-follow-up.tsx'
import { IncidentPosts } from './incident-posts.tsx'
import { IncidentTimeline } from './incident-timeline.tsx'
import { ErrorNotice, Loading } from './notice.tsx'
import { PublishingPauseSwitch } from './publishing-pause.tsx'
import { ReplyDrafts } from './reply-drafts.tsx'
import { useLoad } from './use-load.ts'

type Change = Partial<Pick<IncidentJson, 'title' | 'state' | 'ownerId' | 'facts' | 'posture'>>

/** The incident's title, state and owner; responders change them. */
const IncidentHead = ({
  incident,
  members,
  canRespond,
  onChange,
}: {
  incident: IncidentJson
  members: MemberJson[]
  canRespond: boolean
  onChange: (change: Change) => void
}) => {
  const { t, format } = useApp()
  const [title, setTitle] = useState(incident.title)
  return (
    <header class="incident-head">
      <h1>{incident.title}</h1>
      <p class="muted">
        {t('incident.openedAt', { when: format.dateTime(incident.openedAt) })}
        {incident.closedAt ? `, ${t('incident.closedAt', { when: format.dateTime(incident.closedAt) })}` : ''}
      </p>
      <div class="toolbar">
        <label>
          {t('incident.state')}{' '}
          <select
            value={incident.state}
            disabled={!canRespond}
            onChange={(e) => onChange({ state: e.currentTarget.value as IncidentJson['state'] })}
          >
            {INCIDENT_STATES.map((s) => (
              <option key={s} value={s}>
                {t(`incident.state.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('incident.owner')}{' '}
          <select
            value={incident.ownerId ?? ''}
            disabled={!canRespond}
            onChange={(e) => onChange({ ownerId: e.currentTarget.value || null })}
          >
            <option value="">{t('incident.noOwner')}</option>
            {members.map((m) => (
              <option key={m.userId} value={m.userId}>
                {m.name}
              </option>
            ))}
          </select>
        </label>
        {canRespond ? (
          <form
            class="inline-form"
            onSubmit={(e) => {
              e.preventDefault()
              if (title.trim() && title !== incident.title) onChange({ title })
            }}
          >
            <label>
              {t('incident.titleLabel')}{' '}
              <input value={title} maxLength={200} onInput={(e) => setTitle(e.currentTarget.value)} />
            </label>
            <button type="submit">{t('incident.rename')}</button>
          </form>
        ) : null}
      </div>
    </header>
  )
}

/**
 * The crisis room of one incident: its head (title, state, owner), the publishing pause switch, the facts
 * with the posture advice, the figures since the start, the replies with their approval and publishing, the
 * timeline, and for analysts the audit trail.
 */
export const IncidentRoom = ({
  ws,
  id,
  liveCount = 0,
  canRespond,
  canAudit,
}: {
  ws: string
  id: string
  /** alerts that arrived live: each one reads the room's figures, posts and timeline again */
  liveCount?: number
  canRespond: boolean
  canAudit: boolean
}) => {
  const { client, t, lang } = useApp()
  const path = wsPath(ws, `/incidents/${encodeURIComponent(id)}`)
  const view = useLoad(() => client.get<IncidentViewJson>(path, { lang }), [path, lang])
  const members = useLoad(() => client.get<Page<MemberJson>>(wsPath(ws, '/members')), [ws])
  // bumped when a reply changes: the timeline and the audit trail are read again
  const [round, setRound] = useState(0)
  const [error, setError] = useState<Error>()
  const change = async (body: Change) => {
    try {
      await client.send<IncidentJson>('PATCH', path, body)
      setError(undefined)
      view.reload()
    } catch (e) {
      setError(e as Error)
    }
  }
  // a live alert (an escalation, a new signal): the figures, the posts and the timeline are read again
  useEffect(() => {
    if (liveCount === 0) return
    setRound((r) => r + 1)
    view.reload()
  }, [liveCount])
  const replied = () => {
    setRound((r) => r + 1)
    view.reload()
  }
  const back = <a href={routeHash({ ws, page: 'incidents' })}>{t('incidents.back')}</a>
  if (!view.data)
    return (
      <>
        <p>{back}</p>
        <ErrorNotice error={view.error} />
        {view.loading ? <Loading /> : null}
      </>
    )
  const { incident, timeline } = view.data
  const people = members.data?.items ?? []
  return (
    <div class="incident-room" data-id={incident.id} data-state={incident.state}>
      <p>{back}</p>
      <IncidentHead
        key={incident.title}
        incident={incident}
        members={people}
        canRespond={canRespond}
        onChange={(c) => void change(c)}
      />
      <PublishingPauseSwitch ws={ws} canRespond={canRespond} canLift={canAudit} />
      <ErrorNotice error={error ?? view.error} />
      <IncidentFacts
        key={`${incident.posture}-${JSON.stringify(incident.facts)}`}
        incident={incident}
        canRespond={canRespond}
        onSave={(c) => change(c)}
      />
      <IncidentFigures ws={ws} incident={incident} timeline={timeline} round={round} />
      <IncidentPosts
        ws={ws}
        incident={incident}
        canRespond={canRespond}
        round={round}
        onPinned={view.reload}
      />
      <ReplyDrafts ws={ws} incident={incident} members={people} canRespond={canRespond} onChanged={replied} />
      <IncidentFollowUp ws={ws} incident={incident} round={round} />
      <IncidentTimeline
        ws={ws}
        incident={incident}
        timeline={timeline}
        members={people}
        canRespond={canRespond}
        onAdded={view.reload}
      />
      {canAudit ? <AuditTrail ws={ws} incidentId={incident.id} members={people} round={round} /> : null}
    </div>
  )
}

import { wsPath } from '../api/api-client.ts'
import type { AuditEntryJson, MemberJson, Page } from '../api/wire.ts'
import { useApp } from './app-context.ts'
import { ErrorNotice, Loading } from './notice.tsx'
import { useLoad } from './use-load.ts'

/** The short account of an entry's detail: the step and the comment of a decision. */
const detailOf = (entry: AuditEntryJson): string => {
  const { stepName, comment } = entry.detail
  return [typeof stepName === 'string' ? stepName : '', typeof comment === 'string' ? comment : '']
    .filter(Boolean)
    .join(' — ')
}

/** Who created, edited, submitted, approved or rejected the incident's replies, and when (analysts). */
export const AuditTrail = ({
  ws,
  incidentId,
  members,
  round,
}: {
  ws: string
  incidentId: string
  members: MemberJson[]
  /** changes when a reply changed: the trail is read again */
  round: number
}) => {
  const { client, t, format, session } = useApp()
  const trail = useLoad(
    () => client.get<Page<AuditEntryJson>>(wsPath(ws, '/audit'), { incident: incidentId }),
    [ws, incidentId, round],
  )
  const nameOf = (userId: string | null) =>
    userId === null
      ? t('timeline.vigie')
      : userId === session.user?.id
        ? t('alert.you')
        : (members.find((m) => m.userId === userId)?.name ?? t('alert.formerUser'))
  const items = trail.data?.items ?? []
  return (
    <section class="panel" aria-labelledby="audit-title" data-panel="audit">
      <h2 id="audit-title">{t('audit.title')}</h2>
      <ErrorNotice error={trail.error} />
      {trail.loading && !trail.data ? <Loading /> : null}
      {trail.data && items.length === 0 ? <p class="muted">{t('audit.none')}</p> : null}
      {items.length > 0 ? (
        <div class="table-scroll">
          <table class="audit">
            <caption class="visually-hidden">{t('audit.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('audit.when')}</th>
                <th scope="col">{t('audit.who')}</th>
                <th scope="col">{t('audit.what')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((e) => (
                <tr key={e.id} data-action={e.action}>
                  <td>
                    <time dateTime={e.at}>{format.dateTime(e.at)}</time>
                  </td>
                  <td>{nameOf(e.userId)}</td>
                  <td>
                    {t(`audit.action.${e.action}`)}
                    {e.revision === null ? '' : ` (${t('audit.revisionOf', { n: e.revision })})`}
                    {detailOf(e) ? <span class="muted"> {detailOf(e)}</span> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  )
}

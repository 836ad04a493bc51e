import { apiHref, wsPath } from '../api/api-client.ts'
import type { FollowUpJson, IncidentJson } from '../api/wire.ts'
import { useApp } from './app-context.ts'
import { ErrorNotice, Loading } from './notice.tsx'
import { Panel } from './overview-panels.tsx'
import { useLoad } from './use-load.ts'

/**
 * How the brand answered: the time from the first signal to its first public word, each response's
 * effect (mentions per hour and negative share, before against after), and the report to download.
 */
export const IncidentFollowUp = ({
  ws,
  incident,
  round,
}: {
  ws: string
  incident: IncidentJson
  round: number
}) => {
  const { client, t, format, lang } = useApp()
  const base = wsPath(ws, `/incidents/${encodeURIComponent(incident.id)}`)
  const data = useLoad(() => client.get<FollowUpJson>(`${base}/follow-up`), [base, round, incident.state])
  const f = data.data
  const share = (x: number | null) => (x === null ? '—' : format.percent(x))
  return (
    <Panel id="incident-follow-up" title={t('followUp.title')}>
      <ErrorNotice error={data.error} />
      {data.loading && !f ? <Loading /> : null}
      {f ? (
        <>
          <p data-response-minutes={f.responseMinutes ?? ''}>
            {f.responseMinutes === null
              ? t('followUp.silent', { when: format.dateTime(f.firstSignalAt) })
              : t('followUp.responseTime', {
                  minutes: format.count(f.responseMinutes),
                  when: format.dateTime(f.firstSignalAt),
                })}
          </p>
          {f.responses.length > 0 ? (
            <ul class="follow-up">
              {f.responses.map((r) => (
                <li key={r.at}>
                  <strong>{r.kind === 'reply' ? t('followUp.reply') : t('followUp.owned')}</strong>,{' '}
                  {format.dateTime(r.at)}
                  {r.url ? (
                    <>
                      {' '}
                      <a href={r.url} rel="noopener noreferrer" target="_blank">
                        {r.url}
                      </a>
                    </>
                  ) : null}
                  <br />
                  {t('followUp.effect', {
                    before: r.before.perHour.toFixed(1),
                    after: r.after.perHour.toFixed(1),
                    negBefore: share(r.before.negativeShare),
                    negAfter: share(r.after.negativeShare),
                  })}{' '}
                  {r.complete ? '' : t('followUp.partial')}
                </li>
              ))}
            </ul>
          ) : null}
          <p class="muted">{t('followUp.window', { minutes: format.count(f.windowMinutes) })}</p>
        </>
      ) : null}
      <p class="toolbar">
        <a href={apiHref(`${base}/report`, { lang })} download>
          {t('followUp.reportHtml')}
        </a>{' '}
        <a href={apiHref(`${base}/report`, { format: 'pdf', lang })} download>
          {t('followUp.reportPdf')}
        </a>
      </p>
    </Panel>
  )
}

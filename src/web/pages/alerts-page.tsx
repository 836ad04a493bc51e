import { useState } from 'preact/hooks'
import { wsPath } from '../api/api-client.ts'
import type { AlertJson, Page, QueryJson } from '../api/wire.ts'
import { AlertCard } from '../ui/alert-card.tsx'
import { useApp } from '../ui/app-context.ts'
import { ErrorNotice } from '../ui/notice.tsx'
import type { LiveAlerts } from '../ui/use-live-alerts.ts'
import { useLoad } from '../ui/use-load.ts'

const SHOWS = ['active', 'open', 'acknowledged', 'resolved', 'all'] as const
type Show = (typeof SHOWS)[number]

const shown = (alert: AlertJson, show: Show) =>
  show === 'all' || (show === 'active' ? alert.status !== 'resolved' : alert.status === show)

/** The inbox: alerts arrive live (badge in the title, an optional sound), responders act on them. */
export const AlertsPage = ({
  ws,
  live,
  canRespond,
  sound,
  onSound,
}: {
  ws: string
  live: LiveAlerts
  canRespond: boolean
  sound: boolean
  onSound: (on: boolean) => void
}) => {
  const { client, t, format } = useApp()
  const [show, setShow] = useState<Show>('active')
  const [loadingMore, setLoadingMore] = useState(false)
  const [moreError, setMoreError] = useState<Error>()
  const loadMore = async () => {
    setLoadingMore(true)
    try {
      await live.loadMore()
      setMoreError(undefined)
    } catch (e) {
      setMoreError(e as Error)
    } finally {
      setLoadingMore(false)
    }
  }
  const queries = useLoad(() => client.get<Page<QueryJson>>(wsPath(ws, '/queries')), [ws])
  const brandOf = (id: string) => queries.data?.items.find((q) => q.id === id)?.brand
  const list = live.alerts.filter((a) => shown(a, show))
  return (
    <>
      <h1>{t('alerts.title')}</h1>
      <div class="toolbar">
        <fieldset class="toggles">
          <legend>{t('alerts.show')}</legend>
          {SHOWS.map((s) => (
            <button type="button" key={s} aria-pressed={s === show} onClick={() => setShow(s)}>
              {s === 'active' ? t('alerts.active') : s === 'all' ? t('alerts.all') : t(`status.${s}`)}
            </button>
          ))}
        </fieldset>
        <label class="check">
          <input type="checkbox" checked={sound} onChange={(e) => onSound(e.currentTarget.checked)} />{' '}
          {t('alerts.sound')}
        </label>
      </div>
      {list.length === 0 ? <p class="muted">{t('alerts.none')}</p> : null}
      <ol class="alert-list" aria-live="polite">
        {list.map((alert) => (
          <li key={alert.id}>
            <AlertCard
              ws={ws}
              alert={alert}
              brand={brandOf(alert.queryId)}
              isNew={live.fresh.has(alert.id)}
              canRespond={canRespond}
              onChanged={live.update}
            />
          </li>
        ))}
      </ol>
      <p class="muted pager" aria-live="polite">
        {t('alerts.loaded', { count: format.count(live.alerts.length) })}
      </p>
      <ErrorNotice error={moreError} />
      {live.hasMore ? (
        <button type="button" class="more" disabled={loadingMore} onClick={() => void loadMore()}>
          {t('alerts.more')}
        </button>
      ) : null}
    </>
  )
}

import { wsPath } from '../api/api-client.ts'
import type { IncidentJson, OverviewJson, TimelineEntryJson } from '../api/wire.ts'
import { sinceWindow } from '../model/time-range.ts'
import { serverNow, useApp } from './app-context.ts'
import { ErrorNotice, Loading } from './notice.tsx'
import { EmotionMix, Panel } from './overview-panels.tsx'
import { useLoad } from './use-load.ts'
import { VolumeChart } from './volume-chart.tsx'
import { VolumeTable } from './volume-table.tsx'

const NO_ALERTS: never[] = []

/** Where the incident's figures start: its first signal when the timeline has an earlier one. */
const startOf = (incident: IncidentJson, timeline: TimelineEntryJson[]) =>
  [incident.openedAt, ...timeline.map((e) => e.at)].sort()[0] ?? incident.openedAt

/**
 * The conversation since the incident started, for its brand query (the whole workspace when opened by
 * hand): volume and tone over time, the negative share and the emotion mix, from the overview route.
 */
export const IncidentFigures = ({
  ws,
  incident,
  timeline,
  round = 0,
}: {
  ws: string
  incident: IncidentJson
  timeline: TimelineEntryJson[]
  /** bumped to read the figures again (a live alert, a reply) */
  round?: number
}) => {
  const { client, t, format } = useApp()
  const from = startOf(incident, timeline)
  const data = useLoad(async () => {
    const now = incident.closedAt ? new Date(incident.closedAt) : await serverNow(client)
    if (now.getTime() <= Date.parse(from)) return undefined
    const query = incident.queryId ?? undefined
    return client.get<OverviewJson>(wsPath(ws, '/overview'), { ...sinceWindow(from, now), query, top: 1 })
  }, [ws, incident.id, incident.closedAt, incident.queryId, from, round])
  const overview = data.data
  const totals = (overview?.buckets ?? []).reduce(
    (sum, b) => ({ total: sum.total + b.total, negative: sum.negative + b.negative }),
    { total: 0, negative: 0 },
  )
  return (
    <Panel id="figures" title={t('figures.title')}>
      <ErrorNotice error={data.error} />
      {overview ? (
        <>
          <p class="muted" aria-live="polite">
            {t('figures.summary', {
              total: format.count(totals.total),
              from: format.dateTime(from),
              negative: format.count(totals.negative),
              share: format.percent(totals.total === 0 ? 0 : totals.negative / totals.total),
            })}
          </p>
          <VolumeChart buckets={overview.buckets} alerts={NO_ALERTS} />
          <VolumeTable buckets={overview.buckets} alerts={NO_ALERTS} />
          <h3>{t('figures.emotions')}</h3>
          <EmotionMix overview={overview} />
        </>
      ) : data.loading ? (
        <Loading />
      ) : null}
    </Panel>
  )
}

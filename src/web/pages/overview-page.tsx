import { useState } from 'preact/hooks'
import { wsPath } from '../api/api-client.ts'
import type { MentionJson, OverviewJson, Page, QueryJson } from '../api/wire.ts'
import { type RangeKey, rangeWindow } from '../model/time-range.ts'
import { serverNow, useApp } from '../ui/app-context.ts'
import { CrisisLevels } from '../ui/crisis-levels.tsx'
import { MentionItem } from '../ui/mention-item.tsx'
import { ErrorNotice, Loading } from '../ui/notice.tsx'
import { OverviewPanels, Panel } from '../ui/overview-panels.tsx'
import { RangePicker } from '../ui/range-picker.tsx'
import type { LiveAlerts } from '../ui/use-live-alerts.ts'
import { useLoad } from '../ui/use-load.ts'
import { VolumeChart } from '../ui/volume-chart.tsx'
import { VolumeTable } from '../ui/volume-table.tsx'

const TOP_POSTS = 10

const QueryPicker = ({
  queries,
  value,
  onChange,
}: {
  queries: QueryJson[]
  value: string
  onChange: (id: string) => void
}) => {
  const { t } = useApp()
  return (
    <label>
      {t('common.query')}{' '}
      <select value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        <option value="">{t('common.allQueries')}</option>
        {queries.map((q) => (
          <option key={q.id} value={q.id}>
            {q.brand}
          </option>
        ))}
      </select>
    </label>
  )
}

/**
 * What a communication team looks at first: crisis levels, volume and tone over time, the emotion mix,
 * share of voice, who and what drives the conversation, and the most engaging posts.
 */
export const OverviewPage = ({ ws, live }: { ws: string; live: LiveAlerts }) => {
  const { client, t, format } = useApp()
  const [range, setRange] = useState<RangeKey>('48h')
  const [queryId, setQueryId] = useState('')
  const queries = useLoad(() => client.get<Page<QueryJson>>(wsPath(ws, '/queries')), [ws])
  // reloaded when an alert arrives: the levels and the chart then show it
  const data = useLoad(async () => {
    const { from, to, bucket } = rangeWindow(range, await serverNow(client))
    const query = queryId || undefined
    const [overview, top] = await Promise.all([
      client.get<OverviewJson>(wsPath(ws, '/overview'), { from, to, bucket, query }),
      client.get<Page<MentionJson>>(wsPath(ws, '/mentions'), {
        from,
        to,
        query,
        sort: 'engagement',
        limit: TOP_POSTS,
      }),
    ])
    return { overview, top: top.items }
  }, [ws, range, queryId, live.alerts.length])
  const overview = data.data?.overview
  const markers = live.alerts.filter(
    (a) => a.at >= (overview?.from ?? '') && (!queryId || a.queryId === queryId),
  )
  const totals = (overview?.buckets ?? []).reduce(
    (sum, b) => ({
      total: sum.total + b.total,
      negative: sum.negative + b.negative,
      positive: sum.positive + b.positive,
    }),
    { total: 0, negative: 0, positive: 0 },
  )
  return (
    <>
      <h1>{t('overview.title')}</h1>
      <Panel id="levels" title={t('overview.levels')}>
        <ErrorNotice error={data.error} />
        {overview ? <CrisisLevels levels={overview.levels} /> : <Loading />}
      </Panel>
      <Panel id="chart" title={t('overview.chart')}>
        <div class="toolbar">
          <RangePicker value={range} onChange={setRange} />
          <QueryPicker queries={queries.data?.items ?? []} value={queryId} onChange={setQueryId} />
        </div>
        <p class="muted" aria-live="polite">
          {t('overview.chartSummary', {
            total: format.count(totals.total),
            negative: format.count(totals.negative),
            positive: format.count(totals.positive),
          })}{' '}
          {t('overview.markers')}
        </p>
        {overview ? (
          <>
            <VolumeChart buckets={overview.buckets} alerts={markers} />
            <VolumeTable buckets={overview.buckets} alerts={markers} />
          </>
        ) : (
          <Loading />
        )}
      </Panel>
      {overview ? <OverviewPanels overview={overview} /> : null}
      <Panel id="top" title={t('overview.top')}>
        {data.data?.top.length === 0 ? <p class="muted">{t('overview.noPosts')}</p> : null}
        <ol class="mention-list">
          {(data.data?.top ?? []).map((m) => (
            <li key={m.id}>
              <MentionItem ws={ws} mention={m} canCorrect={false} />
            </li>
          ))}
        </ol>
      </Panel>
    </>
  )
}

import { useState } from 'preact/hooks'
import { wsPath } from '../api/api-client.ts'
import type { MentionJson, Page, QueryJson, VolumeJson } from '../api/wire.ts'
import { crisisLevels, explanationIn } from '../model/crisis-level.ts'
import { type RangeKey, rangeWindow } from '../model/time-range.ts'
import { topPosts } from '../model/top-posts.ts'
import { serverNow, useApp } from '../ui/app-context.ts'
import { MentionItem } from '../ui/mention-item.tsx'
import { ErrorNotice, Loading } from '../ui/notice.tsx'
import { RangePicker } from '../ui/range-picker.tsx'
import type { LiveAlerts } from '../ui/use-live-alerts.ts'
import { useLoad } from '../ui/use-load.ts'
import { VolumeChart } from '../ui/volume-chart.tsx'

const TOP = 5

/** Per brand query, its crisis level now (from the alerts not resolved), with the worst alert's sentence. */
const CrisisLevels = ({ queries, live }: { queries: QueryJson[]; live: LiveAlerts }) => {
  const { t, lang } = useApp()
  if (queries.length === 0) return <p class="muted">{t('overview.noQueries')}</p>
  return (
    <ul class="levels">
      {crisisLevels(queries, live.alerts).map(({ query, level, alert }) => (
        <li key={query.id} class={`level-card level-${level}`} data-query={query.id} data-level={level}>
          <h3>{query.brand}</h3>
          <p>
            <span class={`badge level-${level}`}>
              {t(level === 'calm' ? 'level.calm' : `severity.${level}`)}
            </span>
            {alert ? (
              <span class="score"> {t('common.score', { score: Math.round(alert.score) })}</span>
            ) : null}
          </p>
          <p class="explanation">{alert ? explanationIn(alert, lang) : t('overview.calm')}</p>
        </li>
      ))}
    </ul>
  )
}

/** What a communication team looks at first: crisis levels, volume and sentiment over time, top posts. */
export const OverviewPage = ({ ws, live }: { ws: string; live: LiveAlerts }) => {
  const { client, t, format } = useApp()
  const [range, setRange] = useState<RangeKey>('48h')
  const [queryId, setQueryId] = useState('')
  const queries = useLoad(() => client.get<Page<QueryJson>>(wsPath(ws, '/queries')), [ws])
  // reloaded when an alert arrives: the chart then shows the posts that raised it
  const data = useLoad(async () => {
    const { from, to, bucket } = rangeWindow(range, await serverNow(client))
    const query = queryId || undefined
    const [volume, recent] = await Promise.all([
      client.get<VolumeJson>(wsPath(ws, '/volume'), { from, to, bucket, query }),
      client.get<Page<MentionJson>>(wsPath(ws, '/mentions'), { from, to, query, limit: 200 }),
    ])
    return { volume, top: topPosts(recent.items, TOP) }
  }, [ws, range, queryId, live.alerts.length])
  const from = data.data?.volume.from ?? ''
  const markers = live.alerts.filter((a) => a.at >= from && (!queryId || a.queryId === queryId))
  const totals = (data.data?.volume.buckets ?? []).reduce(
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
      <section aria-labelledby="levels-title">
        <h2 id="levels-title">{t('overview.levels')}</h2>
        <ErrorNotice error={queries.error} />
        {queries.data ? <CrisisLevels queries={queries.data.items} live={live} /> : <Loading />}
      </section>
      <section aria-labelledby="chart-title">
        <h2 id="chart-title">{t('overview.chart')}</h2>
        <div class="toolbar">
          <RangePicker value={range} onChange={setRange} />
          <label>
            {t('common.query')}{' '}
            <select value={queryId} onChange={(e) => setQueryId(e.currentTarget.value)}>
              <option value="">{t('common.allQueries')}</option>
              {(queries.data?.items ?? []).map((q) => (
                <option key={q.id} value={q.id}>
                  {q.brand}
                </option>
              ))}
            </select>
          </label>
        </div>
        <ErrorNotice error={data.error} />
        <p class="muted" aria-live="polite">
          {t('overview.chartSummary', {
            total: format.count(totals.total),
            negative: format.count(totals.negative),
            positive: format.count(totals.positive),
          })}{' '}
          {t('overview.markers')}
        </p>
        {data.data ? <VolumeChart buckets={data.data.volume.buckets} alerts={markers} /> : <Loading />}
      </section>
      <section aria-labelledby="top-title">
        <h2 id="top-title">{t('overview.top')}</h2>
        {data.data?.top.length === 0 ? <p class="muted">{t('overview.noPosts')}</p> : null}
        <ol class="mention-list">
          {(data.data?.top ?? []).map((m) => (
            <li key={m.id}>
              <MentionItem ws={ws} mention={m} canCorrect={false} />
            </li>
          ))}
        </ol>
      </section>
    </>
  )
}

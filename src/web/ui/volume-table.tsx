import type { AlertJson, VolumeBucket } from '../api/wire.ts'
import { useApp } from './app-context.ts'

/** The alerts raised within each bucket (a bucket ends where the next one starts; the last one as long). */
const alertsPerBucket = (buckets: VolumeBucket[], alerts: readonly AlertJson[]): AlertJson[][] => {
  const starts = buckets.map((b) => Date.parse(b.at))
  const width = starts.length > 1 ? starts[1]! - starts[0]! : 3_600_000
  return starts.map((start, i) => {
    const end = starts[i + 1] ?? start + width
    return alerts.filter((a) => {
      const at = Date.parse(a.at)
      return at >= start && at < end
    })
  })
}

/**
 * The chart's figures as a table, for screen readers and for anyone who prefers numbers: folded under a
 * summary a keyboard opens, one row per bucket with its counts and the alerts raised in it.
 */
export const VolumeTable = ({
  buckets,
  alerts,
}: {
  buckets: VolumeBucket[]
  alerts: readonly AlertJson[]
}) => {
  const { t, format } = useApp()
  const raised = alertsPerBucket(buckets, alerts)
  return (
    <details class="chart-table">
      <summary>{t('overview.chartTable')}</summary>
      <div class="table-box">
        <table>
          <caption class="visually-hidden">{t('overview.chart')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('series.time')}</th>
              <th scope="col" class="num">
                {t('series.total')}
              </th>
              <th scope="col" class="num">
                {t('series.negative')}
              </th>
              <th scope="col" class="num">
                {t('series.positive')}
              </th>
              <th scope="col">{t('overview.alertsColumn')}</th>
            </tr>
          </thead>
          <tbody>
            {buckets.map((b, i) => (
              <tr key={b.at} data-at={b.at}>
                <th scope="row">
                  <time dateTime={b.at}>{format.dateTime(b.at)}</time>
                </th>
                <td class="num">{format.count(b.total)}</td>
                <td class="num">{format.count(b.negative)}</td>
                <td class="num">{format.count(b.positive)}</td>
                <td>{(raised[i] ?? []).map((a) => t(`severity.${a.severity}`)).join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  )
}

import { apiHref, type Params, wsPath } from '../api/api-client.ts'
import { useApp } from './app-context.ts'

/**
 * Download links of every mention of the current filters: plain GETs, so the session cookie goes with them
 * and the server streams the file however large.
 */
export const ExportLinks = ({ ws, params }: { ws: string; params: Params }) => {
  const { t } = useApp()
  const href = (format: 'csv' | 'jsonl') =>
    apiHref(wsPath(ws, '/mentions/export'), { ...params, limit: undefined, format })
  return (
    <p class="export" title={t('mentions.exportHint')}>
      <span>{t('mentions.export')}</span>{' '}
      <a class="button" href={href('csv')} download data-format="csv">
        {t('mentions.exportCsv')}
      </a>{' '}
      <a class="button" href={href('jsonl')} download data-format="jsonl">
        {t('mentions.exportJsonl')}
      </a>
    </p>
  )
}

import type { ImportJobJson, RejectionGroupJson } from '../api/wire.ts'
import { useApp } from './app-context.ts'

/** `lines 4, 9, 12 …`: where a kind of rejection was seen, `…` when there were more. */
const where = (group: RejectionGroupJson, t: ReturnType<typeof useApp>['t']) => {
  const [key, list] =
    group.lines.length > 0
      ? (['import.lines', group.lines] as const)
      : (['import.items', group.items] as const)
  if (list.length === 0) return ''
  return t(key, { list: `${list.join(', ')}${group.count > list.length ? ' …' : ''}` })
}

/** The counts an import can give: with a bus, what the server published, the workers doing the rest. */
const countsOf = (job: ImportJobJson) => {
  if (job.mode === 'published')
    return [
      ['read', job.read],
      ['published', job.published],
      ['rejectedCount', job.rejectedCount],
    ] as const
  const skipped = Object.values(job.skipped).reduce((sum, n) => sum + n, 0)
  return [
    ['read', job.read],
    ['stored', job.stored],
    ['duplicates', job.duplicates],
    ['skipped', skipped],
    ['rejectedCount', job.rejectedCount],
    ['alerts', job.alerts],
  ] as const
}

/** Progress while an import runs, then what it did: counts, and the rejected rows by reason with examples. */
export const ImportSummary = ({ job }: { job: ImportJobJson }) => {
  const { t, format } = useApp()
  const percent = format.percent(job.bytes === 0 ? 1 : job.bytesRead / job.bytes)
  return (
    <section
      class="import-summary"
      data-status={job.status}
      data-mode={job.mode}
      aria-live="polite"
      aria-labelledby="import-status"
    >
      <h2 id="import-status">
        {job.status === 'running'
          ? t('import.running', { file: job.file, percent, read: format.count(job.read) })
          : job.status === 'done'
            ? t(job.mode === 'published' ? 'import.publishedDone' : 'import.done', { file: job.file })
            : t('import.failed', { file: job.file, message: job.error ?? '' })}
      </h2>
      {job.status === 'running' ? <progress max={Math.max(job.bytes, 1)} value={job.bytesRead} /> : null}
      {job.mode === 'published' ? <p class="notice import-published">{t('import.publishedNote')}</p> : null}
      <dl class="import-counts">
        {countsOf(job).map(([key, n]) => (
          <div key={key} data-count={key}>
            <dt>{t(`import.${key}`)}</dt>
            <dd>{format.count(n)}</dd>
          </div>
        ))}
      </dl>
      {job.status === 'running' ? null : (
        <>
          <h3>{t('import.rejections')}</h3>
          {job.rejected.length === 0 ? <p class="muted">{t('import.noRejections')}</p> : null}
          <ul class="rejection-groups">
            {job.rejected.map((group) => (
              <li key={group.reason} data-reason={group.reason}>
                <p>
                  <strong>{format.count(group.count)} ×</strong> {group.reason}{' '}
                  <span class="muted">{where(group, t)}</span>
                </p>
                {group.example !== group.reason ? (
                  <p class="reason">{t('import.example', { example: group.example })}</p>
                ) : null}
                {group.examplePayload ? (
                  <details>
                    <summary>{t('import.examplePayload')}</summary>
                    <pre>{group.examplePayload}</pre>
                  </details>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}

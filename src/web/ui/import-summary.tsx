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
      ['workersRejected', job.workers.rejectedCount],
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

type PublishedJob = Extract<ImportJobJson, { mode: 'published' }>

/**
 * What a published import adds: that the workers do the rest, what it waits for while the bus or the store is
 * unreachable, and how far the workers are with its batches.
 */
const PublishedNotes = ({ job }: { job: PublishedJob }) => {
  const { t, format } = useApp()
  const { waiting, workers } = job
  return (
    <>
      {waiting ? (
        <p class="notice import-waiting" role="status" data-service={waiting.service}>
          {t(`import.waiting.${waiting.service}`, {
            since: format.time(waiting.since),
            batch: format.count(waiting.batch),
            reason: waiting.reason,
            next: format.time(waiting.nextTryAt),
            until: format.time(waiting.until),
          })}
        </p>
      ) : null}
      <p class="notice import-published">{t('import.publishedNote')}</p>
      {job.batches > 0 ? (
        <p class="muted import-workers" data-handled={workers.batches} data-batches={job.batches}>
          {workers.batches >= job.batches && job.status !== 'running'
            ? t('import.workersDone', { batches: format.count(job.batches) })
            : t('import.workersProgress', {
                handled: format.count(workers.batches),
                batches: format.count(job.batches),
              })}
        </p>
      ) : null}
    </>
  )
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
      {job.mode === 'published' ? <PublishedNotes job={job} /> : null}
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

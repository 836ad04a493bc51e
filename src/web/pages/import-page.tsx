import { useEffect, useState } from 'preact/hooks'
import { wsPath } from '../api/api-client.ts'
import type { ImportJobJson, ImportPreviewJson } from '../api/wire.ts'
import { useApp } from '../ui/app-context.ts'
import { type ColumnMap, ImportMapping, REQUIRED_FIELDS } from '../ui/import-mapping.tsx'
import { ImportSummary } from '../ui/import-summary.tsx'
import { ErrorNotice } from '../ui/notice.tsx'

const FORMATS = ['csv', 'jsonl', 'twitter-v2', 'mastodon', 'bluesky', 'reddit'] as const
const FORMAT_NAMES: Record<string, string> = {
  csv: 'CSV',
  'twitter-v2': 'X / Twitter (API v2)',
  mastodon: 'Mastodon',
  bluesky: 'Bluesky',
  reddit: 'Reddit',
}
/** The preview reads the first rows only: the start of the file is enough, whatever its size. */
const PREVIEW_BYTES = 64 * 1024
const POLL_MS = 500
// a published import is done once read; the workers' reports on its batches come in after, less urgently
const WORKERS_POLL_MS = 2000

/** Whether an import's counts may still change: it runs, or the analyze workers have batches of it left. */
const isFollowed = (job: ImportJobJson | undefined) =>
  job !== undefined &&
  (job.status === 'running' || (job.mode === 'published' && job.workers.batches < job.batches))

const asError = (e: unknown) => (e instanceof Error ? e : new Error(String(e)))

/**
 * While an import runs, its progress is read again every half second until it ends; a published one is then
 * read every 2 seconds until the analyze workers reported on each of its batches.
 */
const useFollowedJob = (ws: string) => {
  const { client } = useApp()
  const [job, setJob] = useState<ImportJobJson>()
  useEffect(() => {
    if (!job || !isFollowed(job)) return
    const timer = setTimeout(
      () => {
        client
          .get<ImportJobJson>(wsPath(ws, `/imports/${encodeURIComponent(job.id)}`))
          .then(setJob, () => setJob({ ...job })) // a missed answer: try again at the next tick
      },
      job.status === 'running' ? POLL_MS : WORKERS_POLL_MS,
    )
    return () => clearTimeout(timer)
  }, [job, ws, client])
  return [job, setJob] as const
}

/**
 * Importing a file: pick it, check the format (guessed by the server from its first bytes), map the CSV
 * columns from its first rows, import, follow the progress and read the summary.
 */
export const ImportPage = ({ ws, canImport }: { ws: string; canImport: boolean }) => {
  const { client, t } = useApp()
  const [file, setFile] = useState<File>()
  const [preview, setPreview] = useState<ImportPreviewJson>()
  const [format, setFormat] = useState('')
  const [map, setMap] = useState<ColumnMap>({})
  const [timezone, setTimezone] = useState('')
  const [error, setError] = useState<Error>()
  const [sending, setSending] = useState(false)
  const [job, setJob] = useFollowedJob(ws)
  const look = async (chosen: File, asked?: string) => {
    setError(undefined)
    try {
      const head = chosen.slice(0, PREVIEW_BYTES)
      const seen = await client.upload<ImportPreviewJson>(
        wsPath(ws, '/imports/preview'),
        { name: chosen.name, format: asked },
        head,
      )
      setPreview(seen)
      setFormat(seen.format)
      setMap(seen.suggestedMap)
    } catch (e) {
      setPreview(undefined)
      setError(asError(e))
    }
  }
  const missing = format === 'csv' && REQUIRED_FIELDS.some((f) => !map[f])
  const start = async () => {
    if (!file) return
    setError(undefined)
    setSending(true)
    try {
      const chosen = Object.fromEntries(Object.entries(map).filter(([, column]) => column !== ''))
      const params = {
        name: file.name,
        format,
        map: format === 'csv' ? JSON.stringify(chosen) : undefined,
        timezone: timezone.trim(),
      }
      setJob(await client.upload<ImportJobJson>(wsPath(ws, '/imports'), params, file))
    } catch (e) {
      setError(asError(e))
    } finally {
      setSending(false)
    }
  }
  const reset = () => {
    setFile(undefined)
    setPreview(undefined)
    setJob(undefined)
    setError(undefined)
  }
  if (!canImport)
    return (
      <>
        <h1>{t('import.title')}</h1>
        <p class="notice">{t('import.analystOnly')}</p>
      </>
    )
  if (job)
    return (
      <>
        <h1>{t('import.title')}</h1>
        <ImportSummary job={job} />
        {job.status === 'running' ? null : (
          <button type="button" onClick={reset}>
            {t('import.another')}
          </button>
        )}
      </>
    )
  return (
    <>
      <h1>{t('import.title')}</h1>
      <p class="muted">{t('import.hint')}</p>
      <form
        class="import-form"
        onSubmit={(e) => {
          e.preventDefault()
          void start()
        }}
      >
        <label>
          {t('import.file')}
          <input
            type="file"
            accept=".csv,.jsonl,.ndjson,.json,.txt"
            onChange={(e) => {
              const chosen = (e.target as HTMLInputElement).files?.[0]
              setFile(chosen)
              setPreview(undefined)
              if (chosen) void look(chosen)
            }}
          />
        </label>
        {preview && file ? (
          <>
            <label>
              {t('import.format')}
              <select value={format} onChange={(e) => void look(file, (e.target as HTMLSelectElement).value)}>
                {FORMATS.map((f) => (
                  <option key={f} value={f}>
                    {FORMAT_NAMES[f] ?? t('import.jsonl')}
                  </option>
                ))}
              </select>
            </label>
            {preview.detected ? (
              <p class="muted">
                {t('import.detected', { format: FORMAT_NAMES[format] ?? t('import.jsonl') })}
              </p>
            ) : null}
            {format === 'csv' ? <ImportMapping preview={preview} map={map} onMap={setMap} /> : null}
            {format !== 'csv' && preview.lines.length > 0 ? (
              <section aria-labelledby="first-lines-title">
                <h2 id="first-lines-title">{t('import.firstLines')}</h2>
                <pre class="import-lines">{preview.lines.join('\n')}</pre>
              </section>
            ) : null}
            {format === 'csv' || format === 'jsonl' ? (
              <label>
                {t('import.timezone')}
                <input
                  type="text"
                  value={timezone}
                  placeholder={t('import.timezoneHint')}
                  onInput={(e) => setTimezone((e.target as HTMLInputElement).value)}
                />
              </label>
            ) : null}
            {missing ? <p class="notice">{t('import.missingRequired')}</p> : null}
            <button type="submit" disabled={missing || sending}>
              {t('import.start')}
            </button>
            {sending ? <p aria-live="polite">{t('import.uploading', { file: file.name })}</p> : null}
          </>
        ) : null}
      </form>
      <ErrorNotice error={error} />
    </>
  )
}

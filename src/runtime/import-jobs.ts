import { randomBytes } from 'node:crypto'
import { open, rm } from 'node:fs/promises'
import { AppError, type ImportJob, type IngestedImportJob } from '../core/index.ts'
import { createFileConnector, detectFormat, type FieldMap, type FileFormat } from '../sources/index.ts'
import type { ImportBatchReport } from '../store/index.ts'
import { type IngestSummary, ingest } from './ingest.ts'
import { type PublishImportOptions, publishImport } from './publish-import.ts'
import { groupRejections } from './rejection-kinds.ts'
import type { Runtime } from './runtime.ts'
import { addWorkerReports } from './worker-reports.ts'

/** A file uploaded to import into a workspace, with the options of `vigie ingest`. */
export interface ImportRequest {
  workspaceId: string
  /** the uploaded bytes on disk; removed when the import ends, whatever the outcome */
  path: string
  /** the file's name as the user gave it: the input is `upload:<name>` on the sources page */
  name: string
  format?: FileFormat
  map?: FieldMap
  timeZone?: string
  /** the source label of rows that have none (`file` by default) */
  source?: string
  /**
   * run detection on what is stored (alerts, notifications); true unless said otherwise. With a bus the
   * workers detect, and `false` is refused (`checkImportOptions`)
   */
  detect?: boolean
}

/** The options an import cannot honour here, refused before its file is read. */
export const checkImportOptions = (rt: Runtime, request: Pick<ImportRequest, 'detect'>) => {
  if (rt.config.bus.url !== undefined && request.detect === false)
    throw new AppError(
      'invalid',
      'detect=false: with a bus (VIGIE_BUS_URL) the import is published for the analyze workers, and detection runs in the workers (vigie worker --role detect, or --role analyze --detect), whatever the import asks',
    )
}

export interface ImportJobs {
  /** Checks the request (format, map against the CSV header, time zone), then imports in the background. */
  start(rt: Runtime, request: ImportRequest): Promise<{ job: ImportJob; done: Promise<ImportJob> }>
  /** an import as it is now; with a bus, with what the analyze workers reported on its batches so far */
  get(workspaceId: string, id: string): Promise<ImportJob | undefined>
  /** the workspace's recent imports, newest first */
  list(workspaceId: string): Promise<ImportJob[]>
  /** stops the running imports (their cursor stays at the last batch written) and waits for them */
  close(): Promise<void>
}

const KEPT_PER_WORKSPACE = 20
const HEAD_BYTES = 64 * 1024

const readHead = async (path: string) => {
  const file = await open(path)
  try {
    const { buffer, bytesRead } = await file.read(Buffer.alloc(HEAD_BYTES), 0, HEAD_BYTES, 0)
    return { head: buffer.subarray(0, bytesRead).toString('utf8'), bytes: (await file.stat()).size }
  } finally {
    await file.close()
  }
}

/** `C:\exports\tweets.csv` or `../x.csv` → the base name, printable, at most 200 characters. */
const baseName = (name: string) =>
  (name.split(/[\\/]/).pop() ?? '')
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .trim()
    .slice(0, 200) || 'upload'

const snapshot = (job: ImportJob): ImportJob =>
  job.mode === 'published'
    ? { ...job, workers: { ...job.workers }, waiting: job.waiting && { ...job.waiting } }
    : { ...job, skipped: { ...job.skipped } }

const follow = (job: IngestedImportJob, s: IngestSummary) => {
  job.read = s.read
  job.stored = s.stored
  job.duplicates = s.duplicates
  job.skipped = { ...s.skipped }
  job.rejectedCount = s.rejectedCount
  job.rejected = groupRejections(s.rejectedKinds, s.rejected)
  job.alerts = s.alerts
}

/**
 * Imports of uploaded files, one at a time per workspace, through the same `ingest` as `vigie ingest` and
 * the webhook intake (analysis, stored once, detection, alerts and notifications); with a bus (`bus.url`),
 * published on `raw.<workspace>` for the analyze workers instead, as `vigie ingest` does with a bus
 * (`publishImport`; `outage` shortens its wait for an unreachable bus, in tests), its view adding what the
 * analyze workers reported in the store on its batches. Progress and summaries are kept in memory: the last 20
 * imports of each workspace, until the server stops (the workers' reports stay in the store).
 */
export const createImportJobs = (options: Pick<PublishImportOptions, 'outage'> = {}): ImportJobs => {
  const jobs = new Map<string, ImportJob[]>()
  const running = new Map<string, { stop: AbortController; done: Promise<ImportJob> }>()
  const listOf = (ws: string) => jobs.get(ws) ?? []
  // where the analyze workers report on a published import, and their last reports read (the store down: kept)
  const storeOf = new WeakMap<ImportJob, Runtime['store']>()
  const lastReports = new WeakMap<ImportJob, ImportBatchReport[]>()
  const view = async (job: ImportJob): Promise<ImportJob> => {
    const copy = snapshot(job)
    const store = storeOf.get(job)
    if (copy.mode !== 'published' || !store) return copy
    const reports = await store.listImportBatchReports(copy.workspaceId, copy.id).then(
      (read) => {
        lastReports.set(job, read)
        return read
      },
      () => lastReports.get(job) ?? [],
    )
    return addWorkerReports(copy, reports)
  }
  return {
    async start(rt, request) {
      try {
        return await begin(rt, request)
      } catch (error) {
        await rm(request.path, { force: true })
        throw error
      }
    },
    get: async (ws, id) => {
      const job = listOf(ws).find((j) => j.id === id)
      return job && view(job)
    },
    list: (ws) => Promise.all(listOf(ws).map(view)),
    async close() {
      for (const { stop } of running.values()) stop.abort()
      await Promise.allSettled([...running.values()].map((r) => r.done))
    },
  }
  async function begin(rt: Runtime, request: ImportRequest) {
    const ws = request.workspaceId
    checkImportOptions(rt, request)
    if (listOf(ws).some((j) => j.status === 'running'))
      throw new AppError('conflict', 'an import is already running in this workspace: wait for it to end')
    const file = baseName(request.name)
    const { head, bytes } = await readHead(request.path)
    const format = request.format ?? detectFormat(file, head)
    const job = newJob(rt, { workspaceId: ws, file, format, bytes })
    const connector = createFileConnector({
      path: request.path,
      format,
      map: request.map,
      defaults: request.source === undefined ? {} : { source: request.source },
      timeZone: request.timeZone,
      onProgress: (read) => {
        job.bytesRead = read
      },
    })
    await connector.check()
    jobs.set(ws, [job, ...listOf(ws)].slice(0, KEPT_PER_WORKSPACE))
    storeOf.set(job, rt.store)
    const stop = new AbortController()
    const sourceKey = `upload:${file}`
    const run =
      job.mode === 'published'
        ? publishImport({ rt, job, connector, sourceKey, signal: stop.signal, outage: options.outage })
        : ingest({
            rt,
            workspaceId: ws,
            connector,
            sourceKey,
            // an upload is a whole file: read it all, its mentions already stored are counted as such
            fromStart: true,
            detect: request.detect ?? true,
            signal: stop.signal,
            onBatch: (s) => follow(job, s),
          }).then((summary) => follow(job, summary))
    const done = run
      .then(() => {
        job.bytesRead = job.bytes
        job.status = 'done'
        return job
      })
      .catch((error: unknown) => {
        job.status = 'failed'
        if (job.mode === 'published') job.waiting = null
        job.error = error instanceof AppError ? error.message : 'the import stopped on an internal error'
        if (!(error instanceof AppError)) rt.log.error({ err: error, workspace: ws, file }, 'import failed')
        return job
      })
      .finally(async () => {
        job.finishedAt = rt.clock.now()
        running.delete(job.id)
        await rm(request.path, { force: true })
      })
      .then(() => view(job))
    running.set(job.id, { stop, done })
    return { job: snapshot(job), done }
  }
}

/**
 * A running import's first state: with a bus it is published for the workers, so it counts what it published
 * instead of what was stored (`mode: 'published'`); without one, the embedded import, unchanged.
 */
const newJob = (
  rt: Runtime,
  o: { workspaceId: string; file: string; format: FileFormat; bytes: number },
): ImportJob => {
  const id = `imp_${randomBytes(9).toString('base64url')}`
  const start = { id, workspaceId: o.workspaceId, file: o.file, format: o.format }
  const progress = { status: 'running' as const, bytes: o.bytes, bytesRead: 0, read: 0 }
  const end = { startedAt: rt.clock.now(), finishedAt: null, error: null }
  if (rt.config.bus.url !== undefined)
    return {
      ...start,
      mode: 'published',
      ...progress,
      ...{ published: 0, batches: 0, waiting: null, rejectedCount: 0, rejected: [] },
      ...{ workers: { batches: 0, rejectedCount: 0 } },
      ...end,
    }
  return {
    ...start,
    ...progress,
    ...{ stored: 0, duplicates: 0, skipped: {}, rejectedCount: 0, rejected: [], alerts: 0 },
    ...end,
  }
}

import { rm } from 'node:fs/promises'
import { z } from 'zod'
import { AppError, Id, ImportJob } from '../../core/index.ts'
import { checkImportOptions, type ImportJobs } from '../../runtime/index.ts'
import {
  checkFieldMap,
  checkTimeZone,
  FILE_FORMATS,
  type FieldMap,
  parseFieldMap,
  previewFile,
} from '../../sources/index.ts'
import type { ApiContext } from '../context.ts'
import { receiveUpload } from '../receive-upload.ts'
import { optionalParam, WorkspaceParams } from '../request-params.ts'
import { defineRoute, type RouteSpec } from '../route-spec.ts'

const ImportParams = WorkspaceParams.extend({ id: z.string().max(100) })

/** `text=tweet_text,createdAt=date` as `vigie ingest --map` takes it, or a JSON object (columns with commas). */
const readMap = (spec: string): FieldMap => {
  if (!spec.trimStart().startsWith('{')) return parseFieldMap(spec)
  let value: unknown
  try {
    value = JSON.parse(spec)
  } catch {
    throw new AppError('invalid', 'map: not a JSON object nor field=column pairs')
  }
  const entries = Object.entries((value ?? {}) as Record<string, unknown>)
  if (typeof value !== 'object' || entries.some(([, column]) => typeof column !== 'string'))
    throw new AppError('invalid', 'map: a JSON map names a column (a string) for each field')
  return checkFieldMap(Object.fromEntries(entries) as Record<string, string>)
}

const Flag = optionalParam(z.enum(['true', 'false']).transform((v) => v === 'true'))
const FileQuery = z.object({
  name: optionalParam(z.string().max(500)),
  format: optionalParam(z.enum(FILE_FORMATS)),
})
const ImportQuery = FileQuery.extend({
  map: optionalParam(z.string().max(10_000)),
  timezone: optionalParam(z.string().max(100)),
  source: optionalParam(Id),
  detect: Flag,
  wait: Flag,
})

/** Imports of files from the dashboard or a script: a preview to map the columns, the import, its progress. */
export const importRoutes = (ctx: ApiContext, imports: ImportJobs): RouteSpec[] => [
  defineRoute({
    method: 'POST',
    path: '/workspaces/:ws/imports/preview',
    tag: 'imports',
    summary:
      'The start of a file (its first bytes are enough) as the import would read it: the format (guessed unless ?format= names it), and for CSV the header, the first 10 rows and a suggested map',
    access: 'analyst',
    params: WorkspaceParams,
    query: FileQuery,
    upload: true,
    handler: async ({ query, request }) => {
      const path = await receiveUpload(request, ctx.uploadLimitBytes)
      try {
        return await previewFile(path, { name: query.name ?? 'upload', format: query.format })
      } finally {
        await rm(path, { force: true })
      }
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/workspaces/:ws/imports',
    tag: 'imports',
    summary:
      'Import a file (its bytes as application/octet-stream, 50 MiB at most) as `vigie ingest` does: ?format= (guessed when absent), ?map= and ?timezone= for CSV; answers 202 with the import to follow, or with ?wait=true 200 with its summary once done. With a bus (distributed mode) the rows are published for the analyze workers instead: the import has `mode: "published"` and counts `published` and the rows the workers rejected (`workers`), not stored mentions nor alerts; `waiting` says what it waits for while the bus or the store is unreachable',
    access: 'analyst',
    params: WorkspaceParams,
    query: ImportQuery,
    response: ImportJob,
    upload: true,
    handler: async ({ params, query, request, reply }) => {
      const rt = ctx.runtime
      if (!rt) throw new AppError('unavailable', 'this server runs no pipeline to analyse imported mentions')
      // the options are checked before the upload is read: a bad map or zone costs the client nothing
      const map = query.map === undefined ? undefined : readMap(query.map)
      const timeZone = query.timezone === undefined ? undefined : checkTimeZone(query.timezone)
      checkImportOptions(rt, { detect: query.detect })
      const path = await receiveUpload(request, ctx.uploadLimitBytes)
      const { job, done } = await imports.start(rt, {
        workspaceId: params.ws,
        path,
        name: query.name ?? 'upload',
        format: query.format,
        map,
        timeZone,
        source: query.source,
        detect: query.detect,
      })
      if (query.wait) return done
      reply.code(202)
      return job
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/workspaces/:ws/imports',
    tag: 'imports',
    summary: "The workspace's recent imports (the last 20 since the server started), newest first",
    access: 'viewer',
    params: WorkspaceParams,
    response: z.object({ items: ImportJob.array() }),
    handler: async ({ params }) => ({ items: await imports.list(params.ws) }),
  }),
  defineRoute({
    method: 'GET',
    path: '/workspaces/:ws/imports/:id',
    tag: 'imports',
    summary:
      'One import: its progress while it runs (bytes and rows read, stored), then its summary (accepted, duplicates, rejections by reason with example lines); with a bus (`mode: "published"`), rows read, mentions published, rejections by reason (those of the workers included as they report: `workers`), and `waiting` while the bus or the store is unreachable, the workers storing and detecting',
    access: 'viewer',
    params: ImportParams,
    response: ImportJob,
    handler: async ({ params }) => {
      const job = await imports.get(params.ws, params.id)
      if (!job) throw new AppError('not_found', `no import ${params.id} in this workspace`)
      return job
    },
  }),
]

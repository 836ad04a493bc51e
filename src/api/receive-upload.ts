import { randomBytes } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import type { FastifyRequest } from 'fastify'
import { AppError } from '../core/index.ts'

/** 50 MiB: a few hundred thousand posts; larger exports go through `vigie ingest`, which has no limit. */
export const UPLOAD_LIMIT_BYTES = 50 * 1024 * 1024

export const UPLOAD_TYPE = 'application/octet-stream'

/** Answered 413 with the code `invalid`, as Fastify's own "body too large" is (error-reply.ts). */
const tooLarge = (limit: number) =>
  Object.assign(
    new Error(
      `the file is larger than the ${formatSize(limit)} an upload may hold: import it with vigie ingest, or split it`,
    ),
    { statusCode: 413 },
  )

const formatSize = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MiB` : `${bytes} bytes`

/**
 * Writes the body to `path` with backpressure. Past the limit it stops listening without destroying the
 * request, as Fastify does for a JSON body too large: the client still gets its 413, and Node discards the rest.
 */
const writeLimited = (body: Readable, path: string, limit: number) =>
  new Promise<void>((resolve, reject) => {
    const file = createWriteStream(path, { flags: 'wx', mode: 0o600 })
    let seen = 0
    const stop = (error?: unknown) => {
      body.off('data', onData).off('end', onEnd).off('error', stop)
      file.off('error', stop)
      if (error === undefined) file.end(() => resolve())
      else file.destroy()
      if (error !== undefined) file.once('close', () => reject(error))
    }
    const onData = (chunk: Buffer) => {
      seen += chunk.length
      if (seen > limit) return stop(tooLarge(limit))
      if (!file.write(chunk)) {
        body.pause()
        file.once('drain', () => body.resume())
      }
    }
    const onEnd = () => stop()
    body.on('data', onData).on('end', onEnd).on('error', stop)
    file.on('error', stop)
  })

/**
 * Streams a request's body (sent as application/octet-stream) to a new file in the temporary folder,
 * refusing it past `limit` bytes (413), and returns the file's path: the caller removes it.
 */
export const receiveUpload = async (request: FastifyRequest, limit = UPLOAD_LIMIT_BYTES) => {
  const body = request.body
  if (!(body instanceof Readable))
    throw new AppError(
      'invalid',
      `send the file's bytes as the request body with Content-Type: ${UPLOAD_TYPE} (curl --data-binary @FILE)`,
    )
  const declared = Number(request.headers['content-length'])
  if (Number.isFinite(declared) && declared > limit) throw tooLarge(limit)
  const path = join(tmpdir(), `vigie-upload-${randomBytes(12).toString('hex')}`)
  try {
    await writeLimited(body, path, limit)
  } catch (error) {
    await rm(path, { force: true })
    throw error
  }
  return path
}

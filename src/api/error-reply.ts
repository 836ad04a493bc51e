import { ZodError } from 'zod'
import { describeIssues, type ErrorCode, isAppError } from '../core/index.ts'

/** The one error → HTTP mapping. */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  invalid: 400,
  unauthenticated: 401,
  rate_limited: 429,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  internal: 500,
  unavailable: 503,
}

export interface ErrorBody {
  error: { code: ErrorCode; message: string; details: unknown }
}

export interface ErrorReply {
  status: number
  body: ErrorBody
  /** a bug or an outage: logged with its stack, never shown to the client */
  unexpected: boolean
}

const reply = (code: ErrorCode, message: string, details: unknown = null, status = HTTP_STATUS[code]) => ({
  status,
  body: { error: { code, message, details } },
  unexpected: code === 'internal',
})

/** Fastify's own client errors (bad JSON, body too large, wrong content type) keep their 4xx status. */
const fastifyClientStatus = (error: unknown): number | undefined => {
  const status = (error as { statusCode?: unknown } | null)?.statusCode
  return typeof status === 'number' && status >= 400 && status < 500 ? status : undefined
}

export const toErrorReply = (error: unknown): ErrorReply => {
  if (isAppError(error)) return reply(error.code, error.message, error.details ?? null)
  if (error instanceof ZodError) {
    const problems = describeIssues(error.issues)
    return reply('invalid', `invalid request: ${problems.join('; ')}`, problems)
  }
  const clientStatus = fastifyClientStatus(error)
  if (clientStatus !== undefined) {
    const code = clientStatus === 404 ? 'not_found' : 'invalid'
    return reply(code, (error as Error).message, null, clientStatus)
  }
  return reply('internal', 'internal error')
}

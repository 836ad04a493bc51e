/** Node's codes for a connection that could not be made or broke off. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENETDOWN',
  'EAI_AGAIN',
])

// SQLSTATE: class 08 (connection exception), the server shutting down or starting (57P01-57P03),
// too many connections (53300)
const SERVER_STATES = /^(08...|57P0[123]|53300)$/

// node-postgres raises these as plain errors without a code
const PG_MESSAGES = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'Client has encountered a connection error and is not queryable',
]

/**
 * True when `error` says the store could not be reached (refused, broken off, the server restarting), not
 * that the request was wrong: waiting and trying the same write again can succeed. Looks through `cause` and
 * the errors of an `AggregateError` (a host name with several addresses).
 */
export const isStoreUnreachable = (error: unknown, depth = 0): boolean => {
  if (!(error instanceof Error) || depth > 4) return false
  const code = (error as { code?: unknown }).code
  if (typeof code === 'string' && (NETWORK_CODES.has(code) || SERVER_STATES.test(code))) return true
  if (PG_MESSAGES.some((m) => error.message.startsWith(m))) return true
  const inner = [error.cause, ...(error instanceof AggregateError ? error.errors : [])]
  return inner.some((e) => isStoreUnreachable(e, depth + 1))
}

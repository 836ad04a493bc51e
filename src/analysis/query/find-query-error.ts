import { AppError, isAppError } from '../../core/index.ts'
import { parseQuery } from './parse-query.ts'
import type { QueryErrorDetails } from './query-error.ts'

/**
 * Why a brand query's text is refused (`AppError('invalid')` with its position and reason), or undefined
 * when it parses. Never throws: a stored query is checked with it before it is used.
 */
export const findQueryError = (text: string): AppError | undefined => {
  try {
    parseQuery(text)
    return undefined
  } catch (error) {
    if (isAppError(error)) return error
    // a parser bug must not stop whoever loads the query: it is reported like a bad query
    const reason = `cannot be read: ${error instanceof Error ? error.message : String(error)}`
    return new AppError('invalid', `${reason} at column 1`, {
      position: 0,
      reason,
    } satisfies QueryErrorDetails)
  }
}

import { type ErrorCode, isAppError } from '../core/index.ts'

/** The one error → exit-code mapping of the CLI. */
export const EXIT_CODES: Readonly<Record<ErrorCode, number>> = {
  invalid: 2,
  not_found: 3,
  conflict: 4,
  forbidden: 5,
  unavailable: 6,
  internal: 1,
}

export const exitCodeOf = (error: unknown): number => (isAppError(error) ? EXIT_CODES[error.code] : 1)

export const messageOf = (error: unknown): string =>
  isAppError(error)
    ? error.message
    : `internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`

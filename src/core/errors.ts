/** The closed set of error codes, mapped once to HTTP statuses (api/) and once to exit codes (cli/). */
export type ErrorCode =
  | 'invalid'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'rate_limited'
  | 'unavailable'
  | 'internal'

/** An expected failure with a code and a message a user can act on. */
export class AppError extends Error {
  readonly code: ErrorCode
  readonly details: unknown
  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message)
    this.name = 'AppError'
    this.code = code
    this.details = details
  }
}

export const isAppError = (error: unknown): error is AppError => error instanceof AppError

/** Turns a zod error into one readable line per problem: `path: message`. */
export const describeIssues = (
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
): string[] =>
  issues.map(
    (issue) => `${issue.path.length > 0 ? issue.path.map(String).join('.') : '(root)'}: ${issue.message}`,
  )

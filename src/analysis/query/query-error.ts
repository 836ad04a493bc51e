import { AppError } from '../../core/index.ts'

/** Where and why a query is wrong: `position` is a 0-based offset, the message gives a 1-based column. */
export interface QueryErrorDetails {
  readonly position: number
  readonly reason: string
}

export const invalidQuery = (position: number, reason: string): AppError =>
  new AppError('invalid', `${reason} at column ${position + 1}`, {
    position,
    reason,
  } satisfies QueryErrorDetails)

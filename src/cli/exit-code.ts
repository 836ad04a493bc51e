import { CommanderError } from 'commander'
import { AppError, type ErrorCode, isAppError } from '../core/index.ts'

/** The one error → exit-code mapping of the CLI. */
export const EXIT_CODES: Readonly<Record<ErrorCode, number>> = {
  invalid: 2,
  not_found: 3,
  conflict: 4,
  forbidden: 5,
  unavailable: 6,
  unauthenticated: 7,
  rate_limited: 8,
  internal: 1,
}

const ERRNO_CODES: Readonly<Record<string, [ErrorCode, string]>> = {
  ENOENT: ['not_found', 'not found'],
  ENOTDIR: ['not_found', 'not found (a part of the path is not a folder)'],
  EISDIR: ['invalid', 'is a folder, not a file'],
  EACCES: ['forbidden', 'permission denied'],
  EPERM: ['forbidden', 'permission denied'],
  EROFS: ['forbidden', 'read-only file system'],
  EEXIST: ['conflict', 'already exists'],
  ENOSPC: ['unavailable', 'no space left on the device'],
}

/** A file-system error a user can act on (a missing file, a folder given for a file…) as an AppError. */
const fromErrno = (error: unknown): AppError | undefined => {
  const e = error as NodeJS.ErrnoException
  const known = typeof e?.code === 'string' ? ERRNO_CODES[e.code] : undefined
  if (!known) return undefined
  return new AppError(known[0], e.path ? `${e.path}: ${known[1]}` : `${known[1]} (${e.message})`)
}

/**
 * What the user is told and the exit code, for any error: AppErrors and file-system errors in one line;
 * commander's parse errors (already printed by commander) exit 2; anything else is a bug, with its stack.
 */
export const describeFailure = (error: unknown): { code: number; message?: string } => {
  if (error instanceof CommanderError) {
    // help asked for (or the version) is a success; help shown for a missing command is a usage error
    const asked = ['commander.helpDisplayed', 'commander.version'].includes(error.code)
    return { code: asked || (error.code === 'commander.help' && error.exitCode === 0) ? 0 : 2 }
  }
  const known = isAppError(error) ? error : fromErrno(error)
  if (known) return { code: EXIT_CODES[known.code], message: known.message }
  const what = error instanceof Error ? (error.stack ?? error.message) : String(error)
  return { code: 1, message: `internal error: ${what}` }
}

export const exitCodeOf = (error: unknown): number => describeFailure(error).code

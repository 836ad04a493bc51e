import { realpathSync, statSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { AppError } from '../core/index.ts'

/** The real path of a file (symbolic links followed) and, when it exists, its device and inode. */
const identify = (path: string): { real: string; node?: string } => {
  try {
    const info = statSync(path)
    return { real: realpathSync(path), node: `${info.dev}:${info.ino}` }
  } catch {
    try {
      return { real: join(realpathSync(dirname(path)), basename(path)) }
    } catch {
      return { real: resolve(path) }
    }
  }
}

/**
 * Refuses an output that is one of the inputs (the same path, a symbolic link to it or a hard link), before
 * anything is opened for writing: opening it would empty the input before it is read.
 */
export const refuseSameFile = (
  input: { flag: string; path: string },
  output: { flag: string; path: string },
) => {
  const a = identify(input.path)
  const b = identify(output.path)
  if (a.real === b.real || (a.node !== undefined && a.node === b.node))
    throw new AppError(
      'invalid',
      `${output.flag} ${output.path} is the ${input.flag} file${a.real === b.real ? '' : ' (the same file under another name)'}: writing it would empty it before it is read; choose another file`,
    )
}

import { constants } from 'node:fs'
import { access, stat } from 'node:fs/promises'
import { AppError } from '../../core/index.ts'

/** The size of an input file, or an AppError a user can act on (missing, a folder, unreadable). */
export const checkInputFile = async (path: string): Promise<number> => {
  try {
    const info = await stat(path)
    if (info.isDirectory()) throw new AppError('invalid', `${path} is a folder, not a file`)
    await access(path, constants.R_OK)
    return info.size
  } catch (error) {
    if (error instanceof AppError) throw error
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new AppError('not_found', `file not found: ${path}`)
    if (code === 'EACCES' || code === 'EPERM')
      throw new AppError('forbidden', `cannot read ${path}: permission denied`)
    throw error
  }
}

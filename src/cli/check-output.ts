import { statSync } from 'node:fs'
import { dirname } from 'node:path'
import { AppError } from '../core/index.ts'

const kindOf = (path: string) => {
  try {
    return statSync(path).isDirectory() ? 'folder' : 'file'
  } catch {
    return 'missing'
  }
}

/** Refuses an output file that cannot be written where it is asked for, before anything is read or written. */
export const checkOutputFile = (flag: string, path: string) => {
  if (kindOf(path) === 'folder')
    throw new AppError('invalid', `${flag} ${path} is a folder: give a file name`)
  const folder = dirname(path)
  const parent = kindOf(folder)
  if (parent === 'missing')
    throw new AppError('not_found', `${flag} ${path}: the folder ${folder} does not exist`)
  if (parent === 'file') throw new AppError('invalid', `${flag} ${path}: ${folder} is a file, not a folder`)
}

/** Refuses a data folder that is a file. */
export const checkDataFolder = (path: string) => {
  if (kindOf(path) === 'file')
    throw new AppError('invalid', `the data folder ${path} is a file, not a folder`)
}

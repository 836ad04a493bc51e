import { readdir } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'

/** Every `.csv` under `dir`, recursively, as sorted paths relative to `dir` with `/` separators. */
export const listCsvFiles = async (dir: string): Promise<string[]> => {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries
    .filter((entry) => entry.isFile() && entry.name.toLowerCase().endsWith('.csv'))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort()
}

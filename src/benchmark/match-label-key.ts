import { AppError } from '../core/index.ts'

const baseName = (path: string) => path.slice(path.lastIndexOf('/') + 1)

/**
 * Finds the label entry of a results file. NAB names outputs `<detector>/<category>/<detector>_<file>`,
 * our harness keeps the data file's name, so a match is the same relative path, the same file name,
 * or a name ending in `_<file name>`; the longest matching entry name wins.
 */
export const matchLabelKey = (resultsPath: string, labelKeys: readonly string[]): string => {
  if (labelKeys.includes(resultsPath)) return resultsPath
  const name = baseName(resultsPath)
  const matches = labelKeys.filter((key) => name === baseName(key) || name.endsWith(`_${baseName(key)}`))
  if (matches.length === 0) {
    throw new AppError('invalid', `${resultsPath}: no label windows for this file in the labels file`)
  }
  const longest = Math.max(...matches.map((key) => baseName(key).length))
  const best = matches.filter((key) => baseName(key).length === longest)
  if (best.length > 1) {
    throw new AppError('invalid', `${resultsPath}: matches several label entries (${best.join(', ')})`)
  }
  return best[0]!
}

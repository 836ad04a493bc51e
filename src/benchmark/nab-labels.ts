import { z } from 'zod'
import { AppError, describeIssues } from '../core/index.ts'
import { parseNabTimestamp } from './nab-timestamp.ts'

/** A labelled anomaly window as row indices of its file, both ends inclusive. */
export interface NabWindow {
  startRow: number
  endRow: number
}

const WindowTimestamp = z.string().refine((text) => parseNabTimestamp(text) !== undefined, {
  message: 'expected a timestamp like 2015-03-03 04:37:53.000000',
})

/** `combined_windows.json`: data file path → chronologically ordered `[start, end]` pairs. */
export const NabWindowsFile = z.record(z.string(), z.array(z.tuple([WindowTimestamp, WindowTimestamp])))
export type NabWindowsFile = z.infer<typeof NabWindowsFile>

/** Parses NAB's window file; throws AppError('invalid') listing every problem. */
export const parseNabWindows = (text: string, file: string): NabWindowsFile => {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    throw new AppError('invalid', `${file}: not JSON (${(error as Error).message})`)
  }
  const parsed = NabWindowsFile.safeParse(json)
  if (!parsed.success) {
    throw new AppError('invalid', `${file}: ${describeIssues(parsed.error.issues).join('; ')}`)
  }
  return parsed.data
}

/**
 * Turns a file's window timestamps into row indices by exact timestamp match, as NAB does.
 * Throws when an end is not a row of the file, or when windows are reversed, unordered or overlapping.
 */
export const locateWindows = (
  rowTimes: readonly number[],
  pairs: readonly (readonly [string, string])[],
  file: string,
): NabWindow[] => {
  const rowOf = new Map(rowTimes.map((at, row) => [at, row]))
  const find = (text: string) => {
    const row = rowOf.get(parseNabTimestamp(text) ?? Number.NaN)
    if (row === undefined)
      throw new AppError('invalid', `${file}: window end ${text} is not a row of the file`)
    return row
  }
  const windows = pairs.map(([start, end]) => ({ startRow: find(start), endRow: find(end) }))
  windows.forEach((window, i) => {
    if (window.endRow < window.startRow) {
      throw new AppError('invalid', `${file}: window ${i + 1} ends before it starts`)
    }
    const previous = windows[i - 1]
    if (previous && window.startRow <= previous.endRow) {
      throw new AppError('invalid', `${file}: window ${i + 1} overlaps or precedes window ${i}`)
    }
  })
  return windows
}

import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { AppError } from '../core/index.ts'
import { formatNabReport } from './format-nab-report.ts'
import { listCsvFiles } from './list-csv-files.ts'
import { matchLabelKey } from './match-label-key.ts'
import { parseNabResults } from './nab-csv.ts'
import type { NabFileInput } from './nab-file-input.ts'
import { locateWindows, type NabWindowsFile, parseNabWindows } from './nab-labels.ts'
import { NAB_PROFILES, NabProfileName } from './nab-profiles.ts'
import { type NabScore, scoreNab } from './score-nab.ts'

export interface NabReport {
  scores: NabScore[]
  /** the printable report */
  text: string
}

/** Reads every results CSV under `resultsDir` and pairs it with its label windows. */
export const readNabResults = async (resultsDir: string, labels: NabWindowsFile): Promise<NabFileInput[]> => {
  const paths = await listCsvFiles(resultsDir)
  if (paths.length === 0) throw new AppError('invalid', `${resultsDir}: no results CSV found`)
  const keys = Object.keys(labels)
  const seen = new Map<string, string>()
  return Promise.all(
    paths.map(async (path) => {
      const key = matchLabelKey(path, keys)
      const other = seen.get(key)
      if (other) throw new AppError('invalid', `${path} and ${other} are both results for ${key}`)
      seen.set(key, path)
      const rows = parseNabResults(await readFile(join(resultsDir, path), 'utf8'), path)
      const windows = locateWindows(
        rows.map((row) => row.at),
        labels[key]!,
        path,
      )
      return { name: key, scores: rows.map((row) => row.anomalyScore), windows }
    }),
  )
}

const readLabels = async (labelsFile: string) => {
  const text = await readFile(labelsFile, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new AppError('not_found', `${labelsFile}: cannot read labels file (${error.code ?? error.message})`)
  })
  return parseNabWindows(text, labelsFile)
}

/**
 * `vigie nab score`: scores a folder of detector outputs against NAB's window file, for one profile or
 * all three, with NAB's threshold optimisation unless a threshold is given. Only the files present in
 * `resultsDir` are scored, and normalised with their own window count.
 */
export const scoreNabResults = async (input: {
  resultsDir: string
  labelsFile: string
  profile?: string
  threshold?: number
}): Promise<NabReport> => {
  const profile = input.profile === undefined ? undefined : NabProfileName.safeParse(input.profile)
  if (profile && !profile.success) {
    throw new AppError(
      'invalid',
      `unknown profile ${input.profile}: expected one of ${NabProfileName.options.join(', ')}`,
    )
  }
  if (input.threshold !== undefined && !Number.isFinite(input.threshold)) {
    throw new AppError('invalid', `threshold must be a number, got ${input.threshold}`)
  }
  const files = await readNabResults(input.resultsDir, await readLabels(input.labelsFile))
  const profiles = profile ? [NAB_PROFILES[profile.data!]] : Object.values(NAB_PROFILES)
  const scores = profiles.map((p) => scoreNab({ files, profile: p, threshold: input.threshold }))
  return { scores, text: formatNabReport(scores) }
}

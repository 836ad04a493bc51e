import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { AppError } from '../core/index.ts'
import { detectNabSeries, type NabDetectorSettings } from './detect-nab-series.ts'
import { listCsvFiles } from './list-csv-files.ts'
import { formatNabResults, parseNabData } from './nab-csv.ts'

export interface NabRunFile {
  /** path relative to both `dataDir` and `outputDir` */
  file: string
  rows: number
}

/**
 * `vigie nab run`: for every NAB data CSV under `dataDir` (recursively), writes a results CSV
 * (`timestamp,value,anomaly_score`) at the same relative path under `outputDir`, scored causally by the
 * product's volume detector with one parameter set for every file. Labels are never read.
 */
export const runNab = async (input: {
  dataDir: string
  outputDir: string
  settings?: NabDetectorSettings
}): Promise<NabRunFile[]> => {
  const files = await listCsvFiles(input.dataDir).catch((error: NodeJS.ErrnoException) => {
    throw new AppError(
      'not_found',
      `${input.dataDir}: cannot read data folder (${error.code ?? error.message})`,
    )
  })
  if (files.length === 0) throw new AppError('invalid', `${input.dataDir}: no CSV data file found`)
  const written: NabRunFile[] = []
  for (const file of files) {
    const rows = parseNabData(await readFile(join(input.dataDir, file), 'utf8'), file)
    const target = join(input.outputDir, file)
    await mkdir(dirname(target), { recursive: true })
    await writeFile(target, formatNabResults(detectNabSeries(rows, input.settings)))
    written.push({ file, rows: rows.length })
  }
  return written
}

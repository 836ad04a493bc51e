import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { parse } from 'csv-parse/sync'
import { textKey } from '../../src/analysis/models/normalise-text.ts'

const SPLIT_FILE = new URL('../../src/analysis/models/data/split.json.gz', import.meta.url)

/** Keys (textKey) of the texts `npm run train` put in the test split; never trained or tuned on. */
export const readTestKeys = (): Set<string> => {
  const json = JSON.parse(gunzipSync(readFileSync(SPLIT_FILE)).toString('utf8')) as { test: string[] }
  return new Set(json.test)
}

/** `<shared>/data/sentiment` or the folder itself; throws naming the missing path. */
export const sentimentDataDir = (sharedDir: string): string => {
  const nested = join(sharedDir, 'data', 'sentiment')
  const dir = existsSync(nested) ? nested : sharedDir
  if (!existsSync(join(dir, 'goemotions'))) throw new Error(`missing shared data: ${nested}`)
  return dir
}

/** Rows of one shared dataset that fall in our test split (one per normalised text). */
export const readTestRows = (sharedDir: string, folder: string): Record<string, string>[] => {
  const path = join(sentimentDataDir(sharedDir), folder, 'data.csv')
  if (!existsSync(path)) throw new Error(`missing shared data: ${path}`)
  const keys = readTestKeys()
  const seen = new Set<string>()
  const rows = parse(readFileSync(path), { columns: true, bom: true }) as Record<string, string>[]
  return rows.filter((r) => {
    const key = textKey(r.text ?? '')
    if (!keys.has(key) || seen.has(key)) return false
    seen.add(key)
    return true
  })
}

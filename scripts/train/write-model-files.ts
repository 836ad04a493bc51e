import { writeFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'

/** gzip(JSON): one format for every committed model file, small and dependency-free to read. */
export const writeGzipJson = (path: string, value: unknown): number => {
  const bytes = gzipSync(JSON.stringify(value), { level: 9 })
  writeFileSync(path, bytes)
  return bytes.length
}

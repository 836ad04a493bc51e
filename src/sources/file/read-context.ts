import type { FieldMap } from './field-map.ts'
import type { FilePosition, ScanOptions } from './read-lines.ts'
import type { RowContext } from './row-to-mention.ts'

/** What a format reader needs: the file, where to start, how to scan it and how to map its rows. */
export interface ReadContext {
  path: string
  from: FilePosition
  scan: ScanOptions
  map: FieldMap
  row: RowContext
}

// 500 rows x 32 columns (a mention) stays well under SQLite's 32766 and PostgreSQL's 65535 bound parameters.
const ROWS_PER_STATEMENT = 500

/**
 * Full chunks of 500 rows, then the rest in power-of-two sizes (137 = 128 + 8 + 1): whatever the batch
 * sizes, at most ten statement shapes per table are ever compiled and prepared. A statement of any other
 * size would be new SQL at almost every batch, prepared again (its parsing cost more than running it)
 * and pushing the statements that repeat out of the cache.
 */
export const chunkSizes = (rows: number): number[] => {
  const sizes: number[] = []
  let left = rows
  for (; left >= ROWS_PER_STATEMENT; left -= ROWS_PER_STATEMENT) sizes.push(ROWS_PER_STATEMENT)
  for (let size = 256; size >= 1; size /= 2) {
    if (left >= size) {
      sizes.push(size)
      left -= size
    }
  }
  return sizes
}

/** The rows cut as `chunkSizes` says, in order. */
export const chunksOf = <T>(rows: readonly T[]): T[][] => {
  const chunks: T[][] = []
  let start = 0
  for (const size of chunkSizes(rows.length)) {
    chunks.push(rows.slice(start, start + size))
    start += size
  }
  return chunks
}

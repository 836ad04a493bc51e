/** Where a query's syntax error is: 1-based line and column, the line's text. */
export interface ErrorPlace {
  line: number
  column: number
  lineText: string
}

/** The place of a 0-based offset (the API's `details.position`) in the query's text. */
export const placeOf = (text: string, position: number): ErrorPlace => {
  const at = Math.max(0, Math.min(position, text.length))
  const before = text.slice(0, at)
  const line = before.split('\n').length
  const start = before.lastIndexOf('\n') + 1
  const end = text.indexOf('\n', at)
  return { line, column: at - start + 1, lineText: text.slice(start, end === -1 ? undefined : end) }
}

/** The syntax error in an API error's details (`{position, reason}`), if it is one. */
export const syntaxErrorOf = (details: unknown): { position: number; reason: string } | undefined => {
  const d = details as { position?: unknown; reason?: unknown } | null | undefined
  return typeof d?.position === 'number' && typeof d.reason === 'string'
    ? { position: d.position, reason: d.reason }
    : undefined
}

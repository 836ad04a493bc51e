const NAB_TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,6}))?$/

/**
 * Parses a NAB timestamp (`2015-02-26 21:42:53`, optionally with `.ffffff`) as milliseconds since the epoch.
 * NAB timestamps carry no zone; reading them as UTC keeps the daily and weekly rhythm of the file intact.
 * Returns undefined when the text is not a NAB timestamp.
 */
export const parseNabTimestamp = (text: string): number | undefined => {
  const match = NAB_TIMESTAMP.exec(text.trim())
  if (!match) return undefined
  const [, year, month, day, hour, minute, second, fraction = ''] = match
  const ms = Math.round(Number(`0.${fraction || '0'}`) * 1000)
  const at = Date.UTC(
    Number(year),
    Number(month) - 1,
    Number(day),
    Number(hour),
    Number(minute),
    Number(second),
    ms,
  )
  return Number.isNaN(at) ? undefined : at
}

export const LOCALES = { fr: 'fr-FR', en: 'en-GB' } as const

/** Numbers, dates and durations in the reader's language (and time zone, unless one is given). */
export const createFormat = (lang: keyof typeof LOCALES, timeZone?: string) => {
  const locale = LOCALES[lang]
  const compact = new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 })
  const whole = new Intl.NumberFormat(locale)
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 })
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short', timeZone })
  const time = new Intl.DateTimeFormat(locale, { timeStyle: 'medium', timeZone })
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })
  return {
    /** 12 345 → « 12,3 k » / "12.3k" */
    compact: (n: number) => compact.format(n),
    count: (n: number) => whole.format(n),
    /** 0.42 → « 42 % » / "42%" */
    percent: (share: number) => percent.format(share),
    dateTime: (iso: string) => dateTime.format(new Date(iso)),
    /** the time of day to the second: « 14:05:09 » */
    time: (iso: string) => time.format(new Date(iso)),
    /** how long ago, from `now`: « il y a 5 minutes », "2 hours ago" */
    ago: (iso: string, now: Date) => {
      const seconds = Math.round((new Date(iso).getTime() - now.getTime()) / 1000)
      const abs = Math.abs(seconds)
      if (abs < 60) return relative.format(seconds, 'second')
      if (abs < 3600) return relative.format(Math.round(seconds / 60), 'minute')
      if (abs < 86_400) return relative.format(Math.round(seconds / 3600), 'hour')
      return relative.format(Math.round(seconds / 86_400), 'day')
    },
  }
}
export type Format = ReturnType<typeof createFormat>

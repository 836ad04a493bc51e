import type uPlot from 'uplot'
import type { Lang } from '../i18n/i18n.ts'

/** Month and day names for the chart's axes, from the browser's own Intl data for the language. */
export const dateNames = (lang: Lang): uPlot.DateNames => {
  const locale = lang === 'fr' ? 'fr-FR' : 'en-GB'
  const months = (month: 'long' | 'short') =>
    Array.from({ length: 12 }, (_, i) =>
      new Intl.DateTimeFormat(locale, { month, timeZone: 'UTC' }).format(Date.UTC(2026, i, 15)),
    )
  const days = (weekday: 'long' | 'short') =>
    // 2026-03-15 is a Sunday: uPlot's weeks start on Sunday
    Array.from({ length: 7 }, (_, i) =>
      new Intl.DateTimeFormat(locale, { weekday, timeZone: 'UTC' }).format(Date.UTC(2026, 2, 15 + i)),
    )
  return { MMMM: months('long'), MMM: months('short'), WWWW: days('long'), WWW: days('short') }
}

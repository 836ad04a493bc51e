import type { VolumeBucket } from '../../store/index.ts'
import { html, type SafeHtml } from './html.ts'
import type { PageMessages } from './page-messages.ts'

const HOUR = 3_600_000
const BAR_WIDTH = 12
const HEIGHT = 120

export interface HourSlot {
  at: Date
  total: number
  negative: number
}

/**
 * The `hours` hourly slots ending with the current hour, zero where the store returned no bucket
 * (whether the store returns empty buckets or not).
 */
export const toHourSlots = (buckets: readonly VolumeBucket[], now: Date, hours: number): HourSlot[] => {
  const lastStart = Math.floor(now.getTime() / HOUR) * HOUR
  const byHour = new Map<number, HourSlot>()
  for (const b of buckets) {
    const key = Math.floor(b.at.getTime() / HOUR) * HOUR
    const slot = byHour.get(key) ?? { at: new Date(key), total: 0, negative: 0 }
    slot.total += b.total
    slot.negative += b.negative
    byHour.set(key, slot)
  }
  return Array.from({ length: hours }, (_, i) => {
    const at = lastStart - (hours - 1 - i) * HOUR
    return byHour.get(at) ?? { at: new Date(at), total: 0, negative: 0 }
  })
}

/** Bars of mentions per hour, the negative part in red, a tooltip per bar; no script, no library. */
export const renderVolumeChart = (slots: readonly HourSlot[], t: PageMessages): SafeHtml => {
  const max = Math.max(1, ...slots.map((s) => s.total))
  const total = slots.reduce((sum, s) => sum + s.total, 0)
  const negative = slots.reduce((sum, s) => sum + s.negative, 0)
  const summary = t.volumeSummary.replace('{total}', String(total)).replace('{negative}', String(negative))
  const hourLabel = new Intl.DateTimeFormat(t.locale, {
    day: '2-digit',
    month: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'UTC',
  })
  const bars = slots.map((slot, i) => {
    const x = i * BAR_WIDTH
    const h = (slot.total / max) * HEIGHT
    const hn = (slot.negative / max) * HEIGHT
    const tip = `${hourLabel.format(slot.at)} — ${slot.total} (${t.sentiment.negative}: ${slot.negative})`
    return html`<g><title>${tip}</title><rect class="bar" x="${x + 1}" y="${HEIGHT - h}" width="${BAR_WIDTH - 2}" height="${h}"></rect><rect class="bar-negative" x="${x + 1}" y="${HEIGHT - hn}" width="${BAR_WIDTH - 2}" height="${hn}"></rect></g>`
  })
  const width = slots.length * BAR_WIDTH
  const first = slots[0]
  const last = slots[slots.length - 1]
  return html`<figure class="chart">
<svg viewBox="0 0 ${width} ${HEIGHT}" width="100%" height="${HEIGHT}" preserveAspectRatio="none" role="img" aria-label="${summary}">${bars}</svg>
<figcaption><span>${first ? hourLabel.format(first.at) : ''}</span><span>${summary} · max ${max}/h</span><span>${last ? hourLabel.format(last.at) : ''}</span></figcaption>
</figure>`
}

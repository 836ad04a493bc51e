import { useEffect, useRef } from 'preact/hooks'
import uPlot from 'uplot'
import 'uplot/dist/uPlot.min.css'
import type { AlertJson, VolumeBucket } from '../api/wire.ts'
import { useApp } from './app-context.ts'

const HEIGHT = 260
const COLORS = { total: '#3b6ea5', negative: '#c0392b', positive: '#2e8b57' }
const MARKER: Record<AlertJson['severity'], string> = { watch: '#d4a017', alert: '#e67e22', crisis: '#a11' }

const isMidnight = (seconds: number) => {
  const d = new Date(seconds * 1000)
  return d.getHours() === 0 && d.getMinutes() === 0
}

/** A vertical line per alert, coloured by severity, drawn on the chart's canvas. */
const markerPlugin = (alerts: readonly AlertJson[]): uPlot.Plugin => ({
  hooks: {
    draw: (u) => {
      const { top, height } = u.bbox
      for (const alert of alerts) {
        const x = u.valToPos(Date.parse(alert.at) / 1000, 'x', true)
        if (x < u.bbox.left || x > u.bbox.left + u.bbox.width) continue
        u.ctx.save()
        u.ctx.strokeStyle = MARKER[alert.severity]
        u.ctx.lineWidth = 2 * devicePixelRatio
        u.ctx.setLineDash([6 * devicePixelRatio, 4 * devicePixelRatio])
        u.ctx.beginPath()
        u.ctx.moveTo(x, top)
        u.ctx.lineTo(x, top + height)
        u.ctx.stroke()
        u.ctx.restore()
      }
    },
  },
})

/**
 * Mentions per bucket as three lines (all, negative, positive) with the alerts marked, drawn by uPlot
 * (canvas; its legend is built with text nodes). Redrawn when the data or the language change, resized
 * with its container.
 */
export const VolumeChart = ({
  buckets,
  alerts,
}: {
  buckets: VolumeBucket[]
  alerts: readonly AlertJson[]
}) => {
  const { t, lang, format } = useApp()
  const box = useRef<HTMLDivElement>(null)
  useEffect(() => {
    const el = box.current
    if (!el) return
    const data: uPlot.AlignedData = [
      buckets.map((b) => Date.parse(b.at) / 1000),
      buckets.map((b) => b.total),
      buckets.map((b) => b.negative),
      buckets.map((b) => b.positive),
    ]
    const line = (label: string, stroke: string, fill?: string): uPlot.Series => ({
      label,
      stroke,
      width: 2,
      ...(fill ? { fill } : {}),
      value: (_u, v) => (v == null ? '–' : format.count(v)),
    })
    const locale = lang === 'fr' ? 'fr-FR' : 'en-GB'
    const hours = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' })
    const days = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short' })
    const plot = new uPlot(
      {
        width: Math.max(280, el.clientWidth),
        height: HEIGHT,
        scales: { x: { time: true }, y: { range: (_u, _min, max) => [0, Math.max(4, max * 1.1)] } },
        series: [
          {
            label: t('series.time'),
            value: (_u, v) => (v == null ? '–' : format.dateTime(new Date(v * 1000).toISOString())),
          },
          line(t('series.total'), COLORS.total, '#3b6ea522'),
          line(t('series.negative'), COLORS.negative),
          line(t('series.positive'), COLORS.positive),
        ],
        axes: [
          // ticks a day apart, or at midnight, show the date; the others the time; in the reader's language
          {
            values: (_u, ticks, _axis, _space, step) =>
              ticks.map((v) => (step >= 86_400 || isMidnight(v) ? days : hours).format(v * 1000)),
          },
          { values: (_u, ticks) => ticks.map((v) => format.count(v)) },
        ],
        plugins: [markerPlugin(alerts)],
      },
      data,
      el,
    )
    const resize = new ResizeObserver(() =>
      plot.setSize({ width: Math.max(280, el.clientWidth), height: HEIGHT }),
    )
    resize.observe(el)
    return () => {
      resize.disconnect()
      plot.destroy()
    }
  }, [buckets, alerts, lang, t, format])
  // a picture of the figures the table below gives: screen readers read the table instead
  return <div class="volume-chart" ref={box} aria-hidden="true" />
}

/**
 * The counters every component reports (received, ok, skipped by reason, failed by stage, latency),
 * rendered at `/metrics` in the Prometheus text format.
 */
export interface Meter {
  count(name: string, labels?: Labels, by?: number): void
  observe(name: string, seconds: number, labels?: Labels): void
  render(): string
}
export type Labels = Readonly<Record<string, string>>

const key = (name: string, labels: Labels = {}) => {
  const parts = Object.entries(labels)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => `${k}="${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`)
  return parts.length ? `${name}{${parts.join(',')}}` : name
}

export const createMeter = (prefix = 'vigie_'): Meter => {
  const counters = new Map<string, { name: string; series: Map<string, number> }>()
  const summaries = new Map<string, { name: string; series: Map<string, { sum: number; count: number }> }>()
  return {
    count(name, labels, by = 1) {
      const full = prefix + name
      const c = counters.get(full) ?? { name: full, series: new Map() }
      counters.set(full, c)
      const k = key(full, labels)
      c.series.set(k, (c.series.get(k) ?? 0) + by)
    },
    observe(name, seconds, labels) {
      const full = prefix + name
      const s = summaries.get(full) ?? { name: full, series: new Map() }
      summaries.set(full, s)
      const k = JSON.stringify(labels ?? {})
      const v = s.series.get(k) ?? { sum: 0, count: 0 }
      v.sum += seconds
      v.count += 1
      s.series.set(k, v)
    },
    render() {
      const lines: string[] = []
      for (const c of counters.values()) {
        lines.push(`# TYPE ${c.name} counter`)
        for (const [k, v] of c.series) lines.push(`${k} ${v}`)
      }
      for (const s of summaries.values()) {
        lines.push(`# TYPE ${s.name} summary`)
        for (const [k, v] of s.series) {
          const labels = JSON.parse(k) as Labels
          lines.push(
            `${key(`${s.name}_sum`, labels)} ${v.sum}`,
            `${key(`${s.name}_count`, labels)} ${v.count}`,
          )
        }
      }
      return `${lines.join('\n')}\n`
    },
  }
}

/** A meter that records nothing, for tests and tools that do not expose metrics. */
export const nullMeter: Meter = { count() {}, observe() {}, render: () => '' }

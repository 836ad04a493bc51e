import type { FastifyInstance } from 'fastify'
import type { ApiContext } from '../context.ts'

const PROMETHEUS_TEXT = 'text/plain; version=0.0.4; charset=utf-8'

const escapeLabel = (value: string) => value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')

/** Gauges about the process itself, so a slow leak or a restart loop shows on the same scrape. */
const renderProcessMetrics = (version: string): string => {
  const memory = process.memoryUsage()
  const gauges: [string, string, number][] = [
    ['vigie_process_uptime_seconds', '', process.uptime()],
    ['vigie_process_resident_memory_bytes', '', memory.rss],
    ['vigie_process_heap_used_bytes', '', memory.heapUsed],
    ['vigie_build_info', `{version="${escapeLabel(version)}",node="${escapeLabel(process.version)}"}`, 1],
  ]
  return gauges.map(([name, labels, value]) => `# TYPE ${name} gauge\n${name}${labels} ${value}\n`).join('')
}

export const registerMetricsRoutes = (app: FastifyInstance, ctx: ApiContext) => {
  app.get('/metrics', async (_request, reply) => {
    const own = ctx.meter.render()
    return reply
      .type(PROMETHEUS_TEXT)
      .send(own + (own === '' || own.endsWith('\n') ? '' : '\n') + renderProcessMetrics(ctx.version))
  })
}

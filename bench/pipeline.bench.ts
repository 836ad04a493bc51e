/**
 * End to end: ingest → analyse → store → detect, through the runtime's own `ingest`, on a simulated stream
 * with 1,000 brand queries, on a temporary SQLite file. The baseline is the same pipeline whose brand-query
 * step tries one regular expression per query per post (what a naive tool does).
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createAnalyzer, createSeenSet, type Step, skip } from '../src/analysis/index.ts'
import { loadConfig } from '../src/config/index.ts'
import type { BrandQuery, Mention } from '../src/core/index.ts'
import { createDetection } from '../src/detection/index.ts'
import { createPipeline, createRuntime, ingest, type Pipeline, type Runtime } from '../src/runtime/index.ts'
import { scenarioQuery, simulate } from '../src/simulation/index.ts'
import { createMemoryConnector } from '../src/sources/index.ts'
import { createQueryGenerator, createRandom } from './query-matcher-corpus.ts'
import type { BenchRow } from './row.ts'

const WS = 'bench'

const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()

/** One case-insensitive regex per query, built from the query's words and phrases (operators ignored). */
const naiveMatchQueries = (queries: readonly BrandQuery[]): Step => {
  const compiled = queries.map((q) => {
    const words = (q.query.match(/"[^"]+"|[^\s()"]+/g) ?? [])
      .filter((w) => !['AND', 'OR', 'NOT'].includes(w) && !w.includes(':') && !w.startsWith('-'))
      .map((w) =>
        fold(w.replace(/"/g, '')).replace(/[.*+?^${}()|[\]\\]/g, (c) => (c === '*' ? '\\w*' : `\\${c}`)),
      )
    return { id: q.id, re: new RegExp(`(?:^|\\W)(?:${words.join('|')})(?:\\W|$)`, 'i') }
  })
  return {
    name: 'naive-match-queries',
    run(draft) {
      const text = fold(`${draft.mention.title ?? ''} ${draft.mention.text}`)
      const ids = compiled.filter((c) => c.re.test(text)).map((c) => c.id)
      if (ids.length === 0) return skip('no brand query matched')
      draft.analysis.queries = ids
      draft.analysis.owned = false
      return { kind: 'ok' }
    },
  }
}

const measure = async (pipeline: Pipeline, mentions: readonly Mention[]) => {
  const dir = mkdtempSync(join(tmpdir(), 'vigie-bench-'))
  const rt: Runtime = await createRuntime(
    loadConfig({ env: {}, overrides: { 'store.dataDir': dir, 'log.level': 'silent' } }),
  )
  const bench: Runtime = {
    ...rt,
    pipelines: {
      get: async () => pipeline,
      reload: async () => pipeline,
      all: () => [pipeline],
      reloadSentiment: async () => {},
    },
  }
  await rt.store.upsertWorkspace({ id: WS, name: WS, createdAt: new Date(0) })
  // as the pipeline's models are loaded before the clock starts, so are the analysis workers'
  await rt.analysis.warm()
  const started = performance.now()
  const cpuBefore = process.cpuUsage()
  const summary = await ingest({
    rt: bench,
    workspaceId: WS,
    connector: createMemoryConnector(mentions, 'bench'),
    sourceKey: 'bench',
    detect: true,
  })
  const seconds = (performance.now() - started) / 1000
  const cpu = process.cpuUsage(cpuBefore)
  // user + system CPU of this process: the machine is shared, so wall-clock alone depends on the neighbours
  const cpuSeconds = (cpu.user + cpu.system) / 1e6
  await rt.close()
  rmSync(dir, { recursive: true, force: true })
  if (process.env.BENCH_DEBUG)
    console.log({
      mentions: mentions.length,
      seconds,
      cpuSeconds,
      stored: summary.stored,
      alerts: summary.alerts,
    })
  return {
    perSecond: mentions.length / seconds,
    perCpuSecond: mentions.length / cpuSeconds,
    stored: summary.stored,
    alerts: summary.alerts,
  }
}

export default async (): Promise<BenchRow[]> => {
  // BENCH_DAYS shortens the stream for quick profiling runs; the published figure uses 60 days
  const days = Number(process.env.BENCH_DAYS ?? 60)
  const { mentions } = simulate({ seed: 11, scenario: 'mixed', days })
  const brand = scenarioQuery('mixed')
  const queries: BrandQuery[] = [
    { id: brand.id, workspaceId: WS, brand: brand.brand, query: brand.query, owned: brand.owned },
    ...createQueryGenerator(createRandom(5))(999).map(({ brandInfo: _b, ...q }) => ({
      ...q,
      workspaceId: WS,
    })),
  ]
  const product = createPipeline({ workspaceId: WS, queries, clock: { now: () => new Date(0) } })
  const analyze = createAnalyzer({ seen: createSeenSet(100_000), matchQueries: naiveMatchQueries(queries) })
  const naive: Pipeline = {
    ...product,
    detection: createDetection({ queries }),
    analyze: (m) => analyze(WS, m),
    // the naive matcher is this bench's own: it cannot be rebuilt in a worker thread, so it runs in-thread
    spec: () => undefined,
  }
  const ours = await measure(product, mentions)
  // the naive side manages ~150 mentions/s: it is measured on the first 5,000 mentions (a rate per mention)
  const base = process.env.BENCH_SKIP_BASELINE
    ? { perSecond: Number.NaN, perCpuSecond: Number.NaN }
    : await measure(naive, mentions.slice(0, 5000))
  const figure = `ingest→analyse→store→detect, ${mentions.length} mentions, 1,000 queries (${ours.stored} stored, ${ours.alerts} alerts)`
  const baseline = 'one regex per query, first 5,000 mentions'
  return [
    {
      name: `${figure}, wall clock`,
      unit: 'mentions/s',
      value: ours.perSecond,
      baseline: { name: baseline, value: base.perSecond },
    },
    {
      name: `${figure}, per CPU-second`,
      unit: 'mentions/CPU-s',
      value: ours.perCpuSecond,
      baseline: { name: baseline, value: base.perCpuSecond },
    },
  ]
}

/**
 * Development aid (issue 10): why generator B's crises are missed or late, and what raises its false alerts.
 * Dev seeds only (1-2 by default; never the held-out seed 3). For every crisis: style, size, hourly volume
 * before and during, whether and when an alert came, the highest crisis score in its window and each
 * detector's highest score there; then every false alert with the truth events around it.
 *
 *   node --import tsx scripts/gb-diagnose.ts [--seeds 1,2] [--profile P] [--cache DIR]
 *
 * Analysed mentions are cached (v8-serialised) under --cache (default /tmp/vigie-gb-cache): analysis does not
 * depend on detection, so a second run only replays detection.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { deserialize, serialize } from 'node:v8'
import { countQuietDays, scoreEvents } from '../src/benchmark/index.ts'
import { type AnalyzedMention, createManualClock, type Mention, safeParseMention } from '../src/core/index.ts'
import { createDetection } from '../src/detection/index.ts'
import { createPipeline } from '../src/runtime/index.ts'

interface Truth {
  profile: string
  start: string
  end: string
  queries: { id: string; brand: string; query: string; owned: string[] }[]
  events: { kind: string; onset: string; end: string; description: string; queryId: string; size?: number }[]
}
interface GeneratorB {
  generateB(options: { seed: number; days: number; profile?: string }): { mentions: unknown[]; truth: Truth }
  PROFILES: { id: string; langs: Partial<Record<string, number>> }[]
}
const { generateB, PROFILES } = (await import(
  new URL('../eval/generator-b/generate.ts', import.meta.url).href
)) as GeneratorB

const args = process.argv.slice(2)
const opt = (name: string) => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 ? args[i + 1] : undefined
}
const seeds = (opt('seeds') ?? '1,2').split(',').map(Number)
if (seeds.includes(3)) throw new Error('seed 3 is held out: leave it to generator-b.eval.ts')
const only = opt('profile')
const cache = opt('cache') ?? '/tmp/vigie-gb-cache'
mkdirSync(cache, { recursive: true })

const MIN = 60_000
const HOUR = 60 * MIN
const BUCKET = 5 * MIN

const analysed = (profile: string, seed: number) => {
  const file = join(cache, `${profile}-${seed}.bin`)
  const { mentions: raw, truth } = generateB({ seed, days: 30, profile })
  const langs = PROFILES.find((p) => p.id === profile)?.langs ?? {}
  const language: 'fr' | 'en' = (langs.fr ?? 0) > (langs.en ?? 0) ? 'fr' : 'en'
  const queries = truth.queries.map((q) => ({ ...q, workspaceId: 'eval' }))
  if (existsSync(file))
    return { truth, queries, language, mentions: deserialize(readFileSync(file)) as AnalyzedMention[] }
  const pipeline = createPipeline({
    workspaceId: 'eval',
    queries,
    clock: createManualClock(new Date(truth.start)),
    settings: { language },
  })
  const out: AnalyzedMention[] = []
  for (const r of raw) {
    const parsed = safeParseMention(r)
    if (!parsed.ok) continue
    const { metrics: _final, ...rest } = parsed.mention
    const result = pipeline.analyze(rest as Mention)
    if (result.kind !== 'ok') continue
    pipeline.remember([result.mention])
    out.push(result.mention)
  }
  writeFileSync(file, serialize(out))
  return { truth, queries, language, mentions: out }
}

interface Point {
  at: number
  score: number
  signals: Record<string, number>
}

const fmt = (x: number, d = 2) => x.toFixed(d)

const totals = {
  crises: 0,
  detected: 0,
  falseAlerts: 0,
  quietDays: 0,
  delays: [] as number[],
  missed: [] as string[],
}
for (const seed of seeds) {
  for (const p of PROFILES) {
    if (only && p.id !== only) continue
    const { truth, queries, language, mentions } = analysed(p.id, seed)
    const detection = createDetection({ queries, settings: { language } })
    const series = new Map<string, Point[]>(queries.map((q) => [q.id, []]))
    const alerts: { at: number; queryId: string; severity: string; score: number }[] = []
    let next = Math.floor(new Date(truth.start).getTime() / BUCKET) * BUCKET + BUCKET
    const stepTo = (t: number) => {
      for (; next <= t; next += BUCKET) {
        for (const a of detection.advance(new Date(next)))
          alerts.push({ at: a.at.getTime(), queryId: a.queryId ?? '', severity: a.severity, score: a.score })
        for (const q of queries) {
          // a snapshot makes a query's detectors: only those of queries already spoken of (as a replay has)
          if (!spoken.has(q.id)) continue
          const s = detection.snapshot(q.id)
          if (!s.at || s.at.getTime() !== next || s.score === 0) continue
          series.get(q.id)!.push({
            at: next,
            score: s.score,
            signals: Object.fromEntries(Object.entries(s.signals).map(([k, v]) => [k, v?.score ?? 0])),
          })
        }
      }
    }
    const perHour = new Map<string, Map<number, number>>()
    const spoken = new Set<string>()
    for (const m of mentions) {
      stepTo(m.createdAt.getTime())
      detection.observe(m)
      for (const id of m.analysis.queries) {
        spoken.add(id)
        const h = Math.floor(m.createdAt.getTime() / HOUR)
        const map = perHour.get(id) ?? new Map<number, number>()
        map.set(h, (map.get(h) ?? 0) + 1)
        perHour.set(id, map)
      }
    }
    stepTo(new Date(truth.end).getTime())
    const countIn = (q: string, from: number, to: number) => {
      let n = 0
      const map = perHour.get(q)
      if (!map) return 0
      for (let h = Math.floor(from / HOUR); h < Math.floor(to / HOUR); h++) n += map.get(h) ?? 0
      return n
    }
    const events = truth.events.map((e) => ({
      kind: e.kind,
      onset: new Date(e.onset),
      end: new Date(e.end),
      queryId: e.queryId,
    }))
    const quietDays = countQuietDays({
      start: new Date(truth.start),
      end: new Date(truth.end),
      queryIds: queries.map((q) => q.id),
      events,
    })
    const score = scoreEvents({
      alerts: alerts.map((a) => ({
        at: new Date(a.at),
        queryId: a.queryId,
        severity: a.severity as 'alert',
      })),
      events,
      quietDays,
    })
    totals.crises += score.crises
    totals.detected += score.detectedCrises
    totals.falseAlerts += score.falseAlerts
    totals.quietDays += score.quietDays
    score.events.forEach((o, i) => {
      if (o.event.kind !== 'crisis') return
      if (o.alerted) totals.delays.push((o.delayMs ?? 0) / MIN)
      else totals.missed.push(`${p.id}/${seed} ${truth.events[i]!.description.split(' ')[0]}`)
    })
    console.log(`\n=== ${p.id} seed ${seed} (${mentions.length} mentions, lang ${language})`)
    for (const e of truth.events) {
      const on = new Date(e.onset).getTime()
      const end = new Date(e.end).getTime()
      const q = e.queryId
      const inWin = alerts.filter(
        (a) => a.queryId === q && a.at >= on && a.at <= end && a.severity !== 'watch',
      )
      const pts = series.get(q)?.filter((x) => x.at >= on && x.at <= end) ?? []
      const best = pts.reduce<Point | undefined>((b, x) => (!b || x.score > b.score ? x : b), undefined)
      const maxSig: Record<string, number> = {}
      for (const x of pts)
        for (const [k, v] of Object.entries(x.signals)) maxSig[k] = Math.max(maxSig[k] ?? 0, v)
      const before = countIn(q, on - 7 * 24 * HOUR, on) / (7 * 24)
      const first6 = countIn(q, on, on + 6 * HOUR) / 6
      const firstH = countIn(q, on, on + HOUR)
      if (e.kind !== 'crisis' && inWin.length === 0) continue
      console.log(
        `${e.kind === 'crisis' ? (inWin.length > 0 ? 'HIT ' : 'MISS') : `trap(${inWin.length})`} ${e.kind} ${e.description.slice(0, 70)} | size ${e.size ?? '?'} dur ${fmt((end - on) / HOUR, 1)}h | vol/h before ${fmt(before, 1)} 1st h ${firstH} 6h ${fmt(first6, 1)}`,
      )
      console.log(
        `     first alert ${inWin[0] ? `${Math.round((inWin[0].at - on) / MIN)} min ${inWin[0].severity}` : '-'}; max score ${best ? `${best.score} at +${Math.round((best.at - on) / MIN)} min` : '0'}; max signals ${Object.entries(
          maxSig,
        )
          .map(([k, v]) => `${k} ${fmt(v)}`)
          .join(', ')}${
          best
            ? `; at max: ${Object.entries(best.signals)
                .map(([k, v]) => `${k} ${fmt(v)}`)
                .join(', ')}`
            : ''
        }`,
      )
    }
    const crisisWins = truth.events.filter((e) => e.kind === 'crisis')
    for (const a of alerts) {
      if (a.severity === 'watch') continue
      const inCrisis = crisisWins.some(
        (e) =>
          e.queryId === a.queryId && a.at >= new Date(e.onset).getTime() && a.at <= new Date(e.end).getTime(),
      )
      if (inCrisis) continue
      const near = truth.events
        .filter(
          (e) =>
            a.at >= new Date(e.onset).getTime() - 6 * HOUR && a.at <= new Date(e.end).getTime() + 6 * HOUR,
        )
        .map((e) => `${e.kind}:${e.description.slice(0, 50)}`)
      const pt = series.get(a.queryId)?.find((x) => x.at === a.at)
      console.log(
        `  FALSE ${a.severity} ${new Date(a.at).toISOString()} ${a.queryId} score ${a.score} [${
          pt
            ? Object.entries(pt.signals)
                .map(([k, v]) => `${k} ${fmt(v)}`)
                .join(', ')
            : ''
        }] near: ${near.join(' | ') || 'nothing'}`,
      )
    }
  }
}

const sorted = [...totals.delays].sort((a, b) => a - b)
const med = sorted.length ? (sorted[(sorted.length - 1) >> 1]! + sorted[sorted.length >> 1]!) / 2 : Number.NaN
console.log(
  `\nSUMMARY crises ${totals.detected}/${totals.crises}, false ${totals.falseAlerts} in ${totals.quietDays.toFixed(1)} d = ${((30 * totals.falseAlerts) / totals.quietDays).toFixed(2)}/30d, median delay ${med.toFixed(0)} min; delays ${sorted.map((d) => d.toFixed(0)).join(' ')}\nmissed: ${totals.missed.join(', ')}`,
)

// Checks and statistics over every profile and a few seeds:
//   node dist/stats.js [--days 30] [--seeds 1,2,3] [--profile P]
// Validates the invariants (unique ids, sorted, parents earlier and in the same
// file) and prints volume, languages, sources, query coverage and events.

import { generateB, PROFILES } from './generate.ts'
import { compileQuery } from './query-matcher.ts'
import type { Mention, Truth } from './types.ts'

function pct(n: number, d: number): string {
  return d ? `${((100 * n) / d).toFixed(0)}%` : '-'
}

function top(counts: Map<string, number>, total: number, k = 6): string {
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, k)
    .map(([key, n]) => `${key} ${pct(n, total)}`)
    .join(' ')
}

function validate(mentions: Mention[]): string[] {
  const errors: string[] = []
  const seen = new Map<string, Mention>()
  let prev = ''
  for (const m of mentions) {
    if (seen.has(m.id)) errors.push(`duplicate id ${m.id}`)
    if (m.createdAt < prev) errors.push(`not sorted at ${m.id}`)
    prev = m.createdAt
    for (const ref of [m.repostOf, m.replyTo]) {
      if (!ref) continue
      const p = seen.get(ref)
      if (!p) errors.push(`${m.id} points to missing/later ${ref}`)
      else if (p.source !== m.source) errors.push(`${m.id} points across sources`)
      else if (p.createdAt >= m.createdAt) errors.push(`${m.id} not after its parent`)
    }
    seen.set(m.id, m)
    if (errors.length > 5) break
  }
  return errors
}

function report(mentions: Mention[], truth: Truth, ms: number): void {
  const langs = new Map<string, number>()
  const sources = new Map<string, number>()
  const perDay = new Map<string, number>()
  let reposts = 0,
    replies = 0,
    covered = 0,
    bytes = 0,
    emptyHours = 0
  const matchers = truth.queries.map((q) => compileQuery(q.query))
  const hours = new Set<string>()
  for (const m of mentions) {
    langs.set(m.lang ?? '?', (langs.get(m.lang ?? '?') ?? 0) + 1)
    sources.set(m.source, (sources.get(m.source) ?? 0) + 1)
    perDay.set(m.createdAt.slice(0, 10), (perDay.get(m.createdAt.slice(0, 10)) ?? 0) + 1)
    hours.add(m.createdAt.slice(0, 13))
    if (m.repostOf) reposts++
    if (m.replyTo) replies++
    const text = `${m.title ?? ''} ${m.text}`
    if (matchers.some((f) => f(text))) covered++
    bytes += JSON.stringify(m).length + 1
  }
  emptyHours = truth.days * 24 - hours.size
  const days = [...perDay.values()]
  const n = mentions.length
  console.log(
    `\n== ${truth.profile} seed ${truth.seed} start ${truth.start.slice(0, 10)}: ${n} mentions, ${(n / truth.days).toFixed(0)}/day ` +
      `(min ${Math.min(...days)}, max ${Math.max(...days)}), empty hours ${pct(emptyHours, truth.days * 24)}, ` +
      `${(bytes / 1e6).toFixed(1)} MB, ${(ms / 1000).toFixed(1)} s`,
  )
  console.log(`   langs: ${top(langs, n)} | sources: ${top(sources, n, 8)}`)
  console.log(`   reposts ${pct(reposts, n)}, replies ${pct(replies, n)}, query coverage ${pct(covered, n)}`)
  for (const e of truth.events) {
    console.log(
      `   ${e.kind === 'crisis' ? '!!' : '  '} ${e.kind.padEnd(14)} ${e.onset.slice(5, 16)} → ${e.end.slice(5, 16)} size ${String(e.size).padStart(6)} ${e.speed.padEnd(6)} ${e.cause ?? ''} ${e.description.slice(0, 90)}`,
    )
  }
  const errors = validate(mentions)
  if (errors.length) console.log(`   INVALID: ${errors.join('; ')}`)
}

const args = process.argv.slice(2)
const get = (k: string) => {
  const i = args.indexOf(`--${k}`)
  return i >= 0 ? args[i + 1] : undefined
}
const days = Number(get('days') ?? '30')
const seeds = (get('seeds') ?? '1,2,3').split(',').map(Number)
const only = get('profile')
let quiet = 0,
  runs = 0
for (const p of PROFILES) {
  if (only && p.id !== only) continue
  for (const seed of seeds) {
    const t0 = performance.now()
    const { mentions, truth } = generateB({ seed, days, profile: p.id })
    report(mentions, truth, performance.now() - t0)
    runs++
    if (!truth.events.some((e) => e.kind === 'crisis')) quiet++
  }
}
console.log(`\n${runs} runs, ${quiet} without crisis (${pct(quiet, runs)})`)

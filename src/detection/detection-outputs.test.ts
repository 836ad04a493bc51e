import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { test } from 'node:test'
import type { AnalyzedMention, BrandQuery } from '../core/index.ts'
import { dailyRhythm, generateTraffic } from '../test/mention-stream.ts'
import { createDetection } from './index.ts'

/**
 * The digest of every alert and of every query's state at each day's end and two days after the stream, for the stream below. Produced by
 * this test's `PRINT_DIGESTS=1` output at commit a1976c0 (main, before the speed work of issue 15), then again
 * when the emerging-topic detector gained its six-hour reading (branch h-det alone, without the speed work, gave
 * the same digest as both merged: the speed work still changes nothing), and when a score without crisis terms
 * heard in six hours came to count for three quarters (on purpose: the alerts change). Any
 * change of a detector's output (a score, a level, an alert's wording or timing) changes it: regenerate it
 * only on purpose.
 */
const EXPECTED = '7ea5d795401999bee997eaaa6d9ff6b666a3e269635b482ffbeb39c88d6c1ac1'

const QUERIES = 400
const DAYS = 3
const DAY_MS = 86_400_000
const start = new Date('2026-03-02T00:00:00Z')
const at = (hours: number) => new Date(start.getTime() + hours * 3_600_000)

const queries: BrandQuery[] = Array.from({ length: QUERIES }, (_, i) => ({
  id: `q${i}`,
  workspaceId: 'ws',
  brand: `Brand ${i}`,
  query: `brand${i}`,
  owned: [`brand${i}_aide`],
}))

/** A surge of angry posts with crisis terms for one query, reshared, with the brand answering a few. */
const surge = (q: number, fromHours: number, seed: number): AnalyzedMention[] => {
  const posts = generateTraffic({
    queryId: `q${q}`,
    from: at(fromHours),
    minutes: 150,
    perHour: (minute) => 40 + minute * 6,
    negativeShare: 0.7,
    emotion: 'anger',
    seed,
    idPrefix: `surge${q}`,
    text: `brand${q} panne générale, remboursement refusé, scandale du service client boycott`,
  })
  const origin = posts[0]!.id
  return posts.map((m, i) => {
    if (i % 11 === 5)
      return {
        ...m,
        text: `@client bonjour, nous regardons la panne brand${q}`,
        author: { id: `brand${q}_aide`, handle: `brand${q}_aide`, followers: 40_000 },
        analysis: { ...m.analysis, owned: true },
      }
    if (i % 3 === 1) return { ...m, repostOf: origin, text: `RT ${posts[0]!.text}` }
    return m
  })
}

/**
 * 400 queries whose rates fall as a power of their rank (a few busy, most heard a few times in three days),
 * with a daily rhythm, surges on a few, and half a day when nothing at all arrives (every bucket empty).
 */
const stream = (): AnalyzedMention[] => {
  const quiet = queries.flatMap((q, i) =>
    generateTraffic({
      queryId: q.id,
      from: start,
      minutes: DAYS * 24 * 60,
      perHour: dailyRhythm(start, 60 / (i + 1) ** 1.1),
      seed: 1000 + i,
      idPrefix: q.id,
      text: `brand${i} ${['livraison', 'nouvelle offre', 'appli', 'facture'][i % 4]} aujourd'hui`,
    }),
  )
  const gapFrom = at(36).getTime()
  const gapTo = at(48).getTime()
  const surges = [
    ...surge(0, 60, 1),
    ...surge(3, 20, 2),
    ...surge(17, 56, 3),
    ...surge(150, 30, 4),
    ...surge(300, 52, 5),
  ]
  return [...quiet, ...surges]
    .filter((m) => m.createdAt.getTime() < gapFrom || m.createdAt.getTime() >= gapTo)
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id))
}

test('detection of 400 queries over three days gives the same alerts and states as before', () => {
  const detection = createDetection({ queries })
  const hash = createHash('sha256')
  let alerts = 0
  const record = (found: readonly object[]) => {
    alerts += found.length
    for (const a of found) hash.update(`${JSON.stringify(a)}\n`)
  }
  const snapshotAll = () => {
    for (const q of queries) hash.update(`${JSON.stringify(detection.snapshot(q.id))}\n`)
  }
  let nextDay = start.getTime() + DAY_MS
  for (const m of stream()) {
    while (m.createdAt.getTime() >= nextDay) {
      record(detection.advance(new Date(nextDay)))
      snapshotAll()
      nextDay += DAY_MS
    }
    record(detection.advance(m.createdAt))
    detection.observe(m)
  }
  // two days after the stream: the surged queries close hundreds of empty buckets at their raised levels
  record(detection.advance(new Date(start.getTime() + (DAYS + 2) * DAY_MS)))
  snapshotAll()
  const digest = hash.digest('hex')
  if (process.env.PRINT_DIGESTS) console.log(JSON.stringify({ alerts, digest }))
  assert.ok(alerts >= 5, `the surges raise alerts (${alerts})`)
  assert.equal(digest, EXPECTED)
})

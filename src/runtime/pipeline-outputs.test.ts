import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
import Database from 'better-sqlite3'
import { loadConfig } from '../config/index.ts'
import type { BrandQuery } from '../core/index.ts'
import { scenarioQuery, simulate } from '../simulation/index.ts'
import { createMemoryConnector } from '../sources/index.ts'
import { createRuntime, ingest } from './index.ts'

/**
 * What the embedded pipeline wrote for the stream below, as sha256 digests per table. Produced by this test's
 * `PRINT_DIGESTS=1` output at commit a1976c0 (main, before the speed work of issue 15), with the analysis
 * worker warmed as the pipeline bench does; the alerts' digest again when the emerging-topic detector gained its
 * six-hour reading (branch h-det alone, without the speed work, gave the same digests as both merged), and when
 * scores without crisis terms heard in six hours came to count for three quarters; the mentions', per-query rows', hourly
 * counts' and alerts' when the sentiment models learnt customer language (request formulas, written posts), and
 * again when an emotion came to need its polarity to lead the opposite one (coupleEmotions); the alerts' when an
 * old-style retweet of a mention without title came to count as the account it quotes (crisis-burst RETWEET), and
 * when reshares of a post its replies praise stopped counting as crisis vocabulary (lexicon receptions). A change of any stored row or alert (a detector's score, an
 * explanation's wording, the order rows are written in) changes a digest: regenerate them only on purpose.
 */
const EXPECTED: Record<string, string> = {
  mentions: '258063cde12f854ad46dbd1f2dff53b3714f4d9c59ee28f02829519efa370f11',
  mention_queries: '0048c2dbf88c99b24fd3384a8523f7a3ebe9a18a39984a37e0cfc9b70ea33253',
  mention_counts: '9a56313440551afc905f2a01bf38244d0531e34e4a9a58ef06c102948f832b77',
  mention_source_counts: '08cb538303f6297d9ffb3023af42b85393b97dff535fd1c8032b26fe06cdb5b1',
  author_period_counts: 'd60b5f850351aef29a277f1571391147229ffa035a6ed529b53779bd0cd769f2',
  alerts: '5887a43e98abcb1f0e145ec8e4a5ce7b975fc6fc4092bc70e2287089ea53ac90',
  cursors: 'ad78996c5e279ba6c428a379ef36de36da6de453dd267f34383c9366b5edcbcf',
  dead_letters: '298e2724dcffbc0547c4c71e793720faa0a91783980ff828140008c642ccf58c',
}

const WS = 'ws'
const DAYS = 21
// words of the simulated stream, as brand queries: besides the brand's own query, several speak at very
// different rates (a few posts a day to hundreds), overlap on the same posts and raise alerts of their own
const WORDS = [
  'fibre',
  'client OR clients',
  'service',
  'panne',
  'réseau',
  'boutique',
  'forfait',
  'satelio',
  'orbitel',
  'nébula',
  'eurotelco',
  'telecometehonte',
  'boycotttelecomete',
  'helpline',
  'technicien',
  'inadmissible',
  'appli',
  'connexion',
]

const queries = (): BrandQuery[] => {
  const brand = scenarioQuery('mixed')
  const speaking = WORDS.map((w, i) => ({
    id: `w${i}`,
    workspaceId: WS,
    brand: w.split(' ')[0]!,
    query: w,
    owned: [],
  }))
  // and silent ones, up to the bench's 1,000: most queries of a real installation rarely speak
  const silent = Array.from({ length: 1000 - 1 - WORDS.length }, (_, i) => ({
    id: `s${i}`,
    workspaceId: WS,
    brand: `Silent ${i}`,
    query: `silentbrand${i}`,
    owned: [],
  }))
  const own = {
    id: brand.id,
    workspaceId: WS,
    brand: brand.brand,
    query: brand.query,
    owned: [...brand.owned],
  }
  return [own, ...speaking, ...silent]
}

/** Every row of the tables ingest writes, in primary-key order, without what depends on the wall clock. */
const TABLES: Record<string, string> = {
  mentions: 'select * from mentions order by seq',
  mention_queries: 'select * from mention_queries order by workspace_id, query_id, created_at, mention_id',
  mention_counts:
    'select * from mention_counts order by workspace_id, query_id, hour, sentiment_label, dominant_emotion',
  mention_source_counts: 'select * from mention_source_counts order by workspace_id, query_id, hour, source',
  author_period_counts:
    'select * from author_period_counts order by workspace_id, query_id, author_key, period',
  // the id is an HMAC under the installation's random secret, of fields all kept here
  alerts:
    'select seq, workspace_id, query_id, at, kind, severity, score, explanation, mentions, status, details from alerts order by seq',
  cursors: 'select workspace_id, source, cursor from cursors order by workspace_id, source',
  dead_letters: 'select count(*) as n from dead_letters',
}

const digestTables = (path: string): Record<string, string> => {
  const db = new Database(path, { readonly: true })
  try {
    const digests: Record<string, string> = {}
    for (const [table, sql] of Object.entries(TABLES)) {
      const hash = createHash('sha256')
      for (const row of db.prepare(sql).iterate()) hash.update(`${JSON.stringify(row)}\n`)
      digests[table] = hash.digest('hex')
    }
    return digests
  } finally {
    db.close()
  }
}

test('a seeded stream with 1,000 brand queries stores the same rows and raises the same alerts as before', async () => {
  const { mentions } = simulate({ seed: 11, scenario: 'mixed', days: DAYS })
  const end = new Date(mentions.reduce((t, m) => Math.max(t, m.createdAt.getTime()), 0))
  const dir = mkdtempSync(join(tmpdir(), 'vigie-outputs-'))
  try {
    const rt = await createRuntime(
      loadConfig({
        env: {},
        overrides: { 'store.dataDir': dir, 'log.level': 'silent', 'analysis.workers': 1 },
      }),
      { clock: { now: () => end } },
    )
    let alerts = 0
    try {
      await rt.store.upsertWorkspace({ id: WS, name: WS, createdAt: new Date(0) })
      for (const q of queries()) await rt.store.upsertQuery(q)
      // as the bench: the worker analyses every batch (the hand-off between threads is part of the pipeline)
      await rt.analysis.warm([await rt.pipelines.get(WS)])
      const summary = await ingest({
        rt,
        workspaceId: WS,
        connector: createMemoryConnector(mentions, 'sim'),
        sourceKey: 'sim',
        detect: true,
      })
      alerts = summary.alerts
    } finally {
      await rt.close()
    }
    const digests = digestTables(join(dir, 'vigie.db'))
    if (process.env.PRINT_DIGESTS) console.log(JSON.stringify({ alerts, digests }, null, 2))
    assert.ok(alerts > 30, `the stream raises alerts on several queries (${alerts})`)
    assert.deepEqual(digests, EXPECTED)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})

/**
 * Store write throughput: `saveMentions` in batches of 500 analysed mentions (~200 characters of French
 * or English text, one or two brand queries each) on a temporary SQLite file, with the per-query rows (and
 * their copies of the dashboard's columns, migration 0009) and the full-text index (in its own file, filled
 * in bulk after the writes) maintained. The baseline writes the same rows into the same schema with plain better-sqlite3 prepared statements (one row per statement, one
 * transaction per batch): the floor below which a query layer cannot go. Also measures re-saving an already stored batch (all duplicates),
 * the dedupe lookup, and the same plain inserts without the FTS index (what full-text search costs).
 * Rates per CPU-second are steadier than wall-clock ones on a machine shared with other work.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { type AnalyzedMention, neutralEmotions } from '../src/core/index.ts'
import { createSqliteStore, searchPathOf, THREAD_AFTER_ROWS, toMentionRow } from '../src/store/index.ts'
import type { BenchRow } from './row.ts'

const BATCH = 500
const BATCHES = 40

const words = (
  'panne réseau numéricable client service facture remboursement colère merci rapide lent scandale ' +
  'the outage network customer support refund angry thanks fast slow scandal store delivery late'
).split(' ')

const generate = (count: number): AnalyzedMention[] => {
  let seed = 42
  const next = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648
    return seed / 2_147_483_648
  }
  const t0 = Date.UTC(2026, 0, 1)
  return Array.from({ length: count }, (_, i) => ({
    id: `bench:${i}`,
    workspaceId: 'acme',
    source: 'bench',
    url: `https://example.org/p/${i}`,
    createdAt: new Date(t0 + i * 150),
    text: Array.from({ length: 30 }, () => words[Math.floor(next() * words.length)]).join(' '),
    author: { id: `u${i % 997}`, handle: `user${i % 997}`, followers: i % 5000 },
    metrics: { likes: i % 7, reposts: i % 3, replies: i % 5 },
    analysis: {
      lang: i % 2 ? 'fr' : 'en',
      sentiment: { label: next() < 0.3 ? 'negative' : 'neutral', score: -0.3, confidence: 0.7 },
      emotions: neutralEmotions(),
      queries: i % 4 ? ['q1'] : ['q1', 'q2'],
      owned: false,
      cause: 'none',
    },
  }))
}

/** Rows per second of wall time, and per second of this process's CPU time (steadier on a shared box). */
const rowsPerSecond = async (batches: AnalyzedMention[][], save: (batch: AnalyzedMention[]) => unknown) => {
  const start = process.hrtime.bigint()
  const cpuStart = process.cpuUsage()
  for (const batch of batches) await save(batch)
  const seconds = Number(process.hrtime.bigint() - start) / 1e9
  const cpu = process.cpuUsage(cpuStart)
  const rows = batches.length * BATCH
  return { wall: rows / seconds, cpu: rows / ((cpu.user + cpu.system) / 1e6) }
}

/**
 * The same rows as the store writes them, through one single-row prepared statement per table; with the
 * search index, each batch's new mentions are then indexed in bulk into the store's search file.
 */
const plainInserter = (path: string, withSearchIndex: boolean) => {
  const db = new Database(path)
  db.pragma('journal_mode = wal')
  db.pragma('synchronous = normal')
  db.prepare('attach database ? as search').run(searchPathOf(path))
  const index = db.prepare(
    'insert into search.mentions_fts (rowid, title, text) select seq, title, text from main.mentions where seq > (select upto from search.indexed)',
  )
  const indexed = db.prepare('update search.indexed set upto = (select max(seq) from main.mentions)')
  const columns = (db.pragma('table_info(mentions)') as { name: string }[])
    .map((c) => c.name)
    .filter((c) => c !== 'seq')
  const insertMention = db.prepare(
    `insert into mentions (${columns.join(',')}) values (${columns.map((c) => `@${c}`).join(',')}) on conflict do nothing`,
  )
  const insertLink = db.prepare(
    `insert into mention_queries (workspace_id, query_id, created_at, mention_id, sentiment_label, source, lang,
      cause, owned, author_handle, author_followers, likes, reposts, replies, dominant_emotion)
      values (${Array(15).fill('?').join(', ')}) on conflict do nothing`,
  )
  const save = db.transaction((batch: AnalyzedMention[]) => {
    for (const m of batch) {
      const t = m.createdAt.getTime()
      const { changes } = insertMention.run(toMentionRow(m))
      if (changes === 1)
        for (const q of m.analysis.queries)
          insertLink.run(
            m.workspaceId,
            q,
            t,
            m.id,
            m.analysis.sentiment.label,
            m.source,
            m.analysis.lang,
            m.analysis.cause,
            m.analysis.owned ? 1 : 0,
            m.author.handle,
            m.author.followers ?? null,
            m.metrics?.likes ?? null,
            m.metrics?.reposts ?? null,
            m.metrics?.replies ?? null,
            null, // neutral emotions: no dominant one
          )
    }
    if (withSearchIndex) {
      index.run()
      indexed.run()
    }
  })
  return { save, close: () => db.close() }
}

export default async (): Promise<BenchRow[]> => {
  const dir = mkdtempSync(join(tmpdir(), 'vigie-store-bench-'))
  try {
    const mentions = generate(BATCH * BATCHES)
    const batches = Array.from({ length: BATCHES }, (_, i) => mentions.slice(i * BATCH, (i + 1) * BATCH))

    const plainRate = async (withSearchIndex: boolean) => {
      const path = join(dir, `plain-${withSearchIndex}.db`)
      const schema = createSqliteStore({ path })
      await schema.migrate()
      await schema.close()
      const plain = plainInserter(path, withSearchIndex)
      const rate = await rowsPerSecond(batches, plain.save)
      plain.close()
      return rate
    }
    const baseline = await plainRate(true)
    const withoutSearch = await plainRate(false)

    const store = createSqliteStore({ path: join(dir, 'store.db') })
    await store.migrate()
    // a running store: earlier imports have started its search indexer thread (untimed)
    for (let start = 0; start < THREAD_AFTER_ROWS; start += BATCH)
      await store.saveMentions(
        mentions.slice(0, BATCH).map((m) => ({ ...m, id: `${m.id}:earlier:${start}` })),
      )
    await store.listMentions({ workspaceId: 'acme', text: 'panne', limit: 1 })
    // the full-text index is filled after the writes (by the store's indexer thread, all threads' CPU is
    // counted): the last batch's search catches it up, so the figure includes indexing every row
    const saved = await rowsPerSecond(batches, async (batch) => {
      await store.saveMentions(batch)
      if (batch === batches.at(-1)) await store.listMentions({ workspaceId: 'acme', text: 'panne', limit: 1 })
    })
    const resaved = await rowsPerSecond(batches, (batch) => store.saveMentions(batch))
    // The dedupe step asks this before analysis; half the ids are known, half new.
    const lookedUp = await rowsPerSecond(batches, (batch) =>
      store.findExistingMentionIds(
        'acme',
        batch.map((m, i) => (i % 2 ? m.id : `${m.id}:new`)),
      ),
    )
    await store.close()

    const plain = 'plain better-sqlite3 prepared inserts'
    return [
      {
        name: 'saveMentions, batches of 500 (new)',
        unit: 'rows/s',
        value: saved.wall,
        baseline: { name: plain, value: baseline.wall },
      },
      {
        name: 'saveMentions, batches of 500 (new)',
        unit: 'rows/CPU-s',
        value: saved.cpu,
        baseline: { name: plain, value: baseline.cpu },
      },
      {
        name: 'saveMentions, batches of 500 (all duplicates)',
        unit: 'rows/CPU-s',
        value: resaved.cpu,
        baseline: { name: 'same, new mentions', value: saved.cpu },
      },
      { name: 'findExistingMentionIds, 500 ids a call', unit: 'ids/CPU-s', value: lookedUp.cpu },
      {
        name: 'plain inserts without the FTS index',
        unit: 'rows/CPU-s',
        value: withoutSearch.cpu,
        baseline: { name: 'plain inserts with it', value: baseline.cpu },
      },
    ]
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

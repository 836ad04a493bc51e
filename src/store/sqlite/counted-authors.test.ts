import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, test } from 'node:test'
import type { AnalyzedMention } from '../../core/index.ts'
import { HOUR, T0 } from '../contract/build-mention.ts'
import { evenWriters, heavyWriters } from '../contract/counted-authors.contract.ts'
import { authorRows } from '../kysely/aggregate-mentions.ts'
import { topAuthorsFromPeriods } from '../kysely/counted-authors.ts'
import type { AggregateInput } from '../port.ts'
import { createSqliteStore } from './create-sqlite-store.ts'
import { openSqlite } from './open-sqlite.ts'

const dir = mkdtempSync(join(tmpdir(), 'vigie-counted-authors-'))
after(() => rmSync(dir, { recursive: true, force: true }))
let files = 0

/** The answer of the counts per period alone (undefined: they could not tell), on a store of `mentions`. */
const fromPeriods = async (mentions: AnalyzedMention[], input: AggregateInput) => {
  const path = join(dir, `store-${files++}.db`)
  const store = createSqliteStore({ path })
  await store.migrate()
  await store.saveMentions(mentions)
  await store.close()
  const db = openSqlite(path)
  try {
    return await topAuthorsFromPeriods(db, input, 10, authorRows(db, input, true))
  } finally {
    await db.destroy()
  }
}

const YEAR: AggregateInput = {
  workspaceId: 'acme',
  from: new Date(T0 + 5 * HOUR + 1234),
  to: new Date(T0 + 157 * 24 * HOUR + 3 * HOUR),
}

test('when a few authors write most, the counts per period name the top authors without counting every mention', async () => {
  const top = await fromPeriods(heavyWriters(), YEAR)
  assert.ok(top, 'the periods told the top authors')
  assert.deepEqual(
    top.authors.map((a) => a.key),
    ['a000', 'a001', 'a002', 'a003', 'a004', 'a005', 'a006', 'a007', 'a008', 'a009'],
  )
  assert.ok(top.authors[0]!.count > top.authors[9]!.count)
})

test('when every author writes alike, the counts per period decline to answer rather than guess', async () => {
  assert.equal(await fromPeriods(evenWriters(), YEAR), undefined)
})

test('a range without two whole periods is left to the mention rows', async () => {
  const short = { ...YEAR, to: new Date(YEAR.from.getTime() + 50 * 24 * HOUR) }
  assert.equal(await fromPeriods(heavyWriters(), short), undefined)
})

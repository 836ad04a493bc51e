import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, test } from 'node:test'
import { buildTimeline, loadFixtureMentions } from '../contract/build-mention.ts'
import { storeContract } from '../store.contract.ts'
import { createSqliteStore } from './create-sqlite-store.ts'

const dir = mkdtempSync(join(tmpdir(), 'vigie-sqlite-store-'))
after(() => rmSync(dir, { recursive: true, force: true }))
let files = 0
const tempFile = () => join(dir, `store-${files++}.db`)

storeContract('sqlite in memory', async () => createSqliteStore({ path: ':memory:' }))
storeContract('sqlite file', async () => createSqliteStore({ path: tempFile() }))

test('mentions, alerts and cursors survive closing and reopening the file', async () => {
  const path = tempFile()
  const first = createSqliteStore({ path })
  await first.migrate()
  const mentions = loadFixtureMentions()
  await first.saveMentions([...mentions, ...buildTimeline(3, { queries: ['q'] })])
  await first.setCursor('acme', 'rss', '42')
  await first.close()

  const reopened = createSqliteStore({ path })
  await reopened.migrate()
  assert.equal(await reopened.countMentions('acme'), 6)
  assert.deepEqual(await reopened.getMention('acme', mentions[0]?.id ?? ''), mentions[0])
  assert.equal(await reopened.getCursor('acme', 'rss'), '42')
  assert.equal((await reopened.listMentions({ workspaceId: 'acme', text: 'numericable' })).items.length, 1)
  assert.deepEqual(await reopened.saveMentions(mentions), { inserted: 0, duplicates: 3 })
  await reopened.close()
})

import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { test } from 'node:test'
import { fileURLToPath } from 'node:url'
import type { SourceItem } from '../port.ts'
import { createFileConnector } from './file-connector.ts'

const csv = fileURLToPath(new URL('./fixtures/dates.csv', import.meta.url))
const connector = fileURLToPath(new URL('./file-connector.ts', import.meta.url))

/** What each row of the dates fixture becomes: an ISO date, or the start of its rejection. */
const readDates = async (timeZone?: string) => {
  const out: string[] = []
  const items: AsyncIterable<SourceItem> = createFileConnector({ path: csv, timeZone }).read(
    undefined,
    new AbortController().signal,
  )
  for await (const item of items)
    out.push('mention' in item ? item.mention.createdAt.toISOString() : item.rejected.reason.slice(0, 60))
  return out
}

test('file dates are read as UTC when they have no zone, and only in the documented forms', async () => {
  const dates = await readDates()
  assert.equal(dates[0], '2026-03-02T08:00:00.000Z')
  assert.equal(dates[1], '2026-03-02T07:00:00.000Z')
  assert.match(dates[2] ?? '', /^createdAt: "03\/02\/2026" is not a date in an accepted form/)
  assert.match(dates[3] ?? '', /^createdAt: "2026-02-30 10:00" is not a real date/)
  assert.match(dates[4] ?? '', /^createdAt: "2026" is not a Unix time/)
  assert.equal(dates[5], '2026-03-02T08:00:00.000Z')
})

test('a time zone option places zone-less times, and leaves written offsets alone', async () => {
  const dates = await readDates('Europe/Paris')
  assert.equal(dates[0], '2026-03-02T07:00:00.000Z')
  assert.equal(dates[1], '2026-03-02T07:00:00.000Z')
})

test('a file is read the same whatever the time zone of the process', async () => {
  const here = await readDates()
  const script = `import { createFileConnector } from ${JSON.stringify(connector)}
    const out = []
    for await (const item of createFileConnector({ path: ${JSON.stringify(csv)} }).read(undefined, new AbortController().signal))
      out.push('mention' in item ? item.mention.createdAt.toISOString() : item.rejected.reason.slice(0, 60))
    console.log(JSON.stringify(out))`
  for (const TZ of ['America/New_York', 'Asia/Kolkata']) {
    const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      env: { ...process.env, TZ },
      encoding: 'utf8',
    })
    assert.deepEqual(JSON.parse(out), here, TZ)
  }
})

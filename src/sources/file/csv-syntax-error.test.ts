import assert from 'node:assert/strict'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
import type { SourceItem } from '../port.ts'
import { createFileConnector } from './file-connector.ts'

/** A header, `rows` good rows (one has a quoted newline), a row with a stray quote, then more good rows. */
const writeCsv = (rows: number, bad: string): { path: string; badLine: number } => {
  const lines = ['id,createdAt,text,author.handle']
  for (let i = 1; i <= rows; i++) {
    const text = i === 2 ? '"two\nlines"' : `"row ${i}, quoted"`
    lines.push(`${i},2026-03-02T10:00:00Z,${text},user${i}`)
  }
  const badLine = lines.length + 1 + (rows >= 2 ? 1 : 0)
  lines.push(`${rows + 1},2026-03-02T10:00:00Z,${bad},x`)
  for (let i = 2; i < 200; i++) lines.push(`${rows + i},2026-03-02T10:00:00Z,after,y`)
  const path = join(mkdtempSync(join(tmpdir(), 'vigie-csv-')), `rows-${rows}.csv`)
  writeFileSync(path, `${lines.join('\n')}\n`)
  return { path, badLine }
}

const readAll = async (path: string) => {
  const items: SourceItem[] = []
  for await (const item of createFileConnector({ path }).read(undefined, new AbortController().signal))
    items.push(item)
  return items
}

const STRAY_QUOTES = {
  'a closing quote followed by text': '"closed"then',
  'a quote inside a bare field': 'it"s',
}
for (const [kind, bad] of Object.entries(STRAY_QUOTES))
  for (const rows of [1, 999, 3_000, 20_000]) {
    test(`every good row before ${kind} is read, and the error names its line (${rows} rows)`, async () => {
      const { path, badLine } = writeCsv(rows, bad)
      const items = await readAll(path)
      const mentions = items.flatMap((i) => ('mention' in i ? [i.mention] : []))
      const rejections = items.flatMap((i) => ('rejected' in i ? [i.rejected] : []))
      assert.equal(mentions.length, rows)
      assert.equal(mentions.at(-1)?.text, rows === 2 ? 'two\nlines' : `row ${rows}, quoted`)
      assert.equal(rejections.length, 1)
      assert.equal(rejections[0]?.line, badLine)
      assert.match(rejections[0]?.reason ?? '', /[Qq]uote.*the rest of the file was not read/)
      assert.ok(
        rejections[0]?.payload.startsWith(`${rows + 1},2026-03-02T10:00:00Z,${bad},x\n`),
        'the unread part is kept',
      )
    })
  }

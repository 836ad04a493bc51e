import assert from 'node:assert/strict'
import { appendFileSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
import type { SourceItem } from '../port.ts'
import { createFileConnector, type FileConnectorOptions } from './file-connector.ts'
import type { FileNotice } from './plan-read.ts'
import { CHECKPOINT_BYTES } from './with-checkpoints.ts'

const tmpFile = (name: string, content: string) => {
  const path = join(mkdtempSync(join(tmpdir(), 'vigie-resume-')), name)
  writeFileSync(path, content)
  return path
}
const jsonl = (from: number, to: number, word = 'post') =>
  Array.from(
    { length: to - from + 1 },
    (_, i) =>
      `{"id":"${from + i}","createdAt":"2026-03-02T10:00:00Z","text":"${word} ${from + i}","author":{"handle":"u"}}\n`,
  ).join('')

const read = async (options: FileConnectorOptions, cursor?: string) => {
  const notices: FileNotice[] = []
  const items: SourceItem[] = []
  const connector = createFileConnector({ ...options, onNotice: (n) => notices.push(n) })
  for await (const item of connector.read(cursor, new AbortController().signal)) items.push(item)
  const texts = items.flatMap((i) => ('mention' in i ? [i.mention.text] : []))
  const lines = items.map((i) => ('mention' in i ? i.line : i.rejected.line))
  return { items, texts, lines, notices, last: items.at(-1)?.cursor }
}

test('a file read to its end and read again yields nothing, and says it was resumed', async () => {
  const path = tmpFile('a.jsonl', jsonl(1, 3))
  const first = await read({ path })
  assert.deepEqual(first.texts, ['post 1', 'post 2', 'post 3'])
  const again = await read({ path }, first.last)
  assert.deepEqual(again.items, [])
  assert.deepEqual(again.notices, [{ kind: 'resumed', path, line: 3, newBytes: 0 }])
})

test('a file appended to is resumed after what was read, with its line numbers', async () => {
  const path = tmpFile('a.jsonl', jsonl(1, 3))
  const first = await read({ path })
  appendFileSync(path, jsonl(4, 5))
  const again = await read({ path }, first.last)
  assert.deepEqual(again.texts, ['post 4', 'post 5'])
  assert.deepEqual(again.lines, [4, 5])
  assert.equal(again.notices[0]?.kind, 'resumed')
})

test('a file rewritten at the same path is read again from the start, and said so', async () => {
  const path = tmpFile('a.jsonl', jsonl(1, 3))
  const first = await read({ path })
  writeFileSync(path, jsonl(1, 4, 'changed'))
  const longer = await read({ path }, first.last)
  assert.deepEqual(longer.texts, ['changed 1', 'changed 2', 'changed 3', 'changed 4'])
  assert.deepEqual(longer.notices, [{ kind: 'rewritten', path, line: 3, why: 'changed' }])
  writeFileSync(path, jsonl(7, 7))
  const shorter = await read({ path }, longer.last)
  assert.deepEqual(shorter.texts, ['post 7'])
  assert.deepEqual(shorter.notices, [{ kind: 'rewritten', path, line: 4, why: 'shorter' }])
})

test('a CSV file appended to is resumed with its header, rows mapped as before', async () => {
  const header = 'when,body,who\n'
  const path = tmpFile('a.csv', `${header}2026-03-02 10:00,"first, quoted",a\n`)
  const map = { createdAt: 'when', text: 'body', 'author.handle': 'who' }
  const first = await read({ path, map })
  appendFileSync(path, '\n2026-03-02 10:05,"second\non two lines",b\n2026-03-02 10:06,third,c\n')
  const again = await read({ path, map }, first.last)
  assert.deepEqual(again.texts, ['second\non two lines', 'third'])
  assert.deepEqual(again.lines, [4, 6])
  writeFileSync(path, `${header}2026-03-02 11:00,other,d\n`)
  const rewritten = await read({ path, map }, again.last)
  assert.deepEqual(rewritten.texts, ['other'])
  assert.equal(rewritten.notices[0]?.kind, 'rewritten')
})

test('an interrupted import resumes at the checkpoint before its cursor: nothing after it is missed', async () => {
  const path = tmpFile('big.jsonl', jsonl(1, 3000))
  const first = await read({ path })
  const cursors = new Set(first.items.map((i) => i.cursor))
  assert.ok(cursors.size > 3, 'a checkpoint every so many bytes')
  const at = 1234
  const resumed = await read({ path }, first.items[at - 1]?.cursor)
  const firstLine = resumed.lines[0] ?? 0
  assert.ok(firstLine <= at + 1, `resumes at or before line ${at + 1}, got ${firstLine}`)
  assert.ok(at + 1 - firstLine < CHECKPOINT_BYTES / 80, 'goes over at most one checkpoint spacing again')
  assert.equal(resumed.lines.at(-1), 3000)
  assert.equal(resumed.texts.length, 3000 - firstLine + 1)
})

test('a bare line number saved by an older Vigie skips up to that line, unchecked, and says so', async () => {
  const path = tmpFile('a.jsonl', jsonl(1, 4))
  const old = await read({ path }, '2')
  assert.deepEqual(old.texts, ['post 3', 'post 4'])
  assert.deepEqual(old.notices, [{ kind: 'legacy', path, line: 2 }])
  const next = await read({ path }, old.last)
  assert.deepEqual(next.items, [], 'the new cursor points past what was delivered')
})

test('a saved cursor that is not understood is refused, pointing at --from-start', async () => {
  const path = tmpFile('a.jsonl', jsonl(1, 1))
  await assert.rejects(read({ path }, 'garbage'), { code: 'invalid', message: /--from-start/ })
})

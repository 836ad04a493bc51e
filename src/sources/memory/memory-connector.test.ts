import assert from 'node:assert/strict'
import { test } from 'node:test'
import { parseMention } from '../../core/index.ts'
import { createMemoryConnector } from './memory-connector.ts'

const mentions = [1, 2, 3].map((n) =>
  parseMention({
    id: String(n),
    source: 'x',
    createdAt: '2026-01-01T00:00:00Z',
    text: 't',
    author: { id: 'a', handle: 'a' },
  }),
)

const read = async (cursor?: string, signal = new AbortController().signal) => {
  const ids: string[] = []
  for await (const item of createMemoryConnector(mentions).read(cursor, signal))
    if ('mention' in item) ids.push(item.mention.id)
  return ids
}

test('a memory connector yields its mentions in order and resumes after its cursor', async () => {
  assert.deepEqual(await read(), ['x:1', 'x:2', 'x:3'])
  assert.deepEqual(await read('2'), ['x:3'])
})

test('a memory connector stops when its signal is aborted', async () => {
  const controller = new AbortController()
  controller.abort()
  assert.deepEqual(await read(undefined, controller.signal), [])
})

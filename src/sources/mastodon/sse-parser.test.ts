import assert from 'node:assert/strict'
import { test } from 'node:test'
import { createSseParser, type SseEvent } from './sse-parser.ts'

const parse = (chunks: string[], max = 1024) => {
  const events: SseEvent[] = []
  const parser = createSseParser((e) => events.push(e), max)
  for (const chunk of chunks) parser.push(chunk)
  return events
}

test('events are read across chunk boundaries, data lines joined, comments and CRLF handled', () => {
  assert.deepEqual(
    parse([
      ':)\n',
      'event: upd',
      'ate\r\ndata: {"a":\r\n',
      'data: 1}\r\n\r\n:thump\n',
      'event: delete\ndata:42\n\n',
    ]),
    [
      { event: 'update', data: '{"a":\n1}' },
      { event: 'delete', data: '42' },
    ],
  )
})

test('an event without data is not dispatched, one without a name is a message', () => {
  assert.deepEqual(parse(['event: update\n\n', 'data: x\n\n']), [{ event: 'message', data: 'x' }])
})

test('an event over the size limit is dispatched as oversized, and the events after it still come', () => {
  const long = 'x'.repeat(300)
  assert.deepEqual(
    parse([`event: update\ndata: ${long}\ndata: ${long}\n\nevent: update\ndata: ok\n\n`], 500),
    [
      { event: 'update', data: '', oversized: true },
      { event: 'update', data: 'ok' },
    ],
  )
  const events = parse(
    ['event: update\ndata: ', 'y'.repeat(400), 'y'.repeat(400), 'y\n\nevent: update\ndata: ok\n\n'],
    500,
  )
  assert.deepEqual(events, [
    { event: 'update', data: '', oversized: true },
    { event: 'update', data: 'ok' },
  ])
})

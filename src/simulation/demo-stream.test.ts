import assert from 'node:assert/strict'
import { test } from 'node:test'
import { createDemoStream } from './demo-stream.ts'

const start = new Date('2026-06-15T09:12:00.000Z')
const stream = createDemoStream({ seed: 5, start })

test('the backlog is a week of chatter before start, with no crisis in it', () => {
  const first = stream.backlog[0]?.createdAt.getTime() ?? 0
  const last = stream.backlog.at(-1)?.createdAt.getTime() ?? Infinity
  assert.ok(last < start.getTime())
  assert.ok(start.getTime() - first > 6.9 * 86_400_000)
  assert.ok(stream.backlog.length > 1000)
})

test('the crisis starts at start, offsets counting from it in order', () => {
  const [crisis] = stream.truth.events
  assert.equal(crisis?.onset, start.toISOString())
  assert.equal(stream.crisis[0]?.offsetMs, 0)
  assert.equal(stream.crisis[0]?.mention.id, crisis?.originMentionId)
  for (let i = 1; i < stream.crisis.length; i++) {
    const { offsetMs, mention } = stream.crisis[i] as (typeof stream.crisis)[number]
    assert.ok(offsetMs >= (stream.crisis[i - 1]?.offsetMs ?? 0))
    assert.equal(mention.createdAt.getTime() - start.getTime(), offsetMs)
  }
  assert.ok(stream.crisis.length > 1500)
})

test('the demo crisis can be about another cause, told by that cause’s crisis story', () => {
  const defect = createDemoStream({ seed: 5, start, cause: 'product_defect' })
  assert.equal(stream.truth.events[0]?.cause, 'employee_post', 'an employee’s post by default')
  assert.equal(defect.truth.events[0]?.cause, 'product_defect')
  assert.equal(defect.truth.events[0]?.onset, start.toISOString())
  assert.notEqual(defect.crisis[0]?.mention.text, stream.crisis[0]?.mention.text)
  assert.ok(defect.crisis.length > 1000)
})

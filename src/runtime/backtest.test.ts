import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Mention } from '../core/index.ts'
import { simulate } from '../simulation/index.ts'
import { createMemoryConnector } from '../sources/index.ts'
import { backtest } from './backtest.ts'

test('a backtest leaves out mentions dated 1970 or 2099 instead of counting decades of quiet days', async () => {
  const { mentions, truth } = simulate({ seed: 2, scenario: 'quiet', days: 2 })
  const first = mentions[0]!
  const stray = (id: string, at: string): Mention => ({ ...first, id: `x:${id}`, createdAt: new Date(at) })
  const result = await backtest({
    connector: createMemoryConnector([
      stray('epoch', '1970-01-01T00:00:00Z'),
      ...mentions,
      stray('late', '2099-01-01T00:00:00Z'),
    ]),
    queries: truth.queries.map((q) => ({ ...q, workspaceId: 'backtest' })),
    events: [],
  })
  assert.equal(result.outOfWindow, 2)
  assert.ok(result.score.quietDays > 1.5 && result.score.quietDays < 2.5, `${result.score.quietDays} days`)
})

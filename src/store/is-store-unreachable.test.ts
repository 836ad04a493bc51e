import assert from 'node:assert/strict'
import { test } from 'node:test'
import { isStoreUnreachable } from './index.ts'

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code })

test('a refused, broken or restarting connection is an unreachable store', () => {
  for (const error of [
    withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED'),
    withCode('read ECONNRESET', 'ECONNRESET'),
    new Error('Connection terminated unexpectedly'),
    new Error('timeout exceeded when trying to connect'),
    withCode('terminating connection due to administrator command', '57P01'),
    withCode('the database system is starting up', '57P03'),
    withCode('connection failure', '08006'),
    new AggregateError([withCode('connect ECONNREFUSED ::1:5432', 'ECONNREFUSED')], 'connect failed'),
    new Error('Connection terminated due to connection timeout', {
      cause: new Error('Connection terminated'),
    }),
  ])
    assert.equal(isStoreUnreachable(error), true, error.message)
})

test('a wrong request, a constraint or a non-error is not an outage', () => {
  for (const error of [
    withCode('duplicate key value violates unique constraint', '23505'),
    withCode('relation "mentions" does not exist', '42P01'),
    withCode('syntax error', '42601'),
    new Error('not a raw batch'),
    'Connection terminated',
    undefined,
  ])
    assert.equal(isStoreUnreachable(error), false, String(error))
})

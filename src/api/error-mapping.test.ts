import assert from 'node:assert/strict'
import { test } from 'node:test'
import { z } from 'zod'
import { AppError, type ErrorCode } from '../core/index.ts'
import { createTestApp } from '../test/api-test-app.ts'
import { createApp, toErrorReply } from './index.ts'

test('each error code maps to its HTTP status', () => {
  const expected: Record<ErrorCode, number> = {
    invalid: 400,
    unauthenticated: 401,
    forbidden: 403,
    not_found: 404,
    conflict: 409,
    internal: 500,
    rate_limited: 429,
    unavailable: 503,
  }
  for (const [code, status] of Object.entries(expected)) {
    assert.equal(toErrorReply(new AppError(code as ErrorCode, 'x')).status, status, code)
  }
})

test('a zod error is invalid, with one readable line per problem', () => {
  const parsed = z.object({ limit: z.number() }).safeParse({ limit: 'x' })
  assert.ok(!parsed.success)
  const { status, body } = toErrorReply(parsed.error)
  assert.equal(status, 400)
  assert.equal(body.error.code, 'invalid')
  assert.deepEqual(body.error.details, ['limit: Invalid input: expected number, received string'])
})

test('an unexpected error is a 500 that shows neither its message nor its stack', async () => {
  const h = await createTestApp()
  const broken = createApp({
    store: {
      ...h.store,
      listWorkspaces: async () => {
        throw new Error('connection to db:5432 with password hunter2 failed')
      },
    },
    hub: h.hub,
    meter: h.meter,
    version: 'test',
  })
  try {
    const res = await broken.inject({
      method: 'GET',
      url: '/api/v1/workspaces',
      headers: { authorization: `Bearer ${h.adminToken}` },
    })
    assert.equal(res.statusCode, 500)
    assert.deepEqual(res.json(), { error: { code: 'internal', message: 'internal error', details: null } })
    const health = await broken.inject({ method: 'GET', url: '/api/v1/health' })
    assert.equal(health.statusCode, 503)
    assert.doesNotMatch(health.body, /hunter2/)
  } finally {
    await broken.close()
    await h.close()
  }
})

import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { createApiToken, createUser } from '../accounts/index.ts'
import { systemClock } from '../core/index.ts'
import { createTestApp } from '../test/api-test-app.ts'

let h: Awaited<ReturnType<typeof createTestApp>>
const tokens: Record<string, string> = {}
const changed: string[] = []

before(async () => {
  h = await createTestApp({ onOwnedAccountsChanged: (ws) => void changed.push(ws) })
  const accounts = { store: h.store, clock: systemClock }
  for (const role of ['viewer', 'analyst'] as const) {
    const user = await createUser({
      ctx: accounts,
      input: { email: `${role}@acme.example`, role, workspaceId: 'acme' },
    })
    tokens[role] = (await createApiToken({ ctx: accounts, userId: user.id, input: {} })).token
  }
})
after(() => h.close())

const url = '/api/v1/workspaces/acme/owned-accounts'
const as = (role: string) => ({ authorization: `Bearer ${tokens[role]}` })
const accounts = [
  { network: 'mastodon', handle: '@Acme@mastodon.social' },
  { network: 'bluesky', handle: 'acme.bsky.social', id: 'did:plc:acme' },
]

test('an analyst replaces the owned accounts, a viewer reads them, and the running pipeline is told', async () => {
  const put = await h.app.inject({ method: 'PUT', url, payload: { accounts }, headers: as('analyst') })
  assert.equal(put.statusCode, 200, put.body)
  const expected = [
    { network: 'bluesky', handle: 'acme.bsky.social', id: 'did:plc:acme' },
    { network: 'mastodon', handle: 'acme@mastodon.social' },
  ]
  assert.deepEqual(put.json().accounts, expected)
  assert.deepEqual(changed, ['acme'])
  const read = await h.app.inject({ url, headers: as('viewer') })
  assert.equal(read.statusCode, 200)
  assert.deepEqual(read.json().accounts, expected)
})

test('a viewer may not change the owned accounts, nor anyone those of a workspace they are not in', async () => {
  const refused = await h.app.inject({ method: 'PUT', url, payload: { accounts: [] }, headers: as('viewer') })
  assert.equal(refused.statusCode, 403)
  const other = '/api/v1/workspaces/globex/owned-accounts'
  for (const method of ['GET', 'PUT'] as const) {
    const res = await h.app.inject({ method, url: other, payload: { accounts: [] }, headers: as('analyst') })
    assert.ok([403, 404].includes(res.statusCode), `${method}: ${res.statusCode}`)
  }
})

test('an account without a network, with a network in capitals, or with an unknown field is refused', async () => {
  for (const bad of [
    { accounts: [{ handle: 'acme' }] },
    { accounts: [{ network: 'Twitter', handle: 'acme' }] },
    { accounts: [{ network: 'twitter', handle: 'acme' }], extra: 1 },
  ]) {
    const res = await h.app.inject({ method: 'PUT', url, payload: bad, headers: as('analyst') })
    assert.equal(res.statusCode, 400, JSON.stringify(bad))
  }
})

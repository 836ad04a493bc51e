import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { ApiTokenRecord, SessionRecord, UserRecord } from '../../core/index.ts'
import { HOUR, MINUTE, T0 } from './build-mention.ts'
import type { UseStore } from './use-store.ts'

const user = (id: string, over: Partial<UserRecord> = {}): UserRecord => ({
  id,
  email: `${id}@example.com`,
  name: `User ${id}`,
  admin: false,
  createdAt: new Date(T0),
  ...over,
})

const session = (idHash: string, over: Partial<SessionRecord> = {}): SessionRecord => ({
  idHash,
  userId: 'alice',
  csrf: `csrf-${idHash}`,
  createdAt: new Date(T0),
  expiresAt: new Date(T0 + HOUR),
  ...over,
})

const token = (id: string, over: Partial<ApiTokenRecord> = {}): ApiTokenRecord => ({
  id,
  userId: 'alice',
  name: `token ${id}`,
  hash: `hash-of-${id}`,
  createdAt: new Date(T0),
  ...over,
})

export const accountsContract = (use: UseStore) => {
  test('a user comes back as stored, found by id and by email in any case, absent fields absent', () =>
    use(async (store) => {
      const full = user('alice', { admin: true, language: 'fr', passwordHash: '$argon2id$x' })
      const bare = user('bob')
      await store.createUser(full)
      await store.createUser({ ...bare, email: 'Bob@Example.COM' })
      assert.deepEqual(await store.getUser('alice'), full)
      assert.deepEqual(await store.getUser('bob'), bare)
      assert.deepEqual(await store.findUserByEmail('BOB@example.com'), bare)
      assert.equal(await store.getUser('carol'), undefined)
      assert.equal(await store.findUserByEmail('carol@example.com'), undefined)
    }))

  test('refuses a second user with the same email in another case, or the same id', () =>
    use(async (store) => {
      await store.createUser(user('alice'))
      await assert.rejects(store.createUser(user('alice2', { email: 'ALICE@example.com' })), {
        code: 'conflict',
      })
      await assert.rejects(store.createUser(user('alice', { email: 'other@example.com' })), {
        code: 'conflict',
      })
      assert.deepEqual(await store.listUsers(), [user('alice')])
    }))

  test("updating a user replaces its fields; an unknown user is not_found, another's email a conflict", () =>
    use(async (store) => {
      await store.createUser(user('alice', { language: 'fr', passwordHash: 'old' }))
      await store.createUser(user('bob'))
      const renamed = user('alice', { email: 'alice@acme.example', name: 'Alice A.', admin: true })
      await store.updateUser({ ...renamed, email: 'Alice@Acme.example' })
      assert.deepEqual(await store.getUser('alice'), renamed)
      assert.equal(await store.findUserByEmail('alice@example.com'), undefined)
      await assert.rejects(store.updateUser(user('carol')), { code: 'not_found' })
      await assert.rejects(store.updateUser(user('bob', { email: 'ALICE@acme.example' })), {
        code: 'conflict',
      })
      assert.deepEqual(await store.getUser('bob'), user('bob'))
    }))

  test('users are listed by email and counted', () =>
    use(async (store) => {
      assert.equal(await store.countUsers(), 0)
      await store.createUser(user('u1', { email: 'zoe@example.com' }))
      await store.createUser(user('u2', { email: 'adam@example.com' }))
      await store.createUser(user('u3', { email: 'Marc@example.com' }))
      assert.deepEqual(
        (await store.listUsers()).map((u) => u.email),
        ['adam@example.com', 'marc@example.com', 'zoe@example.com'],
      )
      assert.equal(await store.countUsers(), 3)
    }))

  test('a new role replaces the previous one; memberships are listed by workspace then user, and removed', () =>
    use(async (store) => {
      await store.setMembership({ userId: 'bob', workspaceId: 'zeta', role: 'viewer' })
      await store.setMembership({ userId: 'bob', workspaceId: 'acme', role: 'viewer' })
      await store.setMembership({ userId: 'alice', workspaceId: 'acme', role: 'analyst' })
      await store.setMembership({ userId: 'bob', workspaceId: 'acme', role: 'admin' })
      assert.deepEqual(await store.listMemberships({}), [
        { userId: 'alice', workspaceId: 'acme', role: 'analyst' },
        { userId: 'bob', workspaceId: 'acme', role: 'admin' },
        { userId: 'bob', workspaceId: 'zeta', role: 'viewer' },
      ])
      const of = async (input: { userId?: string; workspaceId?: string }) =>
        (await store.listMemberships(input)).map((m) => `${m.userId}@${m.workspaceId}`)
      assert.deepEqual(await of({ userId: 'bob' }), ['bob@acme', 'bob@zeta'])
      assert.deepEqual(await of({ workspaceId: 'acme' }), ['alice@acme', 'bob@acme'])
      assert.deepEqual(await of({ userId: 'bob', workspaceId: 'zeta' }), ['bob@zeta'])
      await store.removeMembership('bob', 'acme')
      assert.deepEqual(await of({}), ['alice@acme', 'bob@zeta'])
    }))

  test('forgets an expired session', () =>
    use(async (store) => {
      const s = session('h1')
      await store.saveSession(s)
      assert.deepEqual(await store.getSession('h1', new Date(T0 + HOUR - 1)), s)
      assert.equal(await store.getSession('h1', new Date(T0 + HOUR)), undefined)
      assert.equal(await store.getSession('h2', new Date(T0)), undefined)
    }))

  test("deleting a session, or all of a user's sessions, ends only those", () =>
    use(async (store) => {
      for (const s of [session('a1'), session('a2'), session('b1', { userId: 'bob' })])
        await store.saveSession(s)
      const live = async () =>
        (await Promise.all(['a1', 'a2', 'b1'].map((h) => store.getSession(h, new Date(T0))))).map(Boolean)
      await store.deleteSession('a1')
      assert.deepEqual(await live(), [false, true, true])
      await store.deleteSessionsOf('alice')
      assert.deepEqual(await live(), [false, false, true])
    }))

  test('a token is found by its hash and not by its id', () =>
    use(async (store) => {
      await store.saveToken(token('t1'))
      assert.deepEqual(await store.findTokenByHash('hash-of-t1'), token('t1'))
      assert.equal(await store.findTokenByHash('t1'), undefined)
      await assert.rejects(store.saveToken(token('t2', { hash: 'hash-of-t1' })), { code: 'conflict' })
    }))

  test("a user's tokens come back oldest first, with when they were last used", () =>
    use(async (store) => {
      await store.saveToken(token('late', { createdAt: new Date(T0 + MINUTE) }))
      await store.saveToken(token('early'))
      await store.saveToken(token('bobs', { userId: 'bob' }))
      await store.touchToken('late', new Date(T0 + HOUR))
      assert.deepEqual(await store.listTokens('alice'), [
        token('early'),
        token('late', { createdAt: new Date(T0 + MINUTE), lastUsedAt: new Date(T0 + HOUR) }),
      ])
      assert.deepEqual(await store.listTokens('carol'), [])
    }))

  test("deleting another user's token is not_found", () =>
    use(async (store) => {
      await store.saveToken(token('t1'))
      await assert.rejects(store.deleteToken('bob', 't1'), { code: 'not_found' })
      assert.deepEqual(await store.findTokenByHash('hash-of-t1'), token('t1'))
      await store.deleteToken('alice', 't1')
      assert.equal(await store.findTokenByHash('hash-of-t1'), undefined)
      await assert.rejects(store.deleteToken('alice', 't1'), { code: 'not_found' })
    }))
}

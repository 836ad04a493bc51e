import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { UseStore } from './use-store.ts'

export const ownedAccountsContract = (use: UseStore) => {
  test('owned accounts come back by network then handle, each workspace its own', () =>
    use(async (store) => {
      await store.setOwnedAccounts('acme', [
        { network: 'mastodon', handle: 'acme@mastodon.social' },
        { network: 'bluesky', handle: 'acme.bsky.social', id: 'did:plc:acme' },
        { network: 'twitter', handle: 'acme' },
      ])
      await store.setOwnedAccounts('globex', [{ network: 'twitter', handle: 'globex' }])
      assert.deepEqual(await store.listOwnedAccounts('acme'), [
        { network: 'bluesky', handle: 'acme.bsky.social', id: 'did:plc:acme' },
        { network: 'mastodon', handle: 'acme@mastodon.social' },
        { network: 'twitter', handle: 'acme' },
      ])
      assert.deepEqual(await store.listOwnedAccounts('globex'), [{ network: 'twitter', handle: 'globex' }])
      assert.deepEqual(await store.listOwnedAccounts('initech'), [])
    }))

  test('setting owned accounts replaces the list, keeps one per network and handle, and empties it', () =>
    use(async (store) => {
      await store.setOwnedAccounts('acme', [{ network: 'twitter', handle: 'acme' }])
      await store.setOwnedAccounts('acme', [
        { network: 'reddit', handle: 'acme_official' },
        { network: 'reddit', handle: 'acme_official', id: 't2_abc' },
      ])
      assert.deepEqual(await store.listOwnedAccounts('acme'), [
        { network: 'reddit', handle: 'acme_official', id: 't2_abc' },
      ])
      await store.setOwnedAccounts('acme', [])
      assert.deepEqual(await store.listOwnedAccounts('acme'), [])
    }))

  test("purging a workspace removes its owned accounts and no other workspace's", () =>
    use(async (store) => {
      await store.setOwnedAccounts('acme', [{ network: 'twitter', handle: 'acme' }])
      await store.setOwnedAccounts('globex', [{ network: 'twitter', handle: 'globex' }])
      await store.purgeWorkspace('acme')
      assert.deepEqual(await store.listOwnedAccounts('acme'), [])
      assert.equal((await store.listOwnedAccounts('globex')).length, 1)
    }))
}

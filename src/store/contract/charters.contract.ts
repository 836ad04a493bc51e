import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { CharterClause } from '../../core/index.ts'
import { HOUR, T0 } from './build-mention.ts'
import type { UseStore } from './use-store.ts'

const clause = (id: string): CharterClause => ({
  id,
  title: { fr: `Règle ${id}`, en: `Rule ${id}` },
  text: { fr: 'Pas d’insulte, même provoqué.', en: 'No insults, even when provoked.' },
  kinds: ['insult', 'mockery'],
})

const save = (workspaceId: string, ids: string[], terms: string[], at: number) => ({
  workspaceId,
  clauses: ids.map(clause),
  confidentialTerms: terms,
  updatedAt: new Date(at),
  updatedBy: 'u1',
})

export const chartersContract = (use: UseStore) => {
  test('each save makes a new version; the latest is read by default and any older one on demand', () =>
    use(async (store) => {
      assert.equal(await store.getCharter('acme', undefined), undefined)
      const first = await store.saveCharter(save('acme', ['respect'], ['Projet Héron'], T0))
      const second = await store.saveCharter(save('acme', ['respect', 'crisis'], [], T0 + HOUR))
      assert.equal(first.version, 1)
      assert.equal(second.version, 2)
      assert.deepEqual(await store.getCharter('acme'), second)
      assert.deepEqual(await store.getCharter('acme', 1), first)
      assert.equal(await store.getCharter('acme', 3), undefined)
      assert.deepEqual(await store.listCharterVersions('acme'), [
        { version: 2, updatedAt: new Date(T0 + HOUR), updatedBy: 'u1' },
        { version: 1, updatedAt: new Date(T0), updatedBy: 'u1' },
      ])
    }))

  test('charters are kept per workspace, each numbering its own versions', () =>
    use(async (store) => {
      await store.saveCharter(save('acme', ['a'], ['X-200'], T0))
      const other = await store.saveCharter(save('globex', ['b'], [], T0))
      assert.equal(other.version, 1)
      assert.deepEqual((await store.getCharter('globex'))?.confidentialTerms, [])
      assert.deepEqual((await store.getCharter('acme'))?.confidentialTerms, ['X-200'])
    }))

  test('purging a workspace deletes its charter versions, not another workspace’s', () =>
    use(async (store) => {
      await store.upsertWorkspace({ id: 'acme', name: 'Acme', createdAt: new Date(T0) })
      await store.saveCharter(save('acme', ['a'], [], T0))
      await store.saveCharter(save('globex', ['a'], [], T0))
      await store.purgeWorkspace('acme')
      assert.equal(await store.getCharter('acme'), undefined)
      assert.equal((await store.getCharter('globex'))?.version, 1)
    }))
}

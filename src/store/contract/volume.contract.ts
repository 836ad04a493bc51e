import assert from 'node:assert/strict'
import { test } from 'node:test'
import { buildMention, HOUR, MINUTE, T0 } from './build-mention.ts'
import type { UseStore } from './use-store.ts'

const at = (ms: number) => new Date(ms)

export const volumeContract = (use: UseStore) => {
  test('counts mentions per hour, with empty hours between from and to', () =>
    use(async (store) => {
      await store.saveMentions([
        buildMention({ id: 'a', at: T0 + 5 * MINUTE, sentiment: 'negative' }),
        buildMention({ id: 'b', at: T0 + 59 * MINUTE, sentiment: 'positive' }),
        buildMention({ id: 'c', at: T0 + 2 * HOUR, sentiment: 'neutral' }),
        buildMention({ id: 'd', at: T0 + 2 * HOUR + 1, sentiment: 'negative' }),
        buildMention({ id: 'late', at: T0 + 4 * HOUR }),
      ])
      const volume = await store.volume({ workspaceId: 'acme', from: at(T0), to: at(T0 + 4 * HOUR) })
      assert.deepEqual(volume, [
        { at: at(T0), total: 2, negative: 1, positive: 1 },
        { at: at(T0 + HOUR), total: 0, negative: 0, positive: 0 },
        { at: at(T0 + 2 * HOUR), total: 2, negative: 1, positive: 0 },
        { at: at(T0 + 3 * HOUR), total: 0, negative: 0, positive: 0 },
      ])
    }))

  test('buckets are aligned on multiples of their size and count only from `from` on', () =>
    use(async (store) => {
      await store.saveMentions([
        buildMention({ id: 'before', at: T0 + 10 * MINUTE }),
        buildMention({ id: 'after', at: T0 + 40 * MINUTE }),
      ])
      const volume = await store.volume({
        workspaceId: 'acme',
        from: at(T0 + 30 * MINUTE),
        to: at(T0 + 50 * MINUTE),
        bucketMs: 15 * MINUTE,
      })
      assert.deepEqual(volume, [
        { at: at(T0 + 30 * MINUTE), total: 1, negative: 0, positive: 0 },
        { at: at(T0 + 45 * MINUTE), total: 0, negative: 0, positive: 0 },
      ])
    }))

  test('counts a query only its own mentions', () =>
    use(async (store) => {
      await store.saveMentions([
        buildMention({ id: 'a', at: T0, queries: ['q1', 'q2'], sentiment: 'negative' }),
        buildMention({ id: 'b', at: T0 + 1, queries: ['q2'] }),
        buildMention({ id: 'c', at: T0 + 2 }),
      ])
      const volumeOf = async (queryId?: string) =>
        (
          await store.volume({
            workspaceId: 'acme',
            from: at(T0),
            to: at(T0 + HOUR),
            ...(queryId && { queryId }),
          })
        )[0]
      assert.deepEqual(await volumeOf('q1'), { at: at(T0), total: 1, negative: 1, positive: 0 })
      assert.deepEqual(await volumeOf('q2'), { at: at(T0), total: 2, negative: 1, positive: 0 })
      assert.deepEqual(await volumeOf('q3'), { at: at(T0), total: 0, negative: 0, positive: 0 })
      assert.deepEqual(await volumeOf(), { at: at(T0), total: 3, negative: 1, positive: 0 })
    }))

  test('refuses a bucket size that is not a whole positive number', () =>
    use(async (store) => {
      const input = { workspaceId: 'acme', from: at(T0), to: at(T0 + HOUR) }
      await assert.rejects(store.volume({ ...input, bucketMs: 0 }), { code: 'invalid' })
      await assert.rejects(store.volume({ ...input, bucketMs: 1.5 }), { code: 'invalid' })
    }))
}

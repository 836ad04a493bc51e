import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { SentimentCorrectionRecord, Store } from '../port.ts'
import { buildMention, HOUR, MINUTE, T0 } from './build-mention.ts'
import type { UseStore } from './use-store.ts'

const correction = (
  over: Partial<SentimentCorrectionRecord> & { mentionId: string },
): SentimentCorrectionRecord => ({
  workspaceId: 'acme',
  label: 'negative',
  text: `text of ${over.mentionId}`,
  lang: 'en',
  at: new Date(T0),
  ...over,
})

const negativeCount = async (store: Store, workspaceId: string, queryId?: string) => {
  const [bucket] = await store.volume({
    workspaceId,
    from: new Date(T0),
    to: new Date(T0 + HOUR),
    ...(queryId !== undefined && { queryId }),
  })
  return bucket?.negative
}

export const correctionsContract = (use: UseStore) => {
  test('corrections come back oldest first, with or without who made them', () =>
    use(async (store) => {
      const late = correction({ mentionId: 'm2', at: new Date(T0 + MINUTE), by: 'alice', label: 'positive' })
      const early = correction({ mentionId: 'm1', lang: 'fr', label: 'neutral' })
      await store.saveCorrection(late)
      await store.saveCorrection(early)
      assert.deepEqual(await store.listCorrections('acme'), [early, late])
      assert.deepEqual(await store.listCorrections('nope'), [])
    }))

  test("a mention's latest correction replaces its earlier one", () =>
    use(async (store) => {
      await store.saveCorrection(correction({ mentionId: 'm1', label: 'negative', by: 'alice' }))
      const latest = correction({ mentionId: 'm1', label: 'positive', at: new Date(T0 + HOUR) })
      await store.saveCorrection(latest)
      assert.deepEqual(await store.listCorrections('acme'), [latest])
    }))

  test("setting a mention's sentiment shows in reads, filters and volumes at once", () =>
    use(async (store) => {
      await store.saveMentions([buildMention({ id: 'm1', sentiment: 'positive', queries: ['q'] })])
      const sentiment = { label: 'negative', score: -0.7, confidence: 1 } as const
      await store.setMentionSentiment('acme', 'm1', sentiment)
      assert.deepEqual((await store.getMention('acme', 'm1'))?.analysis.sentiment, sentiment)
      const negatives = await store.listMentions({ workspaceId: 'acme', sentiment: 'negative' })
      assert.deepEqual(
        negatives.items.map((m) => m.id),
        ['m1'],
      )
      assert.equal((await store.listMentions({ workspaceId: 'acme', sentiment: 'positive' })).items.length, 0)
      assert.equal(await negativeCount(store, 'acme'), 1)
      assert.equal(await negativeCount(store, 'acme', 'q'), 1)
    }))

  test("a corrected sentiment shows in the query's overview and filtered lists, as in the workspace's", () =>
    use(async (store) => {
      await store.saveMentions([
        buildMention({ id: 'm1', sentiment: 'positive', queries: ['q'], author: { followers: 10 } }),
      ])
      await store.setMentionSentiment('acme', 'm1', { label: 'negative', score: -0.7, confidence: 1 })
      const range = { workspaceId: 'acme', from: new Date(T0), to: new Date(T0 + HOUR) }
      for (const queryId of [undefined, 'q']) {
        const [bucket] = (await store.aggregate({ ...range, queryId })).buckets
        assert.deepEqual(
          [bucket?.negative, bucket?.positive],
          [1, 0],
          `overview of ${queryId ?? 'workspace'}`,
        )
        for (const sort of ['newest', 'reach', 'engagement'] as const) {
          const listed = async (sentiment: 'negative' | 'positive') =>
            (await store.listMentions({ workspaceId: 'acme', queryId, sentiment, sort })).items.map(
              (m) => m.id,
            )
          assert.deepEqual(await listed('negative'), ['m1'], `${queryId ?? 'workspace'}, ${sort}`)
          assert.deepEqual(await listed('positive'), [], `${queryId ?? 'workspace'}, ${sort}`)
        }
      }
    }))

  test('setting the sentiment of an unknown mention is not_found', () =>
    use(async (store) => {
      const sentiment = { label: 'negative', score: -1, confidence: 1 } as const
      await assert.rejects(store.setMentionSentiment('acme', 'nope', sentiment), { code: 'not_found' })
    }))

  test("one workspace's corrections and corrected sentiments never show in another", () =>
    use(async (store) => {
      await store.saveMentions(
        ['a', 'b'].map((ws) =>
          buildMention({ id: 'same', workspaceId: ws, sentiment: 'positive', queries: ['q'] }),
        ),
      )
      await store.saveCorrection(correction({ workspaceId: 'a', mentionId: 'same' }))
      await store.setMentionSentiment('a', 'same', { label: 'negative', score: -0.6, confidence: 1 })
      assert.deepEqual(await store.listCorrections('b'), [])
      assert.equal((await store.getMention('b', 'same'))?.analysis.sentiment.label, 'positive')
      assert.equal(await negativeCount(store, 'b', 'q'), 0)
      await assert.rejects(
        store.setMentionSentiment('c', 'same', { label: 'neutral', score: 0, confidence: 1 }),
        { code: 'not_found' },
      )
      assert.equal((await store.listCorrections('a')).length, 1)
    }))

  test("purging a workspace deletes its corrections and keeps the others'", () =>
    use(async (store) => {
      for (const ws of ['a', 'b']) await store.saveCorrection(correction({ workspaceId: ws, mentionId: 'm' }))
      await store.purgeWorkspace('a')
      assert.deepEqual(await store.listCorrections('a'), [])
      assert.equal((await store.listCorrections('b')).length, 1)
    }))
}

import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { AnalyzedMention } from '../../core/index.ts'
import type { AggregateInput, Store } from '../port.ts'
import { buildMention, HOUR, MINUTE, T0 } from './build-mention.ts'
import type { UseStore } from './use-store.ts'

const DAY = 24 * HOUR
const EMOTIONS = ['anger', 'joy', 'fear'] as const
const TONES = ['negative', 'neutral', 'positive'] as const

/** Mentions every 37 minutes over three days, of varied tone, emotion, source and queries. */
const spread = (count: number): AnalyzedMention[] =>
  Array.from({ length: count }, (_, i) =>
    buildMention({
      id: `s${i}`,
      at: T0 + i * 37 * MINUTE + (i % 5) * 1000,
      sentiment: TONES[i % 3],
      emotions: i % 4 === 3 ? {} : { [EMOTIONS[i % 3]!]: 0.9 },
      source: ['rss', 'x', 'web'][i % 3 === 0 ? 0 : i % 2]!,
      queries: i % 2 ? ['q1'] : ['q1', 'q2'],
    }),
  )

// Ranges not aligned to hours (minutes and seconds at either end), with buckets of whole hours: read from the
// hourly counts and the edges' rows. Buckets of 30 minutes are read from the rows alone: the two must agree.
const inputs = (queryId?: string): AggregateInput[] => [
  {
    workspaceId: 'acme',
    queryId,
    from: new Date(T0 + 17 * MINUTE + 3000),
    to: new Date(T0 + 2 * DAY + 41 * MINUTE),
    bucketMs: HOUR,
  },
  {
    workspaceId: 'acme',
    queryId,
    from: new Date(T0 - 5 * MINUTE),
    to: new Date(T0 + 3 * DAY),
    bucketMs: DAY,
  },
  {
    workspaceId: 'acme',
    queryId,
    from: new Date(T0 + 90 * MINUTE),
    to: new Date(T0 + 50 * HOUR + 1),
    bucketMs: 6 * HOUR,
  },
]

export const countedHoursContract = (use: UseStore) => {
  const assertAsCounted = async (store: Store, input: AggregateInput, what: string) => {
    const counted = await store.aggregate(input)
    // buckets of 30 minutes cannot be read from the hours: summed two by two they give the hourly ones
    const byRows = await store.aggregate({ ...input, bucketMs: HOUR / 2 })
    const size = input.bucketMs ?? HOUR
    const regrouped = new Map<
      number,
      { total: number; negative: number; positive: number; anger: number; joy: number; fear: number }
    >()
    for (const b of byRows.buckets) {
      const at = Math.floor(b.at.getTime() / size) * size
      const r = regrouped.get(at) ?? { total: 0, negative: 0, positive: 0, anger: 0, joy: 0, fear: 0 }
      r.total += b.total
      r.negative += b.negative
      r.positive += b.positive
      for (const e of EMOTIONS) r[e] += b.emotions[e]
      regrouped.set(at, r)
    }
    assert.deepEqual(
      counted.buckets.map((b) => [
        b.at.getTime(),
        b.total,
        b.negative,
        b.positive,
        ...EMOTIONS.map((e) => b.emotions[e]),
      ]),
      [...regrouped.entries()].map(([at, r]) => [
        at,
        r.total,
        r.negative,
        r.positive,
        r.anger,
        r.joy,
        r.fear,
      ]),
      `buckets, ${what}`,
    )
    assert.ok(
      counted.buckets.some((b) => b.total > 0),
      what,
    )
    assert.deepEqual(counted.topSources, byRows.topSources, `sources, ${what}`)
    assert.deepEqual(counted.shareOfVoice, byRows.shareOfVoice, `share of voice, ${what}`)
  }

  const assertAll = async (store: Store, what: string) => {
    for (const queryId of [undefined, 'q1', 'q2'])
      for (const [k, input] of inputs(queryId).entries())
        await assertAsCounted(store, input, `${what}, ${queryId ?? 'workspace'} #${k}`)
  }

  const setUp = async (store: Store) => {
    for (const id of ['q1', 'q2'])
      await store.upsertQuery({ workspaceId: 'acme', id, brand: id, query: id, owned: [] })
    await store.saveMentions(spread(120))
  }

  test('the overview of whole hours and ragged edges equals the one counted from the mentions, for unaligned ranges', () =>
    use(async (store) => {
      await setUp(store)
      await assertAll(store, 'saved')
    }))

  test('mentions delivered again are not counted twice', () =>
    use(async (store) => {
      await setUp(store)
      const before = await store.aggregate(inputs()[1]!)
      assert.deepEqual(await store.saveMentions(spread(120)), { inserted: 0, duplicates: 120 })
      await store.saveMentions([...spread(3), ...spread(3)])
      assert.deepEqual(await store.aggregate(inputs()[1]!), before)
      await assertAll(store, 're-delivered')
    }))

  test('a sentiment correction moves the mention in the hourly counts, of the workspace and its queries', () =>
    use(async (store) => {
      await setUp(store)
      const input = inputs('q2')[1]!
      const before = await store.aggregate(input)
      await store.setMentionSentiment('acme', 's0', { label: 'positive', score: 0.7, confidence: 1 })
      await store.setMentionSentiment('acme', 's2', { label: 'positive', score: 0.7, confidence: 1 })
      const after = await store.aggregate(input)
      const negatives = (o: typeof before) => o.buckets.reduce((sum, b) => sum + b.negative, 0)
      const positives = (o: typeof before) => o.buckets.reduce((sum, b) => sum + b.positive, 0)
      assert.equal(negatives(after), negatives(before) - 1)
      assert.equal(positives(after), positives(before) + 1)
      await assertAll(store, 'corrected')
    }))

  test('a purge empties the hourly counts, and mentions saved again after it are counted once', () =>
    use(async (store) => {
      await setUp(store)
      await store.purgeWorkspace('acme')
      const empty = await store.aggregate(inputs()[1]!)
      assert.equal(
        empty.buckets.reduce((sum, b) => sum + b.total, 0),
        0,
      )
      await setUp(store)
      await assertAll(store, 'purged and saved again')
      const overview = await store.aggregate({
        workspaceId: 'acme',
        from: new Date(T0 - DAY),
        to: new Date(T0 + 4 * DAY),
        bucketMs: DAY,
      })
      assert.equal(
        overview.buckets.reduce((sum, b) => sum + b.total, 0),
        120,
      )
    }))
}

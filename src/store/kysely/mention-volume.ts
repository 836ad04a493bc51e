import { type Kysely, sql } from 'kysely'
import type { VolumeBucket } from '../port.ts'
import { type BucketCounts, fillVolumeBuckets, volumeBucketMs } from '../volume-buckets.ts'
import type { StoreTables } from './schema.ts'

export interface VolumeInput {
  workspaceId: string
  queryId?: string
  from: Date
  to: Date
  bucketMs?: number
}

/** Counts mentions created in [from, to) per bucket; a query's volume reads only its own index. */
export const mentionVolume = async (db: Kysely<StoreTables>, input: VolumeInput): Promise<VolumeBucket[]> => {
  const bucketMs = volumeBucketMs(input.from, input.to, input.bucketMs)
  const { queryId } = input
  const rows = await db
    .selectFrom(queryId === undefined ? 'mentions' : 'mention_queries')
    .where('workspace_id', '=', input.workspaceId)
    .$if(queryId !== undefined, (qb) => qb.where(sql.ref('query_id'), '=', queryId ?? ''))
    .where('created_at', '>=', input.from.getTime())
    .where('created_at', '<', input.to.getTime())
    // The cast floors the division (times are positive) whether the engine divides as integers or reals.
    .select((eb) => [
      eb.cast<number>(eb('created_at', '/', bucketMs), 'bigint').as('bucket'),
      eb.fn.countAll<number>().as('total'),
      eb.fn.countAll<number>().filterWhere('sentiment_label', '=', 'negative').as('negative'),
      eb.fn.countAll<number>().filterWhere('sentiment_label', '=', 'positive').as('positive'),
    ])
    .groupBy(sql.ref('bucket'))
    .execute()
  const counted = new Map<number, BucketCounts>(
    // PostgreSQL counts are bigint: Number() makes both engines' rows plain numbers.
    rows.map((r) => [
      Number(r.bucket) * bucketMs,
      { total: Number(r.total), negative: Number(r.negative), positive: Number(r.positive) },
    ]),
  )
  return fillVolumeBuckets(input.from, input.to, bucketMs, counted)
}

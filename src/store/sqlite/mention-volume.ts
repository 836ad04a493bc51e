import { type Kysely, sql } from 'kysely'
import type { VolumeBucket } from '../port.ts'
import { type BucketCounts, fillVolumeBuckets, volumeBucketMs } from '../volume-buckets.ts'
import type { SqliteSchema } from './schema.ts'

export interface VolumeInput {
  workspaceId: string
  queryId?: string
  from: Date
  to: Date
  bucketMs?: number
}

/** Counts mentions created in [from, to) per bucket; a query's volume reads only its own index. */
export const mentionVolume = async (
  db: Kysely<SqliteSchema>,
  input: VolumeInput,
): Promise<VolumeBucket[]> => {
  const bucketMs = volumeBucketMs(input.from, input.to, input.bucketMs)
  const { queryId } = input
  const rows = await db
    .selectFrom(queryId === undefined ? 'mentions' : 'mention_queries')
    .where('workspace_id', '=', input.workspaceId)
    .$if(queryId !== undefined, (qb) => qb.where(sql.ref('query_id'), '=', queryId ?? ''))
    .where('created_at', '>=', input.from.getTime())
    .where('created_at', '<', input.to.getTime())
    // Parameters bind as REAL, so the division is exact and the cast floors it (times are positive).
    .select((eb) => [
      eb.cast<number>(eb('created_at', '/', bucketMs), 'integer').as('bucket'),
      eb.fn.countAll<number>().as('total'),
      eb.fn.countAll<number>().filterWhere('sentiment_label', '=', 'negative').as('negative'),
      eb.fn.countAll<number>().filterWhere('sentiment_label', '=', 'positive').as('positive'),
    ])
    .groupBy((eb) => eb.cast(eb('created_at', '/', bucketMs), 'integer'))
    .execute()
  const counted = new Map<number, BucketCounts>(
    rows.map((r) => [r.bucket * bucketMs, { total: r.total, negative: r.negative, positive: r.positive }]),
  )
  return fillVolumeBuckets(input.from, input.to, bucketMs, counted)
}

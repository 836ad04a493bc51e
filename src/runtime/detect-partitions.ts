import { createHash } from 'node:crypto'
import { z } from 'zod'
import { busSubject } from '../bus/index.ts'
import { AnalyzedMention } from '../core/index.ts'
import type { Runtime } from './runtime.ts'

/**
 * Brand queries are spread over this many detection partitions: a detect worker holds whole partitions, so a
 * query is detected by one process at a time. Every process of an installation must agree on it.
 */
export const DETECT_PARTITIONS = 8

/** The partition of a workspace's brand query: stable, whatever process computes it. */
export const partitionOf = (workspaceId: string, queryId: string) =>
  createHash('sha1').update(`${workspaceId}\n${queryId}`).digest().readUInt32BE(0) % DETECT_PARTITIONS

/**
 * The cursor under which a workspace keeps where the detection of a partition stands (saved by the detect
 * workers, `createPartitionDetection`): not a source, so left out of the workspace's inputs.
 */
export const checkpointKey = (partition: number) => `detect-partition:${partition}`
export const isDetectCheckpoint = (cursor: string) => /^detect-partition:\d+$/.test(cursor)

/** What an analyze worker publishes on `mentions.<workspace>.<partition>` after storing a batch. */
export const AnalysedNotice = z.object({
  workspaceId: z.string().min(1),
  partition: z.number().int().min(0),
  mentions: z.array(AnalyzedMention),
  /** the raw batch's place in its publishing run, and this notice's part of it (a big batch takes several) */
  order: z
    .object({
      run: z.string().min(1),
      n: z.number().int().min(0),
      part: z.number().int().min(0),
      parts: z.number().int().min(1),
    })
    .optional(),
})
export type AnalysedNotice = z.infer<typeof AnalysedNotice>

export const analysedSubject = (workspaceId: string, partition: number) =>
  `${busSubject('mentions', workspaceId)}.${partition}`

// under NATS's 1 MiB default message limit even when every character takes two bytes
const MAX_NOTICE_CHARS = 384 * 1024

/**
 * Publishes stored mentions (fresh and already stored alike: a batch handled again after a crash must still
 * reach detection) to the partitions of the queries they matched, in messages of bounded size. A batch with
 * its place in a run goes to every partition, empty where it matched nothing, so that each partition sees
 * every number of the run and can put the batches back in order.
 */
export const publishAnalysed = async (
  rt: Runtime,
  workspaceId: string,
  mentions: readonly AnalyzedMention[],
  order?: { run: string; n: number },
): Promise<void> => {
  const byPartition = new Map<number, AnalyzedMention[]>()
  if (order) for (let p = 0; p < DETECT_PARTITIONS; p++) byPartition.set(p, [])
  for (const m of mentions) {
    const partitions = new Set(m.analysis.queries.map((q) => partitionOf(workspaceId, q)))
    for (const p of partitions) byPartition.set(p, [...(byPartition.get(p) ?? []), m])
  }
  for (const [partition, list] of byPartition) {
    const chunks: AnalyzedMention[][] = [[]]
    let chars = 0
    for (const m of list) {
      const size = JSON.stringify(m).length
      if (chars + size > MAX_NOTICE_CHARS && chunks.at(-1)!.length > 0) {
        chunks.push([])
        chars = 0
      }
      chunks.at(-1)!.push(m)
      chars += size
    }
    for (const [part, chunk] of chunks.entries()) {
      if (chunk.length === 0 && !order) continue
      const notice: AnalysedNotice = {
        workspaceId,
        partition,
        mentions: chunk,
        ...(order ? { order: { ...order, part, parts: chunks.length } } : {}),
      }
      await rt.bus.publish(analysedSubject(workspaceId, partition), notice)
    }
  }
}

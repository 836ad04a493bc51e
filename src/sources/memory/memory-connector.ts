import type { Mention } from '../../core/index.ts'
import type { Connector } from '../port.ts'

/**
 * Mentions already in memory (the demo stream, benchmarks, tests) as a connector; the cursor is the count
 * of mentions read, so a resumed read starts after them.
 */
export const createMemoryConnector = (mentions: readonly Mention[], kind = 'memory'): Connector => ({
  kind,
  async *read(cursor, signal) {
    for (let i = cursor ? Number(cursor) : 0; i < mentions.length && !signal.aborted; i++) {
      yield { mention: mentions[i]!, cursor: String(i + 1) }
    }
  },
})

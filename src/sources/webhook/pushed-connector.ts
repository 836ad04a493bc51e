import type { MentionField } from '../file/field-map.ts'
import { rowToMention } from '../file/row-to-mention.ts'
import type { Connector } from '../port.ts'

const readPath = (value: unknown, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>(
      (at, key) => (at !== null && typeof at === 'object' ? (at as Record<string, unknown>)[key] : undefined),
      value,
    )

/**
 * Mentions a tool pushed (the webhook intake): objects in the documented mention format, each read like a
 * line of a JSONL import (only `text` and `createdAt` required; an id derived when missing), each refused on
 * its own with its position and reason. The cursor is the count of items read.
 */
export const createPushedConnector = (items: readonly unknown[], defaultSource = 'webhook'): Connector => ({
  kind: 'webhook',
  async *read(cursor, signal) {
    for (let i = cursor ? Number(cursor) : 0; i < items.length && !signal.aborted; i++) {
      const value = items[i]
      const payload = JSON.stringify(value) ?? 'undefined'
      const next = String(i + 1)
      if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        yield {
          rejected: {
            reason: 'expected a JSON object',
            kind: 'expected a JSON object',
            payload,
            item: i + 1,
          },
          cursor: next,
        }
        continue
      }
      const result = rowToMention((field: MentionField) => readPath(value, field), { defaultSource })
      if (result.ok) yield { mention: result.mention, cursor: next }
      else
        yield {
          rejected: { reason: result.reason, kind: result.kind ?? result.reason, payload, item: i + 1 },
          cursor: next,
        }
    }
  },
})

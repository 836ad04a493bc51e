import { AppError } from '../core/index.ts'
import { type Connector, createPushedConnector, isValidSignature, type Rejection } from '../sources/index.ts'
import { ingest } from './ingest.ts'
import { publishRaw } from './publish-raw.ts'
import type { Runtime } from './runtime.ts'

/** A push holds at most this many mentions: a larger export goes through `vigie ingest`. */
export const MAX_PUSHED = 10_000

const itemsOf = (body: string): unknown[] => {
  let value: unknown
  try {
    value = JSON.parse(body)
  } catch (error) {
    throw new AppError(
      'invalid',
      `the body is not JSON (${error instanceof Error ? error.message : String(error)})`,
    )
  }
  const items = Array.isArray(value) ? value : (value as { mentions?: unknown } | null)?.mentions
  if (!Array.isArray(items))
    throw new AppError('invalid', 'expected a JSON array of mentions, or an object with a "mentions" array')
  if (items.length > MAX_PUSHED)
    throw new AppError(
      'invalid',
      `${items.length} mentions in one push: at most ${MAX_PUSHED}; send several pushes`,
    )
  return items
}

/** How long a push waits for an unreachable bus before it answers `unavailable` (the caller can push again). */
const PUSH_BUS_WAIT_MS = 10_000

/** The connector's items as they are, each refused one also noted in `rejected`. */
const noting = (connector: Connector, rejected: Rejection[]): Connector => ({
  kind: connector.kind,
  async *read(cursor, signal) {
    for await (const item of connector.read(cursor, signal)) {
      if ('rejected' in item) rejected.push(item.rejected)
      yield item
    }
  },
})

/**
 * Mentions pushed to a webhook source: the signature (HMAC-SHA256 of the raw body with the source's secret)
 * is checked first, then every item goes through analysis, the store and detection like an import; each bad
 * item is refused on its own, with its position and reason, and kept as a dead letter. With a bus
 * (`bus.url`) the items are published on `raw.<workspace>` for the analyze workers instead, as `vigie ingest`
 * does with a bus, and the answer counts what was published.
 */
export const pushMentions = async (
  rt: Runtime,
  input: { workspaceId: string; sourceId: string; body: string; signature: string | undefined },
) => {
  const source = await rt.store.getSource(input.workspaceId, input.sourceId)
  // an unknown source and a wrong signature get the same answer: nothing to learn by guessing
  if (
    source?.kind !== 'webhook' ||
    !source.secret ||
    !isValidSignature(source.secret, input.body, input.signature)
  )
    throw new AppError(
      'unauthenticated',
      'unknown webhook source or bad signature: sign the raw body with the source secret (X-Vigie-Signature: sha256=<hex HMAC-SHA256>)',
    )
  if (!source.enabled) throw new AppError('forbidden', `the webhook source ${source.id} is disabled`)
  const connector = createPushedConnector(
    itemsOf(input.body),
    typeof source.options.source === 'string' ? source.options.source : 'webhook',
  )
  if (rt.config.bus.url !== undefined) return publishPushed(rt, input.workspaceId, source.id, connector)
  const summary = await ingest({
    rt,
    workspaceId: input.workspaceId,
    connector,
    sourceKey: `webhook:${source.id}`,
    fromStart: true,
    detect: true,
  })
  await rt.store.recordSourceRun({
    workspaceId: input.workspaceId,
    sourceId: source.id,
    at: rt.clock.now(),
    stored: summary.stored,
    rejected: summary.rejectedCount,
  })
  return {
    read: summary.read,
    stored: summary.stored,
    duplicates: summary.duplicates,
    skipped: summary.skipped,
    rejected: summary.rejected.map((r) => ({ item: r.item, reason: r.reason })),
  }
}

/** A push with a bus: its items go to the analyze workers; the answer says how many were published and refused. */
const publishPushed = async (rt: Runtime, workspaceId: string, sourceId: string, connector: Connector) => {
  const rejected: Rejection[] = []
  const published = await publishRaw({
    rt,
    workspaceId,
    connector: noting(connector, rejected),
    sourceKey: `webhook:${sourceId}`,
    fromStart: true,
    outage: { limitMs: PUSH_BUS_WAIT_MS },
  })
  await rt.store.recordSourceRun({
    workspaceId,
    sourceId,
    at: rt.clock.now(),
    stored: published.mentions,
    rejected: published.rejected,
  })
  return {
    read: published.read,
    published: published.mentions,
    rejected: rejected.map((r) => ({ item: r.item, reason: r.reason })),
  }
}

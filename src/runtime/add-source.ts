import { randomBytes } from 'node:crypto'
import { z } from 'zod'
import { AppError, Id, parseEvery, type SourceDefinition, SourceKind } from '../core/index.ts'
import { checkUrl, newWebhookSecret } from '../sources/index.ts'
import type { Runtime } from './runtime.ts'
import { connectorFor } from './source-registry.ts'

export const NewSource = z
  .object({
    id: Id.optional(),
    kind: SourceKind,
    url: z.string().max(2000).optional(),
    options: z.record(z.string(), z.unknown()).default({}),
    /** `30s`, `5m`, `1h`, `1d`; 5 minutes by default, at least 30 s */
    every: z.string().max(20).optional(),
    enabled: z.boolean().default(true),
  })
  .strict()
export type NewSource = z.input<typeof NewSource>

const everyMsOf = (every: string | undefined): number => {
  if (every === undefined) return 300_000
  const ms = parseEvery(every)
  if (ms === undefined || ms < 30_000 || ms > 7 * 86_400_000)
    throw new AppError(
      'invalid',
      `every: "${every}" is not a period between 30s and 7d (like 30s, 5m, 1h, 1d)`,
    )
  return ms
}

/**
 * Declares a source of a workspace, checked before it is stored: its URL (http(s), not a private address
 * unless allowed), its period, and its options by the connector itself. A webhook gets a random secret, the
 * key its senders sign with, returned this once (a webhook declared again keeps its key). Replaces a source
 * of the same id.
 */
export const addSource = async (
  rt: Pick<Runtime, 'store' | 'clock' | 'config'>,
  workspaceId: string,
  input: NewSource,
): Promise<{ source: SourceDefinition; secret?: string }> => {
  const given = NewSource.parse(input)
  if (!(await rt.store.getWorkspace(workspaceId)))
    throw new AppError('not_found', `no workspace ${workspaceId}`)
  const policy = { allowHosts: rt.config.network.allowHosts }
  if (given.url !== undefined) checkUrl(given.url, policy)
  const source: SourceDefinition = {
    id: given.id ?? `${given.kind}-${randomBytes(4).toString('hex')}`,
    workspaceId,
    kind: given.kind,
    ...(given.url !== undefined ? { url: given.url } : {}),
    options: given.options,
    everyMs: everyMsOf(given.every),
    enabled: given.enabled,
    createdAt: rt.clock.now(),
  }
  if (source.kind !== 'webhook') {
    const queries = await rt.store.listQueries(workspaceId)
    // the connector checks its own options and says what is wrong; it reads nothing yet
    const made = connectorFor(source, { policy, queries, env: {}, checking: true })
    if (typeof made === 'string') throw new AppError('invalid', made)
    await rt.store.saveSource(source)
    return { source }
  }
  // declared again (the config file at each start, a replaced source): the senders' key stays
  const existing = await rt.store.getSource(workspaceId, source.id)
  if (existing?.kind === 'webhook' && existing.secret) {
    await rt.store.saveSource({ ...source, createdAt: existing.createdAt, secret: existing.secret })
    return { source: { ...source, createdAt: existing.createdAt } }
  }
  const secret = newWebhookSecret()
  await rt.store.saveSource({ ...source, secret })
  return { source, secret }
}

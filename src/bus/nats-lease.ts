import type { JetStreamClient, JetStreamManager } from '@nats-io/jetstream'
import { nanos, nuid } from '@nats-io/transport-node'
import { checkLeaseKey, errorMessage, type Lease } from './port.ts'

export interface NatsLeases {
  lease(key: string): Promise<Lease | undefined>
  leased(prefix: string): Promise<string[]>
  /** Lets every lease of this bus go (the bus closes). */
  releaseAll(): Promise<void>
}

/** `VIGIE_LEASES`: one message per held key, the holder's; a key whose message aged out is free. */
export const natsLeaseStream = (prefix: string) => `${prefix}_LEASES`.toUpperCase()

/**
 * Leases on a JetStream stream that keeps one message per subject for `ttlMs`: taking a key publishes on it
 * expecting no message there (the server refuses it otherwise), renewing publishes expecting the holder's
 * own last one, every third of `ttlMs`. A holder that misses its renewals for `ttlMs` lets the message age
 * out, and another can take the key; it learns so at its next renewal (refused) or when `ttlMs` has passed
 * since its last renewal, whichever comes first, and its `lost` signal is aborted.
 */
export const createNatsLeases = async (deps: {
  js: JetStreamClient
  jsm: JetStreamManager
  prefix: string
  ttlMs: number
}): Promise<NatsLeases> => {
  const stream = natsLeaseStream(deps.prefix)
  const config = {
    subjects: [`${deps.prefix}.leases.>`],
    max_age: nanos(deps.ttlMs),
    max_msgs_per_subject: 1,
  }
  const exists = await deps.jsm.streams.info(stream).then(
    () => true,
    () => false,
  )
  if (exists) await deps.jsm.streams.update(stream, config)
  else await deps.jsm.streams.add({ name: stream, ...config })
  const holder = nuid.next()
  const held = new Set<Lease>()
  const subjectOf = (key: string) => `${deps.prefix}.leases.${key}`
  const put = async (key: string, last: number) =>
    (await deps.js.publish(subjectOf(key), holder, { expect: { lastSubjectSequence: last } })).seq

  return {
    async lease(key) {
      checkLeaseKey(key)
      let seq: number
      try {
        seq = await put(key, 0)
      } catch (error) {
        if (/wrong last sequence/i.test(errorMessage(error))) return undefined
        throw error
      }
      const lost = new AbortController()
      let renewedAt = Date.now()
      const renew = async () => {
        try {
          seq = await put(key, seq)
          renewedAt = Date.now()
        } catch (error) {
          if (/wrong last sequence/i.test(errorMessage(error)) || Date.now() - renewedAt >= deps.ttlMs) end()
        }
      }
      const timer = setInterval(() => void renew(), Math.max(100, deps.ttlMs / 3))
      const end = () => {
        clearInterval(timer)
        held.delete(lease)
        lost.abort()
      }
      const lease: Lease = {
        key,
        lost: lost.signal,
        async release() {
          if (lost.signal.aborted) return
          end()
          await deps.jsm.streams.deleteMessage(stream, seq, false).catch(() => {})
        },
      }
      held.add(lease)
      return lease
    },
    async leased(prefix) {
      const info = await deps.jsm.streams.info(stream, { subjects_filter: `${subjectOf(prefix)}.>` })
      const keys = Object.keys(info.state.subjects ?? {}).map((s) => s.slice(subjectOf('').length))
      return keys.sort()
    },
    async releaseAll() {
      await Promise.all([...held].map((lease) => lease.release()))
    },
  }
}

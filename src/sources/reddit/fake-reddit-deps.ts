import type { Connector, SourceItem } from '../port.ts'
import type { FakeReddit } from './fake-reddit-server.ts'
import { T0 } from './fake-reddit-server.ts'
import { createRedditConnector } from './reddit-connector.ts'
import type { RedditSourceInput } from './reddit-source-options.ts'

/** A clock an hour after the fake posts begin, moved by the waits instead of waiting. */
export const testClock = () => {
  const c = {
    t: (T0 + 3600) * 1000,
    sleeps: [] as number[],
    now: () => c.t,
    sleep: async (ms: number) => {
      c.sleeps.push(Math.round(ms))
      c.t += ms
    },
  }
  return c
}

/** A Reddit connector pointed at the fake server, allowed to reach 127.0.0.1. */
export const connectTo = (
  fake: FakeReddit,
  options: Partial<RedditSourceInput>,
  clock = testClock(),
): Connector =>
  createRedditConnector(
    { baseUrl: fake.base, userAgent: 'test:vigie:1.0 (by /u/tester)', ...options },
    { policy: { allowHosts: ['127.0.0.1'] }, now: clock.now, sleep: clock.sleep, random: () => 0.5 },
  )

/** Every item of one read (or the first `max`, then the read is stopped as the runtime would). */
export const readItems = async (connector: Connector, cursor?: string, max = Infinity) => {
  const items: SourceItem[] = []
  const stop = new AbortController()
  for await (const item of connector.read(cursor, stop.signal)) {
    items.push(item)
    if (items.length >= max) {
      stop.abort()
      break
    }
  }
  return items
}

/** Mention ids, `rejected` for a rejection. */
export const idsOf = (items: SourceItem[]) =>
  items.map((i) => ('mention' in i ? i.mention.id.replace(/^reddit:/, '') : 'rejected'))

import type { Connector } from '../port.ts'
import { createMastodonClient } from './mastodon-client.ts'
import { parseCursor } from './mastodon-cursor.ts'
import { defaultDeps, type MastodonDeps } from './mastodon-deps.ts'
import { type MastodonSourceInput, MastodonSourceOptions } from './mastodon-source-options.ts'
import { type ReadContext, SeenIds } from './read-context.ts'
import { readLive } from './read-live.ts'
import { readRest } from './read-rest.ts'
import { liveChannels, restStreams } from './stream-plan.ts'

/**
 * One Mastodon instance as a connector: its hashtag timelines, public timeline, keyword searches and the
 * brand's own accounts, through the REST API, oldest first, resuming from the newest status id delivered
 * per stream; with `stream: true`, then live through the streaming API until aborted.
 */
export const createMastodonConnector = (
  input: MastodonSourceInput,
  deps: Partial<MastodonDeps> = {},
): Connector => {
  const options = MastodonSourceOptions.parse(input)
  const full = defaultDeps(deps)
  const client = createMastodonClient(options.instance, options.accessToken, full)
  const accountIds = new Map<string, string>()
  const streams = restStreams(options)
  return {
    kind: 'mastodon',
    async *read(cursor, signal) {
      const ctx: ReadContext = {
        client,
        deps: full,
        options,
        host: new URL(options.instance).host,
        positions: parseCursor(cursor),
        seen: new SeenIds(),
        accountIds,
        signal,
      }
      try {
        if (options.stream) yield* readLive(ctx, streams, liveChannels(options))
        else yield* readRest(ctx, streams)
      } catch (error) {
        if (!signal.aborted) throw error
      }
    },
  }
}

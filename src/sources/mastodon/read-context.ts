import type { MastodonClient } from './mastodon-client.ts'
import type { Positions } from './mastodon-cursor.ts'
import type { MastodonDeps } from './mastodon-deps.ts'
import type { MastodonSourceOptions } from './mastodon-source-options.ts'

/** Status ids delivered during one read, the last few thousand: a status met twice is delivered once. */
export class SeenIds {
  readonly #ids = new Set<string>()
  constructor(private readonly max = 10_000) {}
  /** true the first time an id is met */
  firstTime(id: string): boolean {
    if (this.#ids.has(id)) return false
    this.#ids.add(id)
    if (this.#ids.size > this.max) this.#ids.delete(this.#ids.values().next().value!)
    return true
  }
}

/** The state of one read of one instance. */
export interface ReadContext {
  client: MastodonClient
  deps: MastodonDeps
  options: MastodonSourceOptions
  /** the instance's host, which names its status ids */
  host: string
  /** advanced as statuses are delivered; every item's cursor is a snapshot of it */
  positions: Positions
  seen: SeenIds
  /** `acct` → account id, looked up once per connector */
  accountIds: Map<string, string>
  signal: AbortSignal
}

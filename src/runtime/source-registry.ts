import { compileQueries } from '../analysis/index.ts'
import type { BrandQuery, OwnedAccount, SourceDefinition, SourceKind } from '../core/index.ts'
import {
  type Connector,
  createBlueskyConnector,
  createMastodonConnector,
  createRedditConnector,
  createRssConnector,
  type NetPolicy,
} from '../sources/index.ts'
import { resolveSourceSecrets } from './source-secrets.ts'

/** What a connector gets besides its own options: the network policy and the workspace's brand queries. */
export interface ConnectorDeps {
  policy: NetPolicy
  queries: readonly BrandQuery[]
  /** where credentials named by an option (`appPasswordEnv`…) are looked up */
  env: Readonly<Record<string, string | undefined>>
  /** the workspace's owned accounts: those on the source's network are read too */
  ownedAccounts?: readonly OwnedAccount[]
  /** likes, reposts and replies a stream counts on the posts it delivered (totals since it started) */
  onEngagement?: (totals: { id: string; likes: number; reposts: number; replies: number }) => void
  /** only checking the options (a source being declared): credentials by reference need not be set */
  checking?: boolean
}

type Factory = (source: SourceDefinition, deps: ConnectorDeps) => Connector

/**
 * A source's URL goes to the option its connector names it by; the workspace's owned accounts on the
 * source's network join its `accounts` (a Bluesky account by its DID when known), so their posts are read too.
 */
const withUrl = (source: SourceDefinition, key: string, deps: ConnectorDeps) => {
  const owned = (deps.ownedAccounts ?? [])
    .filter((a) => a.network === source.kind)
    .map((a) => (source.kind === 'bluesky' ? (a.id ?? a.handle) : a.handle))
  const declared = Array.isArray(source.options.accounts) ? source.options.accounts : []
  return {
    ...resolveSourceSecrets(source.kind, source.options, deps.env, deps.checking),
    ...(source.url !== undefined ? { [key]: source.url } : {}),
    ...(owned.length > 0 ? { accounts: [...new Set([...declared, ...owned])] } : {}),
  }
}

/** The text filter a firehose connector applies before anything is stored: the workspace's brand queries. */
const matcherOf = (queries: readonly BrandQuery[]) => {
  const matcher = compileQueries(queries)
  return (text: string) => matcher.match({ text, author: { handle: '' } }).length > 0
}

/**
 * The connectors Vigie polls or streams, one per kind (webhooks push and need none): a new kind does not
 * compile until its connector is here.
 */
export const CONNECTORS: Record<Exclude<SourceKind, 'webhook'>, Factory> = {
  mastodon: (source, deps) =>
    createMastodonConnector(withUrl(source, 'instance', deps) as never, { policy: deps.policy }),
  rss: (source, deps) =>
    createRssConnector(withUrl(source, 'url', { ...deps, ownedAccounts: [] }) as never, {
      policy: deps.policy,
    }),
  reddit: (source, deps) =>
    createRedditConnector(withUrl(source, 'baseUrl', deps) as never, { policy: deps.policy }),
  bluesky: (source, deps) =>
    createBlueskyConnector(withUrl(source, 'jetstream', deps) as never, {
      policy: deps.policy,
      matches: matcherOf(deps.queries),
      env: deps.env,
      ...(deps.onEngagement ? { onEngagement: deps.onEngagement } : {}),
    }),
}

export const connectorFor = (source: SourceDefinition, deps: ConnectorDeps): Connector | string => {
  if (source.kind === 'webhook') return 'a webhook source is pushed to (POST …/ingest), not read'
  return CONNECTORS[source.kind](source, deps)
}

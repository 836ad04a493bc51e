import { z } from 'zod'

/**
 * The network an owned account lives on: a connector kind (`mastodon`, `bluesky`, `reddit`, `rss`) or the
 * source name a file import gives its mentions (`twitter`, `facebook`…). A mention is compared with the
 * accounts of its own `source`.
 */
export const OwnedNetwork = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9][a-z0-9_.-]*$/, 'lowercase letters, digits, dot, dash or underscore')

/** One of the brand's own accounts in a workspace: its posts are "owned" whatever source brought them. */
export const OwnedAccount = z.object({
  network: OwnedNetwork,
  /** without a leading `@`; compared in lower case (`acme@mastodon.social`, `acme.bsky.social`, `acme`) */
  handle: z
    .string()
    .trim()
    .min(1)
    .max(256)
    .transform((h) => h.replace(/^@/, '').toLowerCase()),
  /** the network's own id when known (a Bluesky DID, a Mastodon account id): matched too */
  id: z.string().min(1).max(256).optional(),
})
export type OwnedAccount = z.infer<typeof OwnedAccount>

/**
 * `network:handle` (as the CLI and the config write it) → an owned account; the handle may carry an `@`.
 * Throws a readable message when the form is wrong.
 */
export const parseOwnedAccount = (text: string): OwnedAccount => {
  const at = text.indexOf(':')
  if (at <= 0 || at === text.length - 1)
    throw new Error(`"${text}" is not network:handle (e.g. mastodon:acme@mastodon.social)`)
  return OwnedAccount.parse({ network: text.slice(0, at).trim().toLowerCase(), handle: text.slice(at + 1) })
}

/** The key an account is unique by in a workspace. */
export const ownedAccountKey = (a: Pick<OwnedAccount, 'network' | 'handle'>): string =>
  `${a.network}:${a.handle}`

const hostOf = (url: string | undefined): string | undefined => {
  if (url === undefined) return undefined
  try {
    return new URL(url).hostname.toLowerCase()
  } catch {
    return undefined
  }
}

/** `acme@mastodon.social` as the instance itself shows it: `acme` on a post of mastodon.social. */
const isLocalForm = (owned: string, handle: string, host: string | undefined) => {
  const at = owned.indexOf('@')
  return at > 0 && host !== undefined && owned.slice(0, at) === handle && owned.slice(at + 1) === host
}

/**
 * Whether a post's author is one of these accounts on the post's network (its `source`). Handles compare in
 * lower case without `@`, or by the network's id when the account has one; a Mastodon instance names its
 * own users without their domain, so `acme@mastodon.social` also matches `acme` on a post of that instance.
 */
export const isOwnedMention = (
  accounts: readonly OwnedAccount[],
  mention: { source: string; url?: string | undefined; author: { id: string; handle: string } },
): boolean => {
  if (accounts.length === 0) return false
  const handle = mention.author.handle.replace(/^@/, '').toLowerCase()
  let host: string | undefined
  for (const a of accounts) {
    if (a.network !== mention.source) continue
    if (a.handle === handle || (a.id !== undefined && a.id === mention.author.id)) return true
    if (!handle.includes('@')) {
      host ??= hostOf(mention.url)
      if (isLocalForm(a.handle, handle, host)) return true
    }
  }
  return false
}

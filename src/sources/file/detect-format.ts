import type { FileFormat } from './file-connector.ts'

type Json = Record<string, unknown>

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)

/** The network whose API returns a document of this shape; undefined for a mention or an unknown shape. */
const networkOf = (doc: unknown): FileFormat | undefined => {
  const first = Array.isArray(doc) ? doc[0] : doc
  if (!isObject(first)) return undefined
  if (first.kind === 'Listing' || first.kind === 't3' || first.kind === 't1') return 'reddit'
  if (Array.isArray(first.posts) || Array.isArray(first.feed)) return 'bluesky'
  if (typeof first.uri === 'string' && first.uri.startsWith('at://')) return 'bluesky'
  if ('includes' in first || 'author_id' in first || 'public_metrics' in first) return 'twitter-v2'
  const tweet = Array.isArray(first.data) ? first.data[0] : undefined
  if (isObject(tweet) && ['author_id', 'edit_history_tweet_ids', 'public_metrics'].some((k) => k in tweet))
    return 'twitter-v2'
  if (Array.isArray(first.statuses)) return 'mastodon'
  if (isObject(first.account) && typeof first.content === 'string') return 'mastodon'
  return undefined
}

/** Shapes told apart by their keys when the first document is not on one line (a pretty-printed file). */
const SIGNS: [FileFormat, RegExp][] = [
  ['reddit', /"kind"\s*:\s*"(Listing|t3|t1)"/],
  ['bluesky', /"uri"\s*:\s*"at:\/\//],
  ['twitter-v2', /"(author_id|edit_history_tweet_ids)"\s*:/],
  ['mastodon', /"(acct|in_reply_to_account_id|reblogs_count)"\s*:/],
]

const parse = (text: string): unknown => {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

/**
 * The format of an uploaded file from its name and its first bytes: `.csv` or a first line that is not
 * JSON is CSV; JSON is a network's export when it has that network's shape, else JSONL in the mention
 * format. A guess for the dashboard to show and the user to change; the CLI's `--format` stays explicit.
 */
export const detectFormat = (name: string, head: string): FileFormat => {
  const text = head.replace(/^\uFEFF/, '').trimStart()
  if (name.toLowerCase().endsWith('.csv') || !/^[[{]/.test(text)) return 'csv'
  const firstLine = text.split('\n', 1)[0]!.trim()
  const doc = parse(firstLine) ?? parse(text)
  if (doc !== undefined) return networkOf(doc) ?? 'jsonl'
  return SIGNS.find(([, sign]) => sign.test(text))?.[0] ?? 'jsonl'
}

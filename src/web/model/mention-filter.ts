import { CAUSES, EMOTIONS, LANGS, MENTION_SORTS, SENTIMENT_LABELS } from '../../core/vocabulary.ts'
import { RANGE_KEYS, rangeWindow } from './time-range.ts'

/** Every filter of the mention list, as the form and the URL hold them (text; '' for none). */
export interface MentionFilter {
  q: string
  query: string
  sentiment: string
  range: string
  source: string
  lang: string
  emotion: string
  cause: string
  author: string
  minReach: string
  owned: string
  sort: string
}

export const NO_FILTER: MentionFilter = {
  q: '',
  query: '',
  sentiment: '',
  range: '7d',
  source: '',
  lang: '',
  emotion: '',
  cause: '',
  author: '',
  minReach: '',
  owned: '',
  sort: '',
}

const oneOf =
  (allowed: readonly string[]) =>
  (v: string): boolean =>
    allowed.includes(v)
const anyText = (v: string) => v.length <= 500

/** What a value read from a shared link may be; anything else is dropped rather than sent to the server. */
const VALID: Record<keyof MentionFilter, (v: string) => boolean> = {
  q: anyText,
  query: anyText,
  sentiment: oneOf(SENTIMENT_LABELS),
  range: oneOf([...RANGE_KEYS, 'all']),
  source: anyText,
  lang: oneOf(LANGS),
  emotion: oneOf(EMOTIONS),
  cause: oneOf(CAUSES),
  author: anyText,
  minReach: (v) => /^\d{1,12}$/.test(v),
  owned: oneOf(['true', 'false']),
  sort: oneOf(MENTION_SORTS),
}
const KEYS = Object.keys(NO_FILTER) as (keyof MentionFilter)[]

/** The filter a URL's parameters describe (unknown or invalid ones ignored). */
export const filterFromSearch = (search: string): MentionFilter => {
  const params = new URLSearchParams(search)
  const filter = { ...NO_FILTER }
  for (const key of KEYS) {
    const value = params.get(key)?.trim()
    if (value && VALID[key](value)) filter[key] = value
  }
  return filter
}

/** The URL parameters of a filter: only what differs from no filter, in a stable order. */
export const searchOfFilter = (filter: MentionFilter): string =>
  new URLSearchParams(
    KEYS.filter((k) => filter[k].trim() !== NO_FILTER[k]).map((k) => [k, filter[k].trim()]),
  ).toString()

/** The API parameters of a filter: the period becomes `from`, ending at the server's now. */
export const apiParamsOf = (filter: MentionFilter, now: Date): Record<string, string | undefined> => {
  const { range, ...rest } = filter
  const key = RANGE_KEYS.find((k) => k === range)
  return {
    ...Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, v.trim() || undefined])),
    from: key ? rangeWindow(key, now).from : undefined,
  }
}

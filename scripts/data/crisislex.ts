/**
 * CrisisLex mappers (Olteanu et al., sajao/CrisisLex): T26 labelled tweets (text) dated by the event's
 * `tweetids_entire_period.csv`, and T6 on/off-topic tweets dated by their snowflake id. Neither gives the
 * author, so rows carry none (Vigie's unknown author).
 */
import { csvRecords, parseCsv } from './csv.ts'
import type { MentionRow } from './mention-row.ts'

const TWITTER_EPOCH = 1288834974657n

/** The creation time a tweet id (snowflake, from November 2010 on) carries, as ISO 8601. */
export const snowflakeTime = (id: string): string =>
  new Date(Number((BigInt(id) >> 22n) + TWITTER_EPOCH)).toISOString()

const cleanId = (raw: string) => raw.trim().replace(/^'+|'+$/g, '')

const row = (id: string, createdAt: string, text: string): MentionRow => ({
  id,
  source: 'twitter',
  createdAt,
  text,
  url: `https://twitter.com/i/web/status/${id}`,
})

/** `Timestamp, Tweet-ID, Included(Y/N)` → tweet id → ISO time. */
export const t26Times = (csv: string): Map<string, string> => {
  const times = new Map<string, string>()
  for (const [stamp, id] of parseCsv(csv).slice(1))
    if (stamp && id) times.set(cleanId(id), new Date(stamp).toISOString())
  return times
}

/** T26 `Tweet ID, Tweet Text, …` rows as mentions; a tweet missing from the timestamps gets its snowflake time. */
export const t26Mentions = (labelled: string, times: Map<string, string>): MentionRow[] =>
  csvRecords(labelled)
    .filter((r) => /^\d+$/.test(cleanId(r['Tweet ID'] ?? '')))
    .map((r) => {
      const id = cleanId(r['Tweet ID']!)
      return row(id, times.get(id) ?? snowflakeTime(id), r['Tweet Text'] ?? '')
    })

/** T6 `tweet id, tweet, label` rows (on- and off-topic alike: the brand query decides) as mentions. */
export const t6Mentions = (csv: string): MentionRow[] =>
  parseCsv(csv)
    .slice(1)
    .filter((r) => /^\d+$/.test(cleanId(r[0] ?? '')))
    .map((r) => row(cleanId(r[0]!), snowflakeTime(cleanId(r[0]!)), r[1] ?? ''))

/** A brand query from CrisisLex keywords: hashtags stay tags, several words become a phrase, joined by OR. */
export const keywordQuery = (keywords: readonly string[]): string => {
  const terms = keywords.map((k) => k.trim()).filter((k) => k !== '')
  const mapped = terms.map((k) =>
    /\s/.test(k) ? `"${k.replace(/#/g, '').replace(/"/g, '')}"` : k.startsWith('#') ? k : k.replace(/"/g, ''),
  )
  return [...new Set(mapped)].join(' OR ')
}

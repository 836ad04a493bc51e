// What a brand profile is made of. Why a plain data record: every profile is
// a set of knobs over one shared model (volume, rhythm, audience, sources,
// languages, traps and crisis styles), so adding a brand adds no code.

import type { CalendarId, Season } from './calendar.ts'
import type { TimeZone } from './local-time.ts'
import type { RhythmKind } from './rhythm.ts'
import type { Cause, Lang } from './types.ts'

export interface QuerySpec {
  id: string
  query: string
  owned: string[]
  /** surface forms written into texts; each must match the query */
  forms: string[]
  /** share of ordinary posts that talk about this query's subject */
  weight: number
}

export type Stance = 'praise' | 'complaint' | 'question' | 'neutral' | 'ad' | 'news'

/** Fields a source's export lacks for this brand (real exports are uneven). */
export type OmitField = 'followers' | 'metrics' | 'name' | 'url' | 'lang' | 'verified'

export type CrisisStyle = 'fast' | 'medium' | 'slow' | 'emerging' | 'sparse' | 'news_accident'

export type TrapKind =
  | 'earnings'
  | 'launch'
  | 'sponsorship'
  | 'tv_ad'
  | 'giveaway'
  | 'bot_spam'
  | 'crypto_spam'
  | 'status_bot'
  | 'celebrity'
  | 'meme'
  | 'outage'
  | 'duplicates'
  | 'syndication'
  | 'market_open'
  | 'growth'
  | 'finale'
  | 'heartwarming'

export interface BrandProfile {
  id: string
  summary: string
  brand: { id: string; name: string; handles: string[] }
  queries: QuerySpec[]
  sector: string
  tz: TimeZone
  calendar: CalendarId
  /** mean ordinary posts per day before seasons, trends and events */
  perDay: number
  rhythm: RhythmKind
  /** Monday..Sunday relative volume */
  weekly: number[]
  /** weekly live show: local start hour, duration, rate multiplier */
  airTime?: { weekdays: number[]; hour: number; minutes: number; mult: number }
  langs: Partial<Record<Lang, number>>
  sources: Record<string, number>
  /** shares of all ordinary posts that are reposts / replies */
  repostShare: number
  replyShare: number
  stances: Record<Stance, number>
  /** posts per day by the brand's own accounts (offers, news) */
  brandPostsPerDay: number
  /** probability that the brand answers a complaint */
  answerRate: number
  omit: Record<string, OmitField[]>
  seasons: Season[]
  holidayFactor: number
  /** probability that a 30-day window holds no crisis */
  quietChance: number
  crisisStyles: Partial<Record<CrisisStyle, number>>
  causes: Partial<Record<Cause, number>>
  /** relative frequency of harmless bursts; expected count per 30 days is trapsPerMonth */
  traps: Partial<Record<TrapKind, number>>
  trapsPerMonth: number
  /** language brought by a new market, if the brand expands */
  newMarketLang?: Lang
  /** subreddit / forum names used in urls and titles */
  communities: string[]
  /** day-to-day volatility of ordinary volume (log sd) */
  dailyNoise: number
}

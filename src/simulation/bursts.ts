import type { BurstKind } from './events.ts'
import type { Family } from './family.ts'
import { NEWS } from './templates-baseline.ts'
import * as T from './templates-bursts.ts'

/** How a harmless burst is told: who starts it, what the crowd says, who the crowd is. */
export interface BurstStyle {
  description: string
  /** the post that starts it; `share` is the part of the burst drawn as its direct reshares and replies */
  origin?: { by: 'brand' | 'news' | 'creator'; family: Family; share: number }
  crowd: readonly { family: Family; weight: number }[]
  /** share of the crowd's posts written as replies to the origin */
  replyShare: number
  /** the regular crowd, brand-new accounts with no followers, or both */
  authors: 'crowd' | 'bots' | 'mixed'
  hashtags: readonly string[]
  /** French share of the crowd (the rest writes in English) */
  fr: number
}

export const BURSTS: Record<BurstKind, BurstStyle> = {
  product_launch: {
    description: 'the brand launches a new box: news coverage, excitement, a few grumbles about the price',
    origin: { by: 'brand', family: T.LAUNCH_ANNOUNCE, share: 0.2 },
    crowd: [
      { family: T.LAUNCH_CROWD, weight: 6 },
      { family: T.LAUNCH_DOUBT, weight: 2 },
      { family: T.LAUNCH_NEWS, weight: 0.6 },
      { family: NEWS, weight: 0.2 },
    ],
    replyShare: 0.25,
    authors: 'crowd',
    hashtags: ['#CometeBox2', '#Telecomete'],
    fr: 0.9,
  },
  sponsorship: {
    description:
      'a sports final the brand sponsors: an evening of match chatter naming the brand, angry at the referee',
    origin: { by: 'brand', family: T.MATCH_BRAND, share: 0.05 },
    crowd: [
      { family: T.MATCH_CROWD, weight: 6 },
      { family: T.MATCH_GRUMBLE, weight: 3 },
    ],
    replyShare: 0.05,
    authors: 'crowd',
    hashtags: ['#FinaleCoupe', '#TousEnsemble'],
    fr: 0.9,
  },
  tv_ad: {
    description: 'a TV ad airs in prime time: a short spike of comments on the ad, some annoyed',
    crowd: [
      { family: T.AD_CROWD, weight: 5 },
      { family: T.AD_ANNOYED, weight: 1.5 },
    ],
    replyShare: 0,
    authors: 'crowd',
    hashtags: ['#PubTelecomete', '#Telecomete'],
    fr: 0.95,
  },
  giveaway: {
    description:
      'a contest: thousands of near-identical entries tagging friends, from regulars and new accounts',
    origin: { by: 'brand', family: T.GIVEAWAY_BRAND, share: 0.3 },
    crowd: [{ family: T.GIVEAWAY_ENTRY, weight: 1 }],
    replyShare: 0.5,
    authors: 'mixed',
    hashtags: ['#ConcoursTelecomete'],
    fr: 0.92,
  },
  news_reshare: {
    description: 'a harmless news article about the brand is re-shared widely',
    origin: { by: 'news', family: T.NEWS_ARTICLE, share: 0.6 },
    crowd: [{ family: T.NEWS_SHARE, weight: 1 }],
    replyShare: 0.2,
    authors: 'crowd',
    hashtags: ['#fibre', '#Telecomete'],
    fr: 0.9,
  },
  meme: {
    description: 'a joke about the brand goes viral: reshares and laughing replies, positive',
    origin: { by: 'creator', family: T.MEME_ORIGIN, share: 0.6 },
    crowd: [{ family: T.MEME_CROWD, weight: 1 }],
    replyShare: 0.6,
    authors: 'crowd',
    hashtags: ['#boxlife', '#Telecomete'],
    fr: 0.85,
  },
  bot_spam: {
    description:
      'spam bots: near-duplicate scam posts naming the brand from many new accounts with no followers',
    crowd: [{ family: T.SPAM_POST, weight: 1 }],
    replyShare: 0,
    authors: 'bots',
    hashtags: ['#Telecomete'],
    fr: 0.85,
  },
  hashtag_spam: {
    description: "hashtag spam: unrelated posts stuffed with trending hashtags, the brand's among them",
    crowd: [{ family: T.HASHTAG_SPAM, weight: 1 }],
    replyShare: 0,
    authors: 'bots',
    hashtags: ['#Telecomete'],
    fr: 0.7,
  },
}

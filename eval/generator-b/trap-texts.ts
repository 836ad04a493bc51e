// Shape of the texts of harmless bursts (one record per language).

export type TrapTextKey =
  | 'giveawayPost'
  | 'giveawayEntry'
  | 'launchNews'
  | 'launchFan'
  | 'earningsNews'
  | 'earningsComment'
  | 'sponsorship'
  | 'tvAd'
  | 'celebrityPost'
  | 'fanReply'
  | 'meme'
  | 'memeReply'
  | 'couponBot'
  | 'cryptoBot'
  | 'statusBot'
  | 'heartwarming'
  | 'finale'
  | 'marketNews'

export type TrapTexts = Record<TrapTextKey, string[]>

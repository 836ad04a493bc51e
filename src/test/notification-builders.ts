import {
  type AnalyzedMention,
  NotificationRule,
  type NotificationRuleInput,
  neutralEmotions,
  type SentimentLabel,
} from '../core/index.ts'

export const RULE_CREATED = new Date('2026-03-14T06:00:00Z')

/** A notification rule of workspace `acme`: Slack, every new mention of `q-acme` by default. */
export const buildRule = (id: string, over: Partial<NotificationRuleInput> = {}): NotificationRule =>
  NotificationRule.parse({
    id,
    workspaceId: 'acme',
    name: `rule ${id}`,
    trigger: { kind: 'mention', queryId: 'q-acme' },
    channel: { kind: 'slack', url: 'https://hooks.slack.com/services/T0/B0/x' },
    createdAt: RULE_CREATED,
    updatedAt: RULE_CREATED,
    ...over,
  })

export interface PostSpec {
  text?: string
  at?: Date
  sentiment?: SentimentLabel
  lang?: 'fr' | 'en'
  source?: string
  followers?: number
  handle?: string
  queries?: string[]
  workspaceId?: string
  url?: string
}

/** An analysed mention of `q-acme` in `acme`, in French, negative by default. */
export const buildPost = (id: string, spec: PostSpec = {}): AnalyzedMention => {
  const label = spec.sentiment ?? 'negative'
  return {
    id: `${spec.source ?? 'mastodon'}:${id}`,
    workspaceId: spec.workspaceId ?? 'acme',
    source: spec.source ?? 'mastodon',
    createdAt: spec.at ?? new Date('2026-03-14T09:00:00Z'),
    text: spec.text ?? `post ${id}`,
    ...(spec.url ? { url: spec.url } : {}),
    author: {
      id: spec.handle ?? `user${id}`,
      handle: spec.handle ?? `user${id}`,
      ...(spec.followers !== undefined ? { followers: spec.followers } : {}),
    },
    analysis: {
      lang: spec.lang ?? 'fr',
      sentiment: {
        label,
        score: label === 'negative' ? -0.6 : label === 'positive' ? 0.6 : 0,
        confidence: 0.8,
      },
      emotions: neutralEmotions(),
      queries: spec.queries ?? ['q-acme'],
      owned: false,
      cause: 'none',
    },
  }
}

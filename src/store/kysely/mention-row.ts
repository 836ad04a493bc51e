import type { AnalyzedMention, Cause, Lang, SentimentLabel } from '../../core/index.ts'
import type { MentionTable } from './schema.ts'

export type MentionRow = Omit<MentionTable, 'seq'>

/** Column order of the multi-row insert; `toMentionRow` fills every one of them. */
export const MENTION_COLUMNS = [
  'workspace_id',
  'id',
  'source',
  'url',
  'created_at',
  'title',
  'text',
  'declared_lang',
  'author_id',
  'author_handle',
  'author_name',
  'author_followers',
  'author_verified',
  'likes',
  'reposts',
  'replies',
  'repost_of',
  'reply_to',
  'lang',
  'sentiment_label',
  'sentiment_score',
  'sentiment_confidence',
  'anger',
  'fear',
  'sadness',
  'joy',
  'surprise',
  'disgust',
  'cause',
  'owned',
  'queries',
] as const satisfies readonly (keyof MentionRow)[]

const flag = (value: boolean | undefined): number | null => (value === undefined ? null : value ? 1 : 0)

export const toMentionRow = (m: AnalyzedMention): MentionRow => {
  const { author, analysis: a } = m
  return {
    workspace_id: m.workspaceId,
    id: m.id,
    source: m.source,
    url: m.url ?? null,
    created_at: m.createdAt.getTime(),
    title: m.title ?? null,
    text: m.text,
    declared_lang: m.lang ?? null,
    author_id: author.id,
    author_handle: author.handle,
    author_name: author.name ?? null,
    author_followers: author.followers ?? null,
    author_verified: flag(author.verified),
    likes: m.metrics?.likes ?? null,
    reposts: m.metrics?.reposts ?? null,
    replies: m.metrics?.replies ?? null,
    repost_of: m.repostOf ?? null,
    reply_to: m.replyTo ?? null,
    lang: a.lang,
    sentiment_label: a.sentiment.label,
    sentiment_score: a.sentiment.score,
    sentiment_confidence: a.sentiment.confidence,
    ...a.emotions,
    cause: a.cause,
    owned: a.owned ? 1 : 0,
    queries: JSON.stringify(a.queries),
  }
}

/** Rebuilds the mention with optional fields absent (not undefined) where the column is null. */
export const fromMentionRow = (r: MentionRow): AnalyzedMention => ({
  id: r.id,
  workspaceId: r.workspace_id,
  source: r.source,
  ...(r.url !== null && { url: r.url }),
  createdAt: new Date(r.created_at),
  text: r.text,
  ...(r.title !== null && { title: r.title }),
  ...(r.declared_lang !== null && { lang: r.declared_lang }),
  author: {
    id: r.author_id,
    handle: r.author_handle,
    ...(r.author_name !== null && { name: r.author_name }),
    ...(r.author_followers !== null && { followers: r.author_followers }),
    ...(r.author_verified !== null && { verified: r.author_verified === 1 }),
  },
  ...(r.likes !== null && { metrics: { likes: r.likes, reposts: r.reposts ?? 0, replies: r.replies ?? 0 } }),
  ...(r.repost_of !== null && { repostOf: r.repost_of }),
  ...(r.reply_to !== null && { replyTo: r.reply_to }),
  analysis: {
    lang: r.lang as Lang,
    sentiment: {
      label: r.sentiment_label as SentimentLabel,
      score: r.sentiment_score,
      confidence: r.sentiment_confidence,
    },
    emotions: {
      anger: r.anger,
      fear: r.fear,
      sadness: r.sadness,
      joy: r.joy,
      surprise: r.surprise,
      disgust: r.disgust,
    },
    queries: JSON.parse(r.queries) as string[],
    owned: r.owned === 1,
    cause: r.cause as Cause,
  },
})

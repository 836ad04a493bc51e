import type { AnalyzedMention, Cause, Lang, SentimentLabel } from '../../core/index.ts'
import { dominantEmotion } from '../dominant-emotion.ts'
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
  'dominant_emotion',
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
    dominant_emotion: dominantEmotion(a.emotions) ?? null,
  }
}

/**
 * `toMentionRow(m)`'s values in `MENTION_COLUMNS` order, written into `out` from `at`: the multi-row insert's
 * parameters without a row object per mention and 32 lookups by column name (a test keeps both in step).
 */
export const writeMentionValues = (m: AnalyzedMention, out: unknown[], at: number): void => {
  const { author, analysis: a, metrics } = m
  const e = a.emotions
  let k = at
  out[k++] = m.workspaceId
  out[k++] = m.id
  out[k++] = m.source
  out[k++] = m.url ?? null
  out[k++] = m.createdAt.getTime()
  out[k++] = m.title ?? null
  out[k++] = m.text
  out[k++] = m.lang ?? null
  out[k++] = author.id
  out[k++] = author.handle
  out[k++] = author.name ?? null
  out[k++] = author.followers ?? null
  out[k++] = flag(author.verified)
  out[k++] = metrics?.likes ?? null
  out[k++] = metrics?.reposts ?? null
  out[k++] = metrics?.replies ?? null
  out[k++] = m.repostOf ?? null
  out[k++] = m.replyTo ?? null
  out[k++] = a.lang
  out[k++] = a.sentiment.label
  out[k++] = a.sentiment.score
  out[k++] = a.sentiment.confidence
  out[k++] = e.anger
  out[k++] = e.fear
  out[k++] = e.sadness
  out[k++] = e.joy
  out[k++] = e.surprise
  out[k++] = e.disgust
  out[k++] = a.cause
  out[k++] = a.owned ? 1 : 0
  out[k++] = JSON.stringify(a.queries)
  out[k] = dominantEmotion(e) ?? null
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

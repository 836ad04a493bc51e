import type { MentionJson } from '../api/wire.ts'
import { safeHref } from '../model/safe-url.ts'
import { useApp } from './app-context.ts'
import { HighlightedText } from './highlighted-text.tsx'
import { SentimentControl } from './sentiment-control.tsx'

const MAX_TEXT = 800

const Author = ({ mention }: { mention: MentionJson }) => {
  const { t, format } = useApp()
  const { name, handle, followers } = mention.author
  return (
    <span class="author">
      {name ? <strong class="author-name">{name}</strong> : null} <span class="handle">@{handle}</span>
      {followers !== undefined ? (
        <span class="reach"> · {t('mention.followers', { count: format.compact(followers) })}</span>
      ) : null}
    </span>
  )
}

/**
 * One post: author and reach, when, sentiment (correctable by analysts), the text with the searched words
 * marked, and a link to the original only when its address is http(s). Everything is rendered as text.
 */
export const MentionItem = ({
  ws,
  mention,
  search = '',
  canCorrect,
  onCorrected,
}: {
  ws: string
  mention: MentionJson
  search?: string
  canCorrect: boolean
  onCorrected?: (mention: MentionJson) => void
}) => {
  const { t, format } = useApp()
  const href = safeHref(mention.url)
  const label = mention.analysis.sentiment.label
  const text = mention.text.length > MAX_TEXT ? `${mention.text.slice(0, MAX_TEXT)}…` : mention.text
  const m = mention.metrics
  return (
    <article class="mention" data-id={mention.id} data-sentiment={label}>
      <header class="mention-head">
        <Author mention={mention} />
        <time dateTime={mention.createdAt}>{format.dateTime(mention.createdAt)}</time>
        <span class="source">{mention.source}</span>
        {canCorrect && onCorrected ? (
          <SentimentControl ws={ws} mention={mention} onCorrected={onCorrected} />
        ) : (
          <span class={`badge sentiment-${label}`}>{t(`sentiment.${label}`)}</span>
        )}
      </header>
      {mention.title ? (
        <p class="mention-title">
          <HighlightedText text={mention.title} search={search} />
        </p>
      ) : null}
      <p class="mention-text" lang={mention.analysis.lang}>
        <HighlightedText text={text} search={search} />
      </p>
      <footer class="mention-foot">
        {m && m.reposts + m.likes + m.replies > 0 ? (
          <span class="engagement">
            {t('mention.engagement', {
              reposts: format.count(m.reposts),
              likes: format.count(m.likes),
              replies: format.count(m.replies),
            })}
          </span>
        ) : null}
        {href ? (
          <a href={href} target="_blank" rel="noopener noreferrer nofollow">
            {t('mention.open')}
          </a>
        ) : null}
      </footer>
    </article>
  )
}

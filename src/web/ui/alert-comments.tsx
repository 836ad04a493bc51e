import { useState } from 'preact/hooks'
import { wsPath } from '../api/api-client.ts'
import type { CommentJson, Page } from '../api/wire.ts'
import { useApp } from './app-context.ts'
import { ErrorNotice, Loading } from './notice.tsx'
import { useLoad } from './use-load.ts'

/** What the team said about an alert, oldest first; responders add to it. */
export const AlertComments = ({
  ws,
  alertId,
  canWrite,
}: {
  ws: string
  alertId: string
  canWrite: boolean
}) => {
  const { client, t, format, session } = useApp()
  const path = wsPath(ws, `/alerts/${encodeURIComponent(alertId)}/comments`)
  const comments = useLoad(() => client.get<Page<CommentJson>>(path), [path])
  const [draft, setDraft] = useState('')
  const [error, setError] = useState<Error>()
  const send = async (event: Event) => {
    event.preventDefault()
    if (!draft.trim()) return
    try {
      const added = await client.send<CommentJson>('POST', path, { text: draft })
      comments.setData((page) => ({ items: [...(page?.items ?? []), added] }))
      setDraft('')
      setError(undefined)
    } catch (e) {
      setError(e as Error)
    }
  }
  if (comments.loading && !comments.data) return <Loading />
  const items = comments.data?.items ?? []
  return (
    <div class="comments">
      <ErrorNotice error={comments.error ?? error} />
      {items.length === 0 ? <p class="muted">{t('alert.noComments')}</p> : null}
      <ol>
        {items.map((c) => (
          <li key={c.id}>
            <span class="muted">
              <span class="author">
                {c.userId === session.user?.id ? t('alert.you') : (c.authorName ?? t('alert.formerUser'))}
              </span>{' '}
              · {format.dateTime(c.at)}
            </span>
            <p>{c.text}</p>
          </li>
        ))}
      </ol>
      {canWrite ? (
        <form onSubmit={send} class="inline-form">
          <label>
            <span class="visually-hidden">{t('alert.comment')}</span>
            <input
              value={draft}
              maxLength={5000}
              placeholder={t('alert.comment')}
              onInput={(e) => setDraft(e.currentTarget.value)}
            />
          </label>
          <button type="submit">{t('alert.send')}</button>
        </form>
      ) : null}
    </div>
  )
}

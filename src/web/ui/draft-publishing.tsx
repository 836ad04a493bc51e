import { useState } from 'preact/hooks'
import { ApiError, wsPath } from '../api/api-client.ts'
import type { MemberJson, PublisherJson, ReplyDraftJson } from '../api/wire.ts'
import { isoOfLocalInput, type PublishProblem, publishersFor, publishProblemOf } from '../model/publishing.ts'
import { routeHash } from '../model/routes.ts'
import { safeHref } from '../model/safe-url.ts'
import { useApp } from './app-context.ts'
import { ErrorNotice } from './notice.tsx'
import { useNameOf, usePause } from './publishing-pause.tsx'

/** A refusal of publishing in plain words (paused, not approved, too long, refused half-way…). */
const PublishErrorNotice = ({ error, members }: { error: Error | undefined; members: MemberJson[] }) => {
  const { t, format } = useApp()
  const nameOf = useNameOf(members)
  const problem = error instanceof ApiError ? publishProblemOf(error) : undefined
  if (!problem) return <ErrorNotice error={error} />
  const say = (p: PublishProblem): string => {
    switch (p.key) {
      case 'publish.error.paused':
        return `${t(p.key, { when: format.dateTime(p.since), who: nameOf(p.by) })}${p.reason ? ` ${t('pause.reason', { reason: p.reason })}` : ''}`
      case 'publish.error.partial':
        return t(p.key, { published: p.published, count: p.of, next: p.published + 1, reason: p.reason })
      case 'publish.error.tooLong':
        return t(p.key, { part: p.part, network: p.network, limit: p.limit })
      case 'publish.error.secret':
        return t(p.key, { variable: p.variable })
      default:
        return t(p.key)
    }
  }
  return (
    <p class="notice error" role="alert" data-problem={problem.key}>
      {say(problem)}
    </p>
  )
}

/** The parts that went out, each with its address (a link only when it is http or https). */
const Publications = ({ draft }: { draft: ReplyDraftJson }) => {
  const { t, format } = useApp()
  if (draft.publications.length === 0) return null
  const count = draft.parts.length
  return (
    <div class="publications">
      <h4>{t('publish.published')}</h4>
      {draft.state !== 'published' ? (
        <p>{t('publish.partial', { published: draft.publications.length, count })}</p>
      ) : null}
      <ol>
        {draft.publications.map((p) => {
          const href = safeHref(p.url)
          return (
            <li key={p.part} data-part={p.part}>
              {t('publish.part', { n: p.part + 1, count })} ·{' '}
              {href ? <a href={href}>{p.url}</a> : <code>{p.url ?? p.remoteId}</code>} ·{' '}
              <time dateTime={p.at}>{format.dateTime(p.at)}</time>
            </li>
          )
        })}
      </ol>
    </div>
  )
}

/** Choose a publisher, now or at a local date and time. */
const PublishForm = ({
  draft,
  publishers,
  onPublish,
}: {
  draft: ReplyDraftJson
  publishers: PublisherJson[]
  onPublish: (body: { publisherId: string; at?: string }) => Promise<void>
}) => {
  const { t } = useApp()
  const [publisherId, setPublisherId] = useState(publishers[0]?.id ?? '')
  const [later, setLater] = useState(false)
  const [at, setAt] = useState('')
  const [busy, setBusy] = useState(false)
  const id = `publish-${draft.id}`
  const publish = async (event: Event) => {
    event.preventDefault()
    const iso = later ? isoOfLocalInput(at) : undefined
    if (later && !iso) return
    setBusy(true)
    await onPublish({ publisherId, ...(iso ? { at: iso } : {}) })
    setBusy(false)
  }
  return (
    <form class="stack publish-form" onSubmit={publish} aria-label={t('publish.title')}>
      <label>
        {t('publish.through')}{' '}
        <select value={publisherId} onChange={(e) => setPublisherId(e.currentTarget.value)}>
          {publishers.map((p) => (
            <option key={p.id} value={p.id}>
              {`${p.name} (${t(`publishers.kind.${p.kind}`)})`}
            </option>
          ))}
        </select>
      </label>
      <fieldset class="publish-when">
        <legend>{t('publish.when')}</legend>
        <label class="check">
          <input type="radio" name={`${id}-when`} checked={!later} onChange={() => setLater(false)} />{' '}
          {t('publish.now')}
        </label>
        <label class="check">
          <input type="radio" name={`${id}-when`} checked={later} onChange={() => setLater(true)} />{' '}
          {t('publish.later')}
        </label>
        {later ? (
          <label>
            {t('publish.at')}{' '}
            <input type="datetime-local" value={at} required onInput={(e) => setAt(e.currentTarget.value)} />
          </label>
        ) : null}
      </fieldset>
      <div class="actions">
        <button type="submit" disabled={busy || !publisherId}>
          {later ? t('publish.schedule') : t('publish.submit')}
        </button>
      </div>
    </form>
  )
}

/**
 * Publishing an approved draft (responders): through one of the publishers that fit it, now or later; a
 * scheduled draft shows when and through what, its last error, and can be taken off the schedule; the parts
 * that went out show their links. Refusals are said in plain words; one while paused reloads the banner.
 */
export const DraftPublishing = ({
  ws,
  draft,
  publishers,
  members,
  canRespond,
  onChanged,
}: {
  ws: string
  draft: ReplyDraftJson
  publishers: PublisherJson[] | undefined
  members: MemberJson[]
  canRespond: boolean
  onChanged: (draft: ReplyDraftJson) => void
}) => {
  const { client, t, format } = useApp()
  const pause = usePause()
  const [error, setError] = useState<Error>()
  const path = wsPath(ws, `/drafts/${encodeURIComponent(draft.id)}`)
  const run = async (act: () => Promise<ReplyDraftJson>) => {
    try {
      onChanged(await act())
      setError(undefined)
    } catch (e) {
      setError(e as Error)
      if (e instanceof ApiError && e.status === 409) pause?.reload()
      // a thread refused half-way: the parts that went out are shown, read again
      if (e instanceof ApiError && e.status === 503)
        onChanged(await client.get<ReplyDraftJson>(path).catch(() => draft))
    }
  }
  const fit = publishersFor(draft, publishers ?? [])
  const schedule = draft.schedule
  const through = (id: string) => publishers?.find((p) => p.id === id)?.name ?? id
  return (
    <div class="draft-publishing" data-scheduled={schedule ? 'true' : 'false'}>
      <Publications draft={draft} />
      {schedule ? (
        <div class="schedule">
          <p>
            {t('publish.scheduled', {
              when: format.dateTime(schedule.at),
              publisher: through(schedule.publisherId),
            })}
          </p>
          {schedule.lastError ? (
            <p class="notice error">{t('publish.lastError', { error: schedule.lastError })}</p>
          ) : null}
          {canRespond ? (
            <button type="button" onClick={() => void run(() => client.send('DELETE', `${path}/schedule`))}>
              {t('publish.unschedule')}
            </button>
          ) : null}
        </div>
      ) : null}
      <PublishErrorNotice error={error} members={members} />
      {canRespond && draft.state === 'approved' && !schedule && publishers ? (
        fit.length > 0 ? (
          <PublishForm
            draft={draft}
            publishers={fit}
            onPublish={(body) => run(() => client.send<ReplyDraftJson>('POST', `${path}/publish`, body))}
          />
        ) : (
          <p class="muted">
            {t('publish.noPublisher')} <a href={routeHash({ ws, page: 'settings' })}>{t('nav.settings')}</a>
          </p>
        )
      ) : null}
    </div>
  )
}

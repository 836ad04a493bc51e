import { createContext } from 'preact'
import { useContext, useState } from 'preact/hooks'
import { wsPath } from '../api/api-client.ts'
import type { MemberJson, Page, PublishingPauseJson } from '../api/wire.ts'
import { useApp } from './app-context.ts'
import { ErrorNotice } from './notice.tsx'
import { type Loaded, useLoad } from './use-load.ts'

type PauseAnswer = { pause: PublishingPauseJson | null }

/** The workspace's pause switch as the crisis pages know it: read once, read again after a refusal. */
export const PauseContext = createContext<Loaded<PauseAnswer> | null>(null)

export const usePauseState = (ws: string): Loaded<PauseAnswer> => {
  const { client } = useApp()
  return useLoad(() => client.get<PauseAnswer>(wsPath(ws, '/publishing/pause')), [ws])
}

/** The pause switch of the crisis pages around, if any (a draft's refusal while paused reloads it). */
export const usePause = () => useContext(PauseContext)

/** The name of who did something: you, a member, Vigie (the scheduler) or a former user. */
export const useNameOf = (members: readonly MemberJson[]) => {
  const { t, session } = useApp()
  return (userId: string | null) =>
    userId === null
      ? t('timeline.vigie')
      : userId === session.user?.id
        ? t('alert.you')
        : (members.find((m) => m.userId === userId)?.name ?? t('alert.formerUser'))
}

/** Asks why before pausing: the reason is shown to the whole team in the banner. */
const PauseForm = ({
  onPause,
  onCancel,
}: {
  onPause: (reason: string) => Promise<void>
  onCancel: () => void
}) => {
  const { t } = useApp()
  const [reason, setReason] = useState('')
  const [busy, setBusy] = useState(false)
  return (
    <form
      class="inline-form pause-form"
      onSubmit={async (e) => {
        e.preventDefault()
        setBusy(true)
        await onPause(reason)
        setBusy(false)
      }}
    >
      <label class="grow">
        {t('pause.reasonLabel')}{' '}
        <input
          value={reason}
          maxLength={1000}
          required
          // biome-ignore lint/a11y/noAutofocus: the field opened on purpose by the button just pressed
          autoFocus
          onInput={(e) => setReason(e.currentTarget.value)}
        />
      </label>
      <button type="submit" class="danger" disabled={busy}>
        {t('pause.confirm')}
      </button>
      <button type="button" onClick={onCancel}>
        {t('common.cancel')}
      </button>
    </form>
  )
}

/**
 * The pause switch of the workspace's publishing, on every crisis page: when paused, a banner saying since
 * when, by whom and why, with "Lift the pause" for analysts; when not, "Pause all publishing" for responders.
 */
export const PublishingPauseSwitch = ({
  ws,
  canRespond,
  canLift,
}: {
  ws: string
  canRespond: boolean
  canLift: boolean
}) => {
  const { client, t, format } = useApp()
  const state = usePause()
  const members = useLoad(() => client.get<Page<MemberJson>>(wsPath(ws, '/members')), [ws])
  const nameOf = useNameOf(members.data?.items ?? [])
  const [asking, setAsking] = useState(false)
  const [error, setError] = useState<Error>()
  if (!state) return null
  const act = async (change: () => Promise<unknown>) => {
    try {
      await change()
      setError(undefined)
      setAsking(false)
    } catch (e) {
      setError(e as Error)
    }
    state.reload()
  }
  const pause = state.data?.pause
  const path = wsPath(ws, '/publishing/pause')
  if (pause)
    return (
      <section class="pause-banner" aria-labelledby="pause-title" data-paused="true">
        <h2 id="pause-title">{t('pause.title')}</h2>
        <p>
          {t('pause.banner', { when: format.dateTime(pause.since), who: nameOf(pause.by) })}{' '}
          {pause.reason ? <q class="pause-reason">{pause.reason}</q> : null}
        </p>
        <p>{t('pause.effect')}</p>
        <ErrorNotice error={error} />
        {canLift ? (
          <button type="button" onClick={() => void act(() => client.send('DELETE', path))}>
            {t('pause.lift')}
          </button>
        ) : (
          <p class="muted">{t('pause.liftAnalyst')}</p>
        )}
      </section>
    )
  if (!canRespond || !state.data) return <ErrorNotice error={state.error} />
  return (
    <div class="pause-switch" data-paused="false">
      <ErrorNotice error={error ?? state.error} />
      {asking ? (
        <PauseForm
          onPause={(reason) => act(() => client.send('PUT', path, { reason }))}
          onCancel={() => setAsking(false)}
        />
      ) : (
        <button type="button" class="danger" aria-describedby="pause-hint" onClick={() => setAsking(true)}>
          {t('pause.open')}
        </button>
      )}{' '}
      <span id="pause-hint" class="muted">
        {t('pause.hint')}
      </span>
    </div>
  )
}

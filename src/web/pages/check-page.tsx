import { useState } from 'preact/hooks'
import type { FlagJson } from '../api/wire.ts'
import { splitFlagged } from '../model/flag-pieces.ts'
import { useApp } from '../ui/app-context.ts'
import { CharterEditor } from '../ui/charter-editor.tsx'
import { ErrorNotice } from '../ui/notice.tsx'

type Audience = 'public' | 'complainant'

/** The draft with each flagged piece in a <mark> naming its problems; every piece is a text node. */
const FlaggedDraft = ({ text, flags }: { text: string; flags: FlagJson[] }) => {
  const { t } = useApp()
  return (
    <figure class="flagged-draft">
      <figcaption class="muted">{t('check.highlighted')}</figcaption>
      <p class="flagged-text">
        {splitFlagged(text, flags).map((piece, i) =>
          piece.flags.length === 0 ? (
            piece.text
          ) : (
            <mark
              key={i}
              data-kinds={piece.flags.map((k) => flags[k]!.kind).join(' ')}
              title={piece.flags.map((k) => flags[k]!.message).join('\n')}
            >
              {piece.text}
            </mark>
          ),
        )}
      </p>
    </figure>
  )
}

const FlagList = ({ flags }: { flags: FlagJson[] }) => {
  const { t } = useApp()
  return (
    <ol class="flag-list">
      {flags.map((f, i) => (
        <li key={i} data-kind={f.kind} data-severity={f.severity}>
          <strong>{t(`check.kind.${f.kind}`)}</strong> · {t(`check.severity.${f.severity}`)} ·{' '}
          <span class="muted">{t('check.clause', { clause: f.clause })}</span>
          <p>{f.message}</p>
          {f.suggestion ? <p class="muted">{t('check.suggestion', { suggestion: f.suggestion })}</p> : null}
        </li>
      ))}
    </ol>
  )
}

/** Before you post: an employee pastes a draft and sees what breaks the charter, in place; and the charter. */
export const CheckPage = ({ ws, canEdit }: { ws: string; canEdit: boolean }) => {
  const { client, t } = useApp()
  const [text, setText] = useState('')
  const [audience, setAudience] = useState<Audience>('public')
  const [result, setResult] = useState<{ text: string; flags: FlagJson[] }>()
  const [error, setError] = useState<Error>()
  const [busy, setBusy] = useState(false)
  const check = async (event: Event) => {
    event.preventDefault()
    setBusy(true)
    try {
      const body = { text, workspace: ws, audience }
      const answer = await client.send<{ flags: FlagJson[] }>('POST', '/check', body)
      setResult({ text, flags: answer.flags })
      setError(undefined)
    } catch (e) {
      setError(e instanceof Error ? e : new Error(String(e)))
    } finally {
      setBusy(false)
    }
  }
  return (
    <>
      <h1>{t('check.title')}</h1>
      <p class="muted">{t('check.intro')}</p>
      <form class="check-form" onSubmit={(e) => void check(e)}>
        <label>
          {t('check.draft')}
          <textarea
            name="draft"
            rows={6}
            required
            maxLength={20_000}
            value={text}
            onInput={(e) => setText(e.currentTarget.value)}
          />
        </label>
        <label>
          {t('check.audience')}
          <select value={audience} onChange={(e) => setAudience(e.currentTarget.value as Audience)}>
            <option value="public">{t('check.audience.public')}</option>
            <option value="complainant">{t('check.audience.complainant')}</option>
          </select>
        </label>
        <button type="submit" disabled={busy || text.trim() === ''}>
          {busy ? t('check.checking') : t('check.submit')}
        </button>
      </form>
      <ErrorNotice error={error} />
      {result ? (
        <section class="check-result" aria-live="polite">
          <h2>
            {result.flags.length === 0 ? t('check.safe') : t('check.found', { count: result.flags.length })}
          </h2>
          {result.flags.length > 0 ? (
            <>
              <FlaggedDraft text={result.text} flags={result.flags} />
              <FlagList flags={result.flags} />
            </>
          ) : null}
        </section>
      ) : null}
      <CharterEditor key={ws} ws={ws} canEdit={canEdit} />
    </>
  )
}

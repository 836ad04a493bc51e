import { useState } from 'preact/hooks'
import { wsPath } from '../api/api-client.ts'
import type { CharterJson, ConfidentialTermsJson } from '../api/wire.ts'
import { useApp } from './app-context.ts'
import { ErrorNotice, Loading } from './notice.tsx'
import { useLoad } from './use-load.ts'

type Clause = CharterJson['clauses'][number]
type Field = 'titleFr' | 'titleEn' | 'textFr' | 'textEn'

const setField = (c: Clause, field: Field, value: string): Clause => {
  if (field === 'titleFr') return { ...c, title: { ...c.title, fr: value } }
  if (field === 'titleEn') return { ...c, title: { ...c.title, en: value } }
  if (field === 'textFr') return { ...c, text: { ...c.text, fr: value } }
  return { ...c, text: { ...c.text, en: value } }
}
const fieldValue = (c: Clause, field: Field) =>
  ({ titleFr: c.title.fr, titleEn: c.title.en, textFr: c.text.fr, textEn: c.text.en })[field]

/** The confidential terms, one per line: analysts only (the list itself is confidential). */
const TermsEditor = ({ ws }: { ws: string }) => {
  const { client, t } = useApp()
  const terms = useLoad(() => client.get<ConfidentialTermsJson>(wsPath(ws, '/confidential-terms')), [ws])
  const [draft, setDraft] = useState<string>()
  const [saved, setSaved] = useState<number>()
  const [error, setError] = useState<Error>()
  const shown = draft ?? terms.data?.terms.join('\n') ?? ''
  const save = async (event: Event) => {
    event.preventDefault()
    try {
      const list = shown
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean)
      const answer = await client.send<ConfidentialTermsJson>('PUT', wsPath(ws, '/confidential-terms'), {
        terms: list,
      })
      terms.setData(() => answer)
      setDraft(undefined)
      setSaved(answer.version)
      setError(undefined)
    } catch (e) {
      setError(e instanceof Error ? e : new Error(String(e)))
    }
  }
  return (
    <form class="terms-editor" onSubmit={(e) => void save(e)}>
      <h3>{t('terms.title')}</h3>
      <label>
        <span class="muted">{t('terms.hint')}</span>
        <textarea name="terms" rows={5} value={shown} onInput={(e) => setDraft(e.currentTarget.value)} />
      </label>
      <button type="submit">{t('terms.save')}</button>
      {saved !== undefined ? <p role="status">{t('terms.saved', { version: saved })}</p> : null}
      <ErrorNotice error={error ?? terms.error} />
    </form>
  )
}

/** The workspace's charter: read by everyone, its clauses edited by analysts (each save is a new version). */
export const CharterEditor = ({ ws, canEdit }: { ws: string; canEdit: boolean }) => {
  const { client, t, lang } = useApp()
  const charter = useLoad(() => client.get<CharterJson>(wsPath(ws, '/charter')), [ws])
  const [clauses, setClauses] = useState<Clause[]>()
  const [saved, setSaved] = useState<number>()
  const [error, setError] = useState<Error>()
  const shown = clauses ?? charter.data?.clauses ?? []
  const change = (i: number, field: Field, value: string) =>
    setClauses(shown.map((c, k) => (k === i ? setField(c, field, value) : c)))
  const save = async (event: Event) => {
    event.preventDefault()
    try {
      const answer = await client.send<CharterJson>('PUT', wsPath(ws, '/charter'), { clauses: shown })
      charter.setData(() => answer)
      setClauses(undefined)
      setSaved(answer.version)
      setError(undefined)
    } catch (e) {
      setError(e instanceof Error ? e : new Error(String(e)))
    }
  }
  return (
    <section class="charter">
      <h2>{t('charter.title')}</h2>
      {charter.loading && !charter.data ? <Loading /> : null}
      {charter.data ? (
        <p class="muted">
          {charter.data.version === 0
            ? t('charter.default')
            : t('charter.version', { version: charter.data.version })}
        </p>
      ) : null}
      {canEdit ? null : <p class="muted">{t('charter.analystOnly')}</p>}
      <form onSubmit={(e) => void save(e)}>
        {shown.map((c, i) => (
          <fieldset key={c.id} data-clause={c.id}>
            <legend>{c.title[lang]}</legend>
            {canEdit ? (
              (['titleFr', 'titleEn', 'textFr', 'textEn'] as const).map((field) => (
                <label key={field}>
                  {t(`charter.${field}`)}
                  <textarea
                    name={`${c.id}.${field}`}
                    rows={field.startsWith('title') ? 1 : 3}
                    value={fieldValue(c, field)}
                    onInput={(e) => change(i, field, e.currentTarget.value)}
                  />
                </label>
              ))
            ) : (
              <p>{c.text[lang]}</p>
            )}
            <p class="muted">
              {t('charter.kinds', { kinds: c.kinds.map((k) => t(`check.kind.${k}`)).join(', ') })}
            </p>
          </fieldset>
        ))}
        {canEdit ? <button type="submit">{t('charter.save')}</button> : null}
      </form>
      {saved !== undefined ? <p role="status">{t('charter.saved', { version: saved })}</p> : null}
      <ErrorNotice error={error ?? charter.error} />
      {canEdit ? <TermsEditor ws={ws} /> : null}
    </section>
  )
}

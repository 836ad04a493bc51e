import { useEffect, useRef, useState } from 'preact/hooks'
import { ApiError, wsPath } from '../api/api-client.ts'
import type { QueryJson, QueryTestJson } from '../api/wire.ts'
import { placeOf, syntaxErrorOf } from '../model/query-error.ts'
import { queryIdFor } from '../model/query-id.ts'
import { useApp } from './app-context.ts'
import { MentionItem } from './mention-item.tsx'
import { ErrorNotice } from './notice.tsx'

const DEBOUNCE_MS = 400
type Syntax = { position: number; reason: string }

/** The syntax error under the line it is in, a caret at its column. */
const SyntaxErrorNotice = ({ text, error }: { text: string; error: Syntax }) => {
  const { t } = useApp()
  const place = placeOf(text, error.position)
  return (
    <div class="query-error" role="alert" data-column={place.column}>
      <p class="reason">{t('queries.syntaxError', { ...place, reason: error.reason })}</p>
      <pre aria-hidden="true">
        <code>{`${place.lineText}\n${' '.repeat(place.column - 1)}^`}</code>
      </pre>
    </div>
  )
}

/** The result of "test this query", asked again as the text changes (debounced). */
const usePreview = (ws: string, text: string) => {
  const { client } = useApp()
  const [result, setResult] = useState<{ test?: QueryTestJson; syntax?: Syntax; error?: Error }>({})
  const [testing, setTesting] = useState(false)
  useEffect(() => {
    if (!text.trim()) return setResult({})
    let current = true
    const timer = setTimeout(() => {
      setTesting(true)
      client
        .send<QueryTestJson>('POST', wsPath(ws, '/queries/test'), { query: text })
        .then((test) => current && setResult({ test }))
        .catch((e: Error) => {
          const syntax = e instanceof ApiError ? syntaxErrorOf(e.details) : undefined
          if (current) setResult(syntax ? { syntax } : { error: e })
        })
        .finally(() => current && setTesting(false))
    }, DEBOUNCE_MS)
    return () => {
      current = false
      clearTimeout(timer)
    }
  }, [client, ws, text])
  return { ...result, testing }
}

/** Writes a brand query with a live preview of what it matches; analysts save or delete it. */
export const QueryEditor = ({
  ws,
  query,
  canEdit,
  onSaved,
  onDeleted,
}: {
  ws: string
  query: QueryJson | undefined
  canEdit: boolean
  onSaved: (query: QueryJson) => void
  onDeleted: (id: string) => void
}) => {
  const { client, t } = useApp()
  const [brand, setBrand] = useState(query?.brand ?? '')
  const [text, setText] = useState(query?.query ?? '')
  const [owned, setOwned] = useState((query?.owned ?? []).join(', '))
  const [failure, setFailure] = useState<{ syntax?: Syntax; error?: Error }>({})
  const area = useRef<HTMLTextAreaElement>(null)
  const preview = usePreview(ws, text)
  const syntax = preview.syntax ?? failure.syntax
  const save = async (event: Event) => {
    event.preventDefault()
    const id = query?.id ?? queryIdFor(brand)
    const body = {
      brand,
      query: text,
      owned: owned
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    }
    try {
      onSaved(await client.send<QueryJson>('PUT', wsPath(ws, `/queries/${encodeURIComponent(id)}`), body))
      setFailure({})
    } catch (e) {
      const found = e instanceof ApiError ? syntaxErrorOf(e.details) : undefined
      setFailure(found ? { syntax: found } : { error: e as Error })
      if (found) area.current?.setSelectionRange(found.position, found.position + 1)
      if (found) area.current?.focus()
    }
  }
  const remove = async () => {
    if (!query || !window.confirm(t('queries.confirmDelete', { brand: query.brand }))) return
    try {
      await client.send('DELETE', wsPath(ws, `/queries/${encodeURIComponent(query.id)}`))
      onDeleted(query.id)
    } catch (e) {
      setFailure({ error: e as Error })
    }
  }
  return (
    <form class="query-editor" onSubmit={save}>
      {canEdit ? null : <p class="muted">{t('queries.readOnly')}</p>}
      <label>
        {t('queries.brand')}
        <input required value={brand} readOnly={!canEdit} onInput={(e) => setBrand(e.currentTarget.value)} />
      </label>
      <label>
        {t('queries.query')} <small class="muted">{t('queries.help')}</small>
        <textarea
          ref={area}
          required
          rows={3}
          spellcheck={false}
          value={text}
          aria-invalid={syntax ? true : undefined}
          onInput={(e) => setText(e.currentTarget.value)}
        />
      </label>
      {syntax ? <SyntaxErrorNotice text={text} error={syntax} /> : null}
      <label>
        {t('queries.owned')}
        <input value={owned} readOnly={!canEdit} onInput={(e) => setOwned(e.currentTarget.value)} />
      </label>
      <ErrorNotice error={failure.error ?? preview.error} />
      {canEdit ? (
        <div class="actions">
          <button type="submit">{t('common.save')}</button>
          {query ? (
            <button type="button" class="danger" onClick={() => void remove()}>
              {t('common.delete')}
            </button>
          ) : null}
        </div>
      ) : null}
      <section class="preview" aria-live="polite">
        <h3>{t('queries.preview')}</h3>
        {preview.testing ? <p class="muted">{t('queries.testing')}</p> : null}
        {preview.test ? (
          <p class="preview-count">
            {t('queries.previewResult', { matched: preview.test.matched, read: preview.test.read })}
          </p>
        ) : null}
        <ol class="mention-list compact">
          {(preview.test?.examples ?? []).slice(0, 5).map((m) => (
            <li key={m.id}>
              <MentionItem ws={ws} mention={m} canCorrect={false} />
            </li>
          ))}
        </ol>
      </section>
    </form>
  )
}

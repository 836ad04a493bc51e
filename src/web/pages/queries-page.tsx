import { useState } from 'preact/hooks'
import { wsPath } from '../api/api-client.ts'
import type { Page, QueryJson } from '../api/wire.ts'
import { useApp } from '../ui/app-context.ts'
import { ErrorNotice, Loading } from '../ui/notice.tsx'
import { QueryEditor } from '../ui/query-editor.tsx'
import { useLoad } from '../ui/use-load.ts'

/** The brand queries: which one is open in the editor (`new` for a new one). */
export const QueriesPage = ({ ws, canEdit }: { ws: string; canEdit: boolean }) => {
  const { client, t } = useApp()
  const queries = useLoad(() => client.get<Page<QueryJson>>(wsPath(ws, '/queries')), [ws])
  const [open, setOpen] = useState<string | undefined>()
  const items = queries.data?.items ?? []
  const saved = (query: QueryJson) => {
    queries.setData((page) => ({ items: [...(page?.items ?? []).filter((q) => q.id !== query.id), query] }))
    setOpen(query.id)
  }
  const deleted = (id: string) => {
    queries.setData((page) => ({ items: (page?.items ?? []).filter((q) => q.id !== id) }))
    setOpen(undefined)
  }
  return (
    <>
      <h1>{t('queries.title')}</h1>
      <ErrorNotice error={queries.error} />
      {queries.loading && !queries.data ? <Loading /> : null}
      {queries.data && items.length === 0 ? <p class="muted">{t('queries.none')}</p> : null}
      <ul class="query-list">
        {items.map((q) => (
          <li key={q.id} data-id={q.id} class={q.error ? 'broken' : undefined}>
            <div class="query-summary">
              <strong>{q.brand}</strong> <code>{q.query}</code>
              {q.error ? <p class="notice error">{t('queries.storedError')}</p> : null}
            </div>
            <button
              type="button"
              aria-expanded={open === q.id}
              onClick={() => setOpen(open === q.id ? undefined : q.id)}
            >
              {t('queries.edit')}
            </button>
            {open === q.id ? (
              <QueryEditor
                key={q.id}
                ws={ws}
                query={q}
                canEdit={canEdit}
                onSaved={saved}
                onDeleted={deleted}
              />
            ) : null}
          </li>
        ))}
      </ul>
      <button
        type="button"
        aria-expanded={open === 'new'}
        onClick={() => setOpen(open === 'new' ? undefined : 'new')}
      >
        {t('queries.new')}
      </button>
      {open === 'new' ? (
        <QueryEditor
          key="new"
          ws={ws}
          query={undefined}
          canEdit={canEdit}
          onSaved={saved}
          onDeleted={deleted}
        />
      ) : null}
    </>
  )
}

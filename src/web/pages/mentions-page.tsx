import { useState } from 'preact/hooks'
import { wsPath } from '../api/api-client.ts'
import type { MentionJson, Page, QueryJson } from '../api/wire.ts'
import { apiParamsOf, filterFromSearch, searchOfFilter } from '../model/mention-filter.ts'
import { routeHash } from '../model/routes.ts'
import { serverNow, useApp } from '../ui/app-context.ts'
import { ExportLinks } from '../ui/export-links.tsx'
import { MentionFilters } from '../ui/mention-filters.tsx'
import { MentionItem } from '../ui/mention-item.tsx'
import { ErrorNotice, Loading } from '../ui/notice.tsx'
import { useLoad } from '../ui/use-load.ts'

const PAGE_SIZE = 50

/**
 * Every stored mention, filtered and searched, page by page ("more"), correctable, exportable. The filters
 * live in the URL (`search`): a filtered view survives a reload and can be shared.
 */
export const MentionsPage = ({
  ws,
  search,
  canCorrect,
}: {
  ws: string
  search: string
  canCorrect: boolean
}) => {
  const { client, t } = useApp()
  const filter = filterFromSearch(search)
  const [more, setMore] = useState<{ items: MentionJson[]; next?: string; error?: Error }>({ items: [] })
  const queries = useLoad(() => client.get<Page<QueryJson>>(wsPath(ws, '/queries')), [ws])
  const first = useLoad(async () => {
    setMore({ items: [] })
    const params = { ...apiParamsOf(filter, await serverNow(client)), limit: PAGE_SIZE }
    return { params, page: await client.get<Page<MentionJson>>(wsPath(ws, '/mentions'), params) }
  }, [ws, search])
  const items = [...(first.data?.page.items ?? []), ...more.items]
  const next = more.next ?? (more.items.length === 0 ? first.data?.page.next : undefined)
  const loadMore = async () => {
    if (!first.data || !next) return
    try {
      const page = await client.get<Page<MentionJson>>(wsPath(ws, '/mentions'), {
        ...first.data.params,
        before: next,
      })
      setMore((m) => ({ items: [...m.items, ...page.items], next: page.next ?? '' }))
    } catch (e) {
      setMore((m) => ({ ...m, error: e as Error }))
    }
  }
  const corrected = (mention: MentionJson) => {
    const swap = (list: MentionJson[]) => list.map((m) => (m.id === mention.id ? mention : m))
    first.setData((d) => d && { ...d, page: { ...d.page, items: swap(d.page.items) } })
    setMore((m) => ({ ...m, items: swap(m.items) }))
  }
  return (
    <>
      <h1>{t('mentions.title')}</h1>
      <MentionFilters
        filter={filter}
        queries={queries.data?.items ?? []}
        onApply={(f) => {
          window.location.hash = routeHash({ ws, page: 'mentions', search: searchOfFilter(f) })
        }}
      />
      {first.data ? <ExportLinks ws={ws} params={first.data.params} /> : null}
      <ErrorNotice error={first.error ?? more.error} />
      {first.loading ? <Loading /> : null}
      {!first.loading && items.length === 0 && !first.error ? (
        <p class="muted">{t('mentions.none')}</p>
      ) : null}
      <p class="muted" aria-live="polite">
        {items.length > 0 ? t('mentions.shown', { count: items.length }) : ''}
      </p>
      <ol class="mention-list">
        {items.map((m) => (
          <li key={m.id}>
            <MentionItem
              ws={ws}
              mention={m}
              search={filter.q}
              canCorrect={canCorrect}
              onCorrected={corrected}
            />
          </li>
        ))}
      </ol>
      {next ? (
        <button type="button" class="more" onClick={() => void loadMore()}>
          {t('common.more')}
        </button>
      ) : null}
    </>
  )
}

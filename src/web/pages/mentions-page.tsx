import { useState } from 'preact/hooks'
import { wsPath } from '../api/api-client.ts'
import type { MentionJson, Page, QueryJson } from '../api/wire.ts'
import { RANGE_KEYS, rangeWindow } from '../model/time-range.ts'
import { serverNow, useApp } from '../ui/app-context.ts'
import { MentionItem } from '../ui/mention-item.tsx'
import { ErrorNotice, Loading } from '../ui/notice.tsx'
import { useLoad } from '../ui/use-load.ts'

/**
 * The filters the API takes today. Later ones (source, language, emotion, cause, author, reach, owned,
 * sort) are more fields here and more controls in `MentionFilters`; the list and paging stay as they are.
 */
export interface MentionFilter {
  q: string
  query: string
  sentiment: string
  range: string
}

const NO_FILTER: MentionFilter = { q: '', query: '', sentiment: '', range: '7d' }

const paramsOf = async (filter: MentionFilter, now: () => Promise<Date>) => {
  const range = RANGE_KEYS.find((k) => k === filter.range)
  return {
    q: filter.q.trim(),
    query: filter.query,
    sentiment: filter.sentiment,
    from: range ? rangeWindow(range, await now()).from : undefined,
    limit: 50,
  }
}

const MentionFilters = ({
  filter,
  queries,
  onApply,
}: {
  filter: MentionFilter
  queries: QueryJson[]
  onApply: (filter: MentionFilter) => void
}) => {
  const { t } = useApp()
  const [draft, setDraft] = useState(filter)
  const set = (change: Partial<MentionFilter>, apply = false) => {
    const next = { ...draft, ...change }
    setDraft(next)
    if (apply) onApply(next)
  }
  return (
    <form
      class="filters"
      onSubmit={(e) => {
        e.preventDefault()
        onApply(draft)
      }}
    >
      <label class="grow">
        {t('mentions.search')}
        <input
          type="search"
          name="q"
          value={draft.q}
          maxLength={500}
          title={t('mentions.searchHint')}
          onInput={(e) => set({ q: e.currentTarget.value })}
        />
      </label>
      <label>
        {t('common.query')}
        <select
          name="query"
          value={draft.query}
          onChange={(e) => set({ query: e.currentTarget.value }, true)}
        >
          <option value="">{t('common.allQueries')}</option>
          {queries.map((q) => (
            <option key={q.id} value={q.id}>
              {q.brand}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('mentions.sentiment')}
        <select
          name="sentiment"
          value={draft.sentiment}
          onChange={(e) => set({ sentiment: e.currentTarget.value }, true)}
        >
          <option value="">{t('mentions.anySentiment')}</option>
          <option value="negative">{t('sentiment.negative')}</option>
          <option value="neutral">{t('sentiment.neutral')}</option>
          <option value="positive">{t('sentiment.positive')}</option>
        </select>
      </label>
      <label>
        {t('range.label')}
        <select
          name="range"
          value={draft.range}
          onChange={(e) => set({ range: e.currentTarget.value }, true)}
        >
          {RANGE_KEYS.map((k) => (
            <option key={k} value={k}>
              {t(`range.${k}`)}
            </option>
          ))}
          <option value="all">{t('range.all')}</option>
        </select>
      </label>
      <button type="submit">{t('mentions.apply')}</button>
    </form>
  )
}

/** Every stored mention, newest first: searched and filtered, page by page ("more"), correctable. */
export const MentionsPage = ({ ws, canCorrect }: { ws: string; canCorrect: boolean }) => {
  const { client, t } = useApp()
  const [filter, setFilter] = useState<MentionFilter>(NO_FILTER)
  const [more, setMore] = useState<{ items: MentionJson[]; next?: string; error?: Error }>({ items: [] })
  const queries = useLoad(() => client.get<Page<QueryJson>>(wsPath(ws, '/queries')), [ws])
  const first = useLoad(async () => {
    setMore({ items: [] })
    const params = await paramsOf(filter, () => serverNow(client))
    return { params, page: await client.get<Page<MentionJson>>(wsPath(ws, '/mentions'), params) }
  }, [ws, filter])
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
    first.setData(
      (d) =>
        d && {
          ...d,
          page: { ...d.page, items: d.page.items.map((m) => (m.id === mention.id ? mention : m)) },
        },
    )
    setMore((m) => ({ ...m, items: m.items.map((x) => (x.id === mention.id ? mention : x)) }))
  }
  return (
    <>
      <h1>{t('mentions.title')}</h1>
      <MentionFilters filter={filter} queries={queries.data?.items ?? []} onApply={setFilter} />
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

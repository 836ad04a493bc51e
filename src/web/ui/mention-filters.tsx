import { useEffect, useState } from 'preact/hooks'
import { CAUSES, EMOTIONS, LANGS, MENTION_SORTS } from '../../core/vocabulary.ts'
import type { QueryJson } from '../api/wire.ts'
import type { MessageKey } from '../i18n/messages-en.ts'
import { type MentionFilter, NO_FILTER } from '../model/mention-filter.ts'
import { RANGE_KEYS } from '../model/time-range.ts'
import { useApp } from './app-context.ts'

type Set = (change: Partial<MentionFilter>, apply?: boolean) => void

/** A labelled select of one filter, applied as soon as it changes. */
const Choice = ({
  name,
  label,
  value,
  options,
  set,
}: {
  name: keyof MentionFilter
  label: string
  value: string
  options: (readonly [string, string])[]
  set: Set
}) => (
  <label>
    {label}
    <select name={name} value={value} onChange={(e) => set({ [name]: e.currentTarget.value }, true)}>
      {options.map(([v, text]) => (
        <option key={v} value={v}>
          {text}
        </option>
      ))}
    </select>
  </label>
)

/** A labelled text field of one filter, applied with the form. */
const Field = ({
  name,
  label,
  value,
  set,
  numeric = false,
}: {
  name: keyof MentionFilter
  label: string
  value: string
  set: Set
  numeric?: boolean
}) => (
  <label>
    {label}
    <input
      type="text"
      inputMode={numeric ? 'numeric' : undefined}
      pattern={numeric ? '[0-9]*' : undefined}
      name={name}
      value={value}
      maxLength={200}
      onInput={(e) => set({ [name]: e.currentTarget.value })}
    />
  </label>
)

/** The filters beyond search, query, sentiment and period: who wrote, where, in which tone, in which order. */
const MoreFilters = ({ draft, set }: { draft: MentionFilter; set: Set }) => {
  const { t } = useApp()
  const keyed = (prefix: string, keys: readonly string[], any: MessageKey) => [
    ['', t(any)] as const,
    ...keys.map((k) => [k, t(`${prefix}.${k}` as MessageKey)] as const),
  ]
  return (
    <>
      <Field name="source" label={t('mentions.source')} value={draft.source} set={set} />
      <Choice
        name="lang"
        label={t('mentions.lang')}
        value={draft.lang}
        options={keyed('lang', LANGS, 'mentions.anyLang')}
        set={set}
      />
      <Choice
        name="emotion"
        label={t('mentions.emotion')}
        value={draft.emotion}
        options={keyed('emotion', EMOTIONS, 'mentions.anyEmotion')}
        set={set}
      />
      <Choice
        name="cause"
        label={t('mentions.cause')}
        value={draft.cause}
        options={keyed('cause', CAUSES, 'mentions.anyCause')}
        set={set}
      />
      <Field name="author" label={t('mentions.author')} value={draft.author} set={set} />
      <Field name="minReach" label={t('mentions.minReach')} value={draft.minReach} set={set} numeric />
      <Choice
        name="owned"
        label={t('mentions.owned')}
        value={draft.owned}
        options={keyed('owned', ['true', 'false'], 'mentions.anyAccount')}
        set={set}
      />
      <Choice
        name="sort"
        label={t('mentions.sort')}
        value={draft.sort}
        options={MENTION_SORTS.map((k) => [k === 'newest' ? '' : k, t(`sort.${k}`)] as const)}
        set={set}
      />
    </>
  )
}

/** The filter form: selects apply at once, text fields with the button (or Enter). */
export const MentionFilters = ({
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
  const applied = JSON.stringify(filter)
  // a filter from the URL (back button, a shared link) replaces the one being typed
  useEffect(() => setDraft(filter), [applied])
  const set: Set = (change, apply = false) => {
    const next = { ...draft, ...change }
    setDraft(next)
    if (apply) onApply(next)
  }
  const sentiments = ['negative', 'neutral', 'positive'] as const
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
      <Choice
        name="query"
        label={t('common.query')}
        value={draft.query}
        options={[['', t('common.allQueries')], ...queries.map((q) => [q.id, q.brand] as const)]}
        set={set}
      />
      <Choice
        name="sentiment"
        label={t('mentions.sentiment')}
        value={draft.sentiment}
        options={[
          ['', t('mentions.anySentiment')],
          ...sentiments.map((s) => [s, t(`sentiment.${s}`)] as const),
        ]}
        set={set}
      />
      <Choice
        name="range"
        label={t('range.label')}
        value={draft.range}
        options={[...RANGE_KEYS.map((k) => [k, t(`range.${k}`)] as const), ['all', t('range.all')]]}
        set={set}
      />
      <MoreFilters draft={draft} set={set} />
      <button type="submit">{t('mentions.apply')}</button>
      <button type="button" class="link" onClick={() => set(NO_FILTER, true)}>
        {t('mentions.reset')}
      </button>
    </form>
  )
}

import { useState } from 'preact/hooks'
import { wsPath } from '../api/api-client.ts'
import type { ApprovalChainJson, MemberJson, PublisherJson, ReplyDraftJson } from '../api/wire.ts'
import { gapsIn, lengthOf, limitOf } from '../model/draft-text.ts'
import { useApp } from './app-context.ts'
import { DecisionForm, DraftDecisions } from './draft-decision.tsx'
import { DraftPublishing } from './draft-publishing.tsx'
import { DraftFlags, DraftTextView } from './draft-text-view.tsx'
import { ErrorNotice } from './notice.tsx'

const sameParts = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((p, i) => p === b[i])

/** One part's editor: the text, its live count against the network's limit, its gaps, and how it reads. */
const PartEditor = ({
  draft,
  parts,
  index,
  editable,
  onInput,
}: {
  draft: ReplyDraftJson
  parts: string[]
  index: number
  editable: boolean
  onInput: (text: string) => void
}) => {
  const { t, format } = useApp()
  const text = parts[index] ?? ''
  const limit = limitOf(draft)
  const length = lengthOf(text)
  const over = limit !== undefined && length > limit
  const gaps = gapsIn(text).length
  const id = `draft-${draft.id}-part-${index}`
  // the check's flags count in the saved text: shown while the text is the one checked
  const flags = sameParts(parts, draft.parts) ? draft.flags : []
  return (
    <div class="draft-part">
      <label for={id}>
        {parts.length > 1 ? t('draft.part', { n: index + 1, count: parts.length }) : t('draft.text')}
      </label>
      <textarea
        id={id}
        value={text}
        rows={Math.min(12, Math.max(3, Math.ceil(text.length / 70)))}
        readOnly={!editable}
        aria-describedby={`${id}-count`}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
      <p id={`${id}-count`} class={`char-count${over ? ' over' : ''}`} aria-live="polite">
        {limit === undefined
          ? t('draft.countFree', { count: format.count(length) })
          : t('draft.count', { count: format.count(length), limit: format.count(limit) })}
        {over ? ` — ${t('draft.over', { network: draft.network ?? '' })}` : ''}
        {gaps > 0 ? ` — ${t('draft.gaps', { count: gaps })}` : ''}
      </p>
      <details class="draft-preview" open={gaps > 0 || flags.length > 0}>
        <summary>{t('draft.preview')}</summary>
        <DraftTextView parts={parts} part={index} flags={flags} />
      </details>
    </div>
  )
}

/**
 * A reply draft: who it speaks to and where, its state; its parts edited with their counts; saved and
 * submitted by responders (the server's refusal said as it is, e.g. gaps left to fill); the check's flags;
 * the decisions and, while it waits for approval, the decision form; once approved, its publishing.
 */
export const ReplyDraft = ({
  ws,
  draft,
  chain,
  members,
  publishers,
  canRespond,
  onChanged,
}: {
  ws: string
  draft: ReplyDraftJson
  chain: ApprovalChainJson | undefined
  members: MemberJson[]
  /** the workspace's publishers (undefined while they load) */
  publishers: PublisherJson[] | undefined
  canRespond: boolean
  onChanged: (draft: ReplyDraftJson) => void
}) => {
  const { client, t } = useApp()
  const [parts, setParts] = useState(draft.parts)
  const [error, setError] = useState<Error>()
  const [busy, setBusy] = useState(false)
  const path = wsPath(ws, `/drafts/${encodeURIComponent(draft.id)}`)
  const editable = canRespond && draft.state !== 'approved' && draft.state !== 'published'
  const dirty = !sameParts(parts, draft.parts)
  const run = async (act: () => Promise<ReplyDraftJson>) => {
    setBusy(true)
    try {
      const after = await act()
      setParts(after.parts)
      setError(undefined)
      onChanged(after)
    } catch (e) {
      setError(e as Error)
    } finally {
      setBusy(false)
    }
  }
  const save = () => client.send<ReplyDraftJson>('PATCH', path, { parts, revision: draft.revision })
  const submit = async () => {
    if (dirty) onChanged(await save())
    return client.send<ReplyDraftJson>('POST', `${path}/submit`)
  }
  const step = chain?.steps[draft.step]
  return (
    <article class={`reply-draft state-${draft.state}`} data-id={draft.id} data-state={draft.state}>
      <header class="draft-head">
        <strong>
          {t(`audience.${draft.audience}`)} · {t(`channel.${draft.channel}`)}
          {draft.network ? ` (${draft.network})` : ''}
        </strong>{' '}
        <span lang={draft.lang}>{draft.lang.toUpperCase()}</span> · {t(`posture.${draft.posture}`)}{' '}
        <span class={`badge draft-${draft.state}`}>{t(`draft.state.${draft.state}`)}</span>{' '}
        <span class="muted">{t('draft.revision', { n: draft.revision })}</span>
      </header>
      {parts.map((_, i) => (
        <PartEditor
          key={i}
          draft={draft}
          parts={parts}
          index={i}
          editable={editable}
          onInput={(text) => setParts((list) => list.map((p, j) => (j === i ? text : p)))}
        />
      ))}
      <DraftFlags flags={dirty ? [] : draft.flags} />
      {draft.state === 'in_review' && step ? (
        <p class="waiting">
          {t('draft.waiting', { n: draft.step + 1, count: chain?.steps.length ?? 1, name: step.name })}
        </p>
      ) : null}
      <ErrorNotice error={error} />
      {editable ? (
        <div class="actions">
          <button type="button" disabled={busy || !dirty} onClick={() => void run(save)}>
            {t('draft.save')}
          </button>
          {draft.state === 'draft' || draft.state === 'rejected' ? (
            <button type="button" disabled={busy} onClick={() => void run(submit)}>
              {t('draft.submit')}
            </button>
          ) : null}
        </div>
      ) : null}
      {draft.state === 'approved' || draft.state === 'published' ? (
        <DraftPublishing
          ws={ws}
          draft={draft}
          publishers={publishers}
          members={members}
          canRespond={canRespond}
          onChanged={onChanged}
        />
      ) : null}
      <DraftDecisions draft={draft} chain={chain} members={members} />
      {canRespond && draft.state === 'in_review' && !dirty ? (
        <DecisionForm
          key={`${draft.revision}-${draft.step}`}
          draft={draft}
          onDecide={(body) =>
            run(() =>
              client.send<ReplyDraftJson>('POST', `${path}/decision`, { ...body, revision: draft.revision }),
            )
          }
        />
      ) : null}
    </article>
  )
}

import { useState } from 'preact/hooks'
import type { ApprovalChainJson, MemberJson, ReplyDraftJson } from '../api/wire.ts'
import { useApp } from './app-context.ts'

/** The decisions taken on a draft, oldest first, with the step, the revision and the comment. */
export const DraftDecisions = ({
  draft,
  chain,
  members,
}: {
  draft: ReplyDraftJson
  chain: ApprovalChainJson | undefined
  members: MemberJson[]
}) => {
  const { t, format, session } = useApp()
  if (draft.decisions.length === 0) return null
  const nameOf = (userId: string) =>
    userId === session.user?.id
      ? t('alert.you')
      : (members.find((m) => m.userId === userId)?.name ?? t('alert.formerUser'))
  return (
    <div class="decisions">
      <h4>{t('draft.decisions')}</h4>
      <ol>
        {draft.decisions.map((d) => (
          <li key={`${d.at}-${d.userId}`} data-decision={d.decision}>
            <time dateTime={d.at}>{format.dateTime(d.at)}</time>{' '}
            {t('draft.decision', {
              who: nameOf(d.userId),
              decision: t(`draft.${d.decision}`),
              step: chain?.steps[d.step]?.name ?? String(d.step + 1),
              revision: d.revision,
            })}
            {d.comment ? <q class="comment">{d.comment}</q> : null}
          </li>
        ))}
      </ol>
    </div>
  )
}

/**
 * Approve or reject at the step the draft waits for, with a comment (a rejection needs one); when the
 * check found a high risk, approving asks to accept it explicitly. The server decides who may.
 */
export const DecisionForm = ({
  draft,
  onDecide,
}: {
  draft: ReplyDraftJson
  onDecide: (body: {
    decision: 'approved' | 'rejected'
    comment: string
    acceptRisks: boolean
  }) => Promise<void>
}) => {
  const { t } = useApp()
  const [comment, setComment] = useState('')
  const [acceptRisks, setAcceptRisks] = useState(false)
  const [busy, setBusy] = useState(false)
  const high = draft.flags.some((f) => f.severity === 'high')
  const decide = async (decision: 'approved' | 'rejected') => {
    setBusy(true)
    await onDecide({ decision, comment, acceptRisks })
    setBusy(false)
  }
  return (
    <form class="stack decision-form" onSubmit={(e) => e.preventDefault()}>
      <label>
        {t('draft.comment')}{' '}
        <textarea
          value={comment}
          rows={2}
          maxLength={5000}
          onInput={(e) => setComment(e.currentTarget.value)}
        />
      </label>
      {high ? (
        <label class="check">
          <input
            type="checkbox"
            checked={acceptRisks}
            onChange={(e) => setAcceptRisks(e.currentTarget.checked)}
          />{' '}
          {t('draft.acceptRisks')}
        </label>
      ) : null}
      <div class="actions">
        <button type="button" disabled={busy} onClick={() => void decide('approved')}>
          {t('draft.approve')}
        </button>
        <button type="button" class="danger" disabled={busy} onClick={() => void decide('rejected')}>
          {t('draft.reject')}
        </button>
      </div>
    </form>
  )
}

import { useEffect, useState } from 'preact/hooks'
import { ROLES } from '../../core/vocabulary.ts'
import { wsPath } from '../api/api-client.ts'
import type { ApprovalChainJson, MemberJson, Page } from '../api/wire.ts'
import { useApp } from './app-context.ts'
import { ErrorNotice } from './notice.tsx'
import { useLoad } from './use-load.ts'

type Step = ApprovalChainJson['steps'][number]
type Role = (typeof ROLES)[number]

/** One step: its name, the role it needs, and the members who alone may pass it when some are ticked. */
const StepEditor = ({
  step,
  index,
  members,
  onChange,
  onRemove,
}: {
  step: Step
  index: number
  members: MemberJson[]
  onChange: (step: Step) => void
  onRemove?: () => void
}) => {
  const { t } = useApp()
  const toggle = (userId: string, on: boolean) =>
    onChange({ ...step, userIds: on ? [...step.userIds, userId] : step.userIds.filter((u) => u !== userId) })
  return (
    <fieldset class="chain-step" data-step={index}>
      <legend>{t('chain.step', { n: index + 1 })}</legend>
      <label>
        {t('chain.name')}{' '}
        <input
          value={step.name}
          maxLength={80}
          required
          onInput={(e) => onChange({ ...step, name: e.currentTarget.value })}
        />
      </label>
      <label>
        {t('chain.role')}{' '}
        <select
          value={step.role}
          onChange={(e) => onChange({ ...step, role: e.currentTarget.value as Role })}
        >
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`role.${r}`)}
            </option>
          ))}
        </select>
      </label>
      <fieldset class="approvers">
        <legend>{t('chain.approvers')}</legend>
        {members.map((m) => (
          <label key={m.userId} class="check">
            <input
              type="checkbox"
              checked={step.userIds.includes(m.userId)}
              onChange={(e) => toggle(m.userId, e.currentTarget.checked)}
            />{' '}
            {m.name}
          </label>
        ))}
      </fieldset>
      {onRemove ? (
        <button type="button" class="danger" onClick={onRemove}>
          {t('chain.remove')}
        </button>
      ) : null}
    </fieldset>
  )
}

/** The workspace's approval chain of replies, for its admins: steps in order, each with a role or people. */
export const ApprovalChainSettings = ({ ws }: { ws: string }) => {
  const { client, t } = useApp()
  const chain = useLoad(() => client.get<ApprovalChainJson>(wsPath(ws, '/approval-chain')), [ws])
  const members = useLoad(() => client.get<Page<MemberJson>>(wsPath(ws, '/members')), [ws])
  const [steps, setSteps] = useState<Step[]>([])
  const [error, setError] = useState<Error>()
  const [saved, setSaved] = useState(false)
  useEffect(() => {
    if (chain.data) setSteps(chain.data.steps)
  }, [chain.data])
  const save = async (event: Event) => {
    event.preventDefault()
    try {
      const after = await client.send<ApprovalChainJson>('PUT', wsPath(ws, '/approval-chain'), { steps })
      chain.setData(() => after)
      setError(undefined)
      setSaved(true)
    } catch (e) {
      setError(e as Error)
      setSaved(false)
    }
  }
  const edit = (i: number, step: Step) => {
    setSaved(false)
    setSteps((list) => list.map((s, j) => (j === i ? step : s)))
  }
  return (
    <section aria-labelledby="chain-title">
      <h2 id="chain-title">{t('chain.title')}</h2>
      <p class="muted">{t('chain.hint')}</p>
      {chain.data && chain.data.updatedAt === null ? <p class="muted">{t('chain.default')}</p> : null}
      <ErrorNotice error={chain.error ?? error} />
      <form class="stack" onSubmit={save}>
        {steps.map((step, i) => (
          <StepEditor
            key={i}
            step={step}
            index={i}
            members={members.data?.items ?? []}
            onChange={(s) => edit(i, s)}
            onRemove={steps.length > 1 ? () => setSteps((list) => list.filter((_, j) => j !== i)) : undefined}
          />
        ))}
        <div class="actions">
          <button
            type="button"
            disabled={steps.length >= 10}
            onClick={() => setSteps((list) => [...list, { name: '', role: 'analyst', userIds: [] }])}
          >
            {t('chain.add')}
          </button>
          <button type="submit">{t('chain.save')}</button>
        </div>
        {saved ? (
          <p class="notice" role="status">
            {t('common.saved')}
          </p>
        ) : null}
      </form>
    </section>
  )
}

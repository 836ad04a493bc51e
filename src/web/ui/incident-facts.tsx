import { useState } from 'preact/hooks'
import { CAUSES, CRISIS_TYPES, POSTURES } from '../../core/vocabulary.ts'
import type { IncidentJson, PostureAdviceJson } from '../api/wire.ts'
import { useApp } from './app-context.ts'
import { ErrorNotice } from './notice.tsx'
import { PostureAdvice } from './posture-advice.tsx'
import { useLoad } from './use-load.ts'

type Facts = IncidentJson['facts']
type Posture = (typeof POSTURES)[number]
const HARMS = ['none', 'minor', 'severe'] as const
const REPUTATIONS = ['good', 'neutral', 'bad'] as const

/** A labelled select over a closed list, its options said in the reader's language. */
const Choice = <V extends string>({
  label,
  value,
  options,
  labelOf,
  disabled,
  onChange,
}: {
  label: string
  value: V
  options: readonly V[]
  labelOf: (v: V) => string
  disabled: boolean
  onChange: (v: V) => void
}) => (
  <label>
    {label}{' '}
    <select value={value} disabled={disabled} onChange={(e) => onChange(e.currentTarget.value as V)}>
      {options.map((o) => (
        <option key={o} value={o}>
          {labelOf(o)}
        </option>
      ))}
    </select>
  </label>
)

const accusationOf = (facts: Facts) =>
  facts.accusationFalse === undefined ? 'unknown' : facts.accusationFalse ? 'false' : 'true'

/**
 * The facts the posture advice reads, as the team corrects them, and the posture it chooses: the advice is
 * asked again at every change (the server's pure function), so its warnings show before anything is saved.
 */
export const IncidentFacts = ({
  incident,
  canRespond,
  onSave,
}: {
  incident: IncidentJson
  canRespond: boolean
  onSave: (change: { facts: Facts; posture: Posture | null }) => Promise<void>
}) => {
  const { client, t, lang } = useApp()
  const [facts, setFacts] = useState<Facts>(incident.facts)
  const [posture, setPosture] = useState<Posture | null>(incident.posture)
  const [busy, setBusy] = useState(false)
  const set = (change: Partial<Facts>) => setFacts((f) => ({ ...f, ...change }))
  const advice = useLoad(
    () =>
      client.send<PostureAdviceJson>('POST', '/advice/posture', {
        ...facts,
        ...(posture ? { chosen: posture } : {}),
        lang,
      }),
    [JSON.stringify(facts), posture, lang],
  )
  const off = !canRespond
  const save = async (event: Event) => {
    event.preventDefault()
    setBusy(true)
    await onSave({ facts, posture })
    setBusy(false)
  }
  return (
    <section class="panel" aria-labelledby="facts-title" data-panel="facts">
      <h2 id="facts-title">{t('facts.title')}</h2>
      <div class="facts-advice">
        <form class="stack facts-form" onSubmit={save}>
          <p class="muted">{t('facts.hint')}</p>
          <Choice
            label={t('facts.cause')}
            value={facts.cause}
            options={CAUSES}
            labelOf={(c) => t(`cause.${c}`)}
            disabled={off}
            onChange={(cause) => set({ cause })}
          />
          <Choice
            label={t('facts.crisisType')}
            value={facts.crisisType ?? ''}
            options={['', ...CRISIS_TYPES] as const}
            labelOf={(c) => (c === '' ? t('facts.inferType') : t(`crisisType.${c}`))}
            disabled={off}
            onChange={(c) => set({ crisisType: c === '' ? undefined : c })}
          />
          <Choice
            label={t('facts.harm')}
            value={facts.harm}
            options={HARMS}
            labelOf={(h) => t(`facts.harm.${h}`)}
            disabled={off}
            onChange={(harm) => set({ harm })}
          />
          <label class="check">
            <input
              type="checkbox"
              checked={facts.victims}
              disabled={off}
              onChange={(e) => set({ victims: e.currentTarget.checked })}
            />{' '}
            {t('facts.victims')}
          </label>
          <label>
            {t('facts.pastCrises')}{' '}
            <input
              type="number"
              min={0}
              max={1000}
              value={facts.pastCrises}
              disabled={off}
              onInput={(e) => {
                const n = Number.parseInt(e.currentTarget.value, 10)
                if (Number.isInteger(n) && n >= 0 && n <= 1000) set({ pastCrises: n })
              }}
            />
          </label>
          <Choice
            label={t('facts.reputation')}
            value={facts.reputation}
            options={REPUTATIONS}
            labelOf={(r) => t(`facts.reputation.${r}`)}
            disabled={off}
            onChange={(reputation) => set({ reputation })}
          />
          <Choice
            label={t('facts.accusation')}
            value={accusationOf(facts)}
            options={['unknown', 'false', 'true'] as const}
            labelOf={(a) => t(`facts.accusation.${a}`)}
            disabled={off}
            onChange={(a) => set({ accusationFalse: a === 'unknown' ? undefined : a === 'false' })}
          />
          <fieldset class="postures">
            <legend>{t('facts.posture')}</legend>
            {([null, ...POSTURES] as const).map((p) => (
              <label key={p ?? 'none'} class="check">
                <input
                  type="radio"
                  name="posture"
                  checked={posture === p}
                  disabled={off}
                  onChange={() => setPosture(p)}
                />{' '}
                {p ? t(`posture.${p}`) : t('facts.noPosture')}
              </label>
            ))}
          </fieldset>
          {canRespond ? (
            <button type="submit" disabled={busy}>
              {t('facts.save')}
            </button>
          ) : null}
        </form>
        <div class="advice" aria-live="polite">
          <ErrorNotice error={advice.error} />
          {advice.data ? <PostureAdvice advice={advice.data} chosen={posture} /> : null}
        </div>
      </div>
    </section>
  )
}

import type { PostureAdviceJson } from '../api/wire.ts'
import { useApp } from './app-context.ts'

/**
 * The advice for the facts: the recommended posture and why, the warnings in plain view (first among them
 * the chosen posture's risks), the other postures with their risk here, and the publications it follows.
 */
export const PostureAdvice = ({
  advice,
  chosen,
}: {
  advice: PostureAdviceJson
  chosen: PostureAdviceJson['recommended'] | null
}) => {
  const { t } = useApp()
  const chosenRisk = advice.alternatives.find((a) => a.posture === chosen)?.risk
  return (
    <div class="posture-advice" data-recommended={advice.recommended}>
      <h3>{t('advice.title')}</h3>
      <p class="recommended">
        <strong>{t('advice.recommended', { posture: t(`posture.${advice.recommended}`) })}</strong>
      </p>
      <p class="muted">
        {t('advice.type', {
          type: t(`crisisType.${advice.crisisType}`),
          cluster: t(`cluster.${advice.cluster}`),
        })}
        {advice.crisisTypeInferred ? ` (${t('advice.inferred')})` : ''}
      </p>
      {advice.warnings.length > 0 ? (
        <section
          class={`advice-warnings${chosenRisk ? ` risk-${chosenRisk}` : ''}`}
          aria-labelledby="advice-warnings-title"
          data-chosen-risk={chosenRisk ?? 'none'}
        >
          <h4 id="advice-warnings-title">{t('advice.warnings')}</h4>
          <ul>
            {advice.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <h4>{t('advice.why')}</h4>
      <ul>
        {advice.reasons.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
      <h4>{t('advice.alternatives')}</h4>
      <ul class="alternatives">
        {advice.alternatives.map((a) => (
          <li key={a.posture} data-posture={a.posture} data-risk={a.risk}>
            <strong>{t(`posture.${a.posture}`)}</strong>{' '}
            <span class={`badge risk-${a.risk}`}>{t(`risk.${a.risk}`)}</span>
            <ul>
              {a.reasons.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      <details>
        <summary>{t('advice.sources')}</summary>
        <ul class="sources">
          {advice.sources.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
      </details>
    </div>
  )
}

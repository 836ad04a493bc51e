import type { DeclaredSourceJson, SourcesJson } from '../api/wire.ts'
import { declaredState, everyText, inputState } from '../model/source-health.ts'
import { useApp } from './app-context.ts'

const When = ({ at }: { at: string | null | undefined }) => {
  const { t, format } = useApp()
  return at ? (
    <time dateTime={at}>{format.dateTime(at)}</time>
  ) : (
    <span class="muted">{t('sources.never')}</span>
  )
}

const DeclaredRow = ({ source }: { source: DeclaredSourceJson }) => {
  const { t, format } = useApp()
  const state = declaredState(source)
  const health = source.health
  return (
    <tr data-source={source.id} data-state={state}>
      <td>{source.kind}</td>
      <td class="wrap">{source.url ?? source.id}</td>
      <td>{everyText(source.everyMs)}</td>
      <td>
        <span class={`badge state-${state}`}>{t(`sources.state.${state}`)}</span>
      </td>
      <td>
        <When at={health?.lastSuccessAt} />
      </td>
      <td class="wrap">
        <When at={health?.lastErrorAt} />
        {health?.lastError ? <span class="error-text"> {health.lastError}</span> : null}
      </td>
      <td class="num">{format.count(health?.stored ?? 0)}</td>
      <td class="num">{format.count(health?.rejected ?? 0)}</td>
    </tr>
  )
}

/** The feeds, accounts and webhooks declared for the workspace, with how each is doing. */
export const DeclaredSources = ({ sources }: { sources: DeclaredSourceJson[] }) => {
  const { t } = useApp()
  if (sources.length === 0) return <p class="muted">{t('sources.noDeclared')}</p>
  return (
    <div class="table-box">
      <table class="declared-sources">
        <thead>
          <tr>
            <th>{t('sources.kind')}</th>
            <th>{t('sources.address')}</th>
            <th>{t('sources.every')}</th>
            <th>{t('sources.status')}</th>
            <th>{t('sources.lastSuccess')}</th>
            <th>{t('sources.lastError')}</th>
            <th class="num">{t('sources.stored')}</th>
            <th class="num">{t('sources.rejected')}</th>
          </tr>
        </thead>
        <tbody>
          {sources.map((s) => (
            <DeclaredRow key={s.id} source={s} />
          ))}
        </tbody>
      </table>
    </div>
  )
}

/** Every input that delivered or rejected something: when it last moved, what it rejected. */
export const InputsTable = ({ inputs }: { inputs: SourcesJson['inputs'] }) => {
  const { t, format } = useApp()
  if (inputs.length === 0) return <p class="muted">{t('sources.noInputs')}</p>
  return (
    <div class="table-box">
      <table class="inputs">
        <thead>
          <tr>
            <th>{t('sources.input')}</th>
            <th>{t('sources.status')}</th>
            <th>{t('sources.lastDelivery')}</th>
            <th class="num">{t('sources.rejected')}</th>
            <th>{t('sources.lastRejected')}</th>
          </tr>
        </thead>
        <tbody>
          {inputs.map((input) => (
            <tr key={input.source} data-source={input.source} data-rejected={input.rejected}>
              <td class="wrap">{input.source}</td>
              <td>
                <span class={`badge state-${inputState(input)}`}>
                  {t(`sources.state.${inputState(input)}`)}
                </span>
              </td>
              <td>
                <When at={input.lastDeliveryAt} />
              </td>
              <td class="num">{format.count(input.rejected)}</td>
              <td>
                <When at={input.lastRejectedAt} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

/** Mentions per source name over the last 24 hours, and the hourly mean. */
export const LastDayTable = ({ lastDay }: { lastDay: SourcesJson['lastDay'] }) => {
  const { t, format } = useApp()
  if (lastDay.length === 0) return <p class="muted">{t('sources.noMentions')}</p>
  return (
    <div class="table-box">
      <table class="last-day">
        <thead>
          <tr>
            <th>{t('sources.source')}</th>
            <th class="num">{t('sources.mentions')}</th>
            <th class="num">{t('sources.perHour')}</th>
          </tr>
        </thead>
        <tbody>
          {lastDay.map((s) => (
            <tr key={s.source} data-source={s.source}>
              <td>{s.source}</td>
              <td class="num">{format.count(s.mentions)}</td>
              <td class="num">{format.count(Math.round(s.perHour * 10) / 10)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

import { useState } from 'preact/hooks'
import { DRILL_SCENARIOS } from '../../core/vocabulary.ts'
import { wsPath } from '../api/api-client.ts'
import type { DrillJson, DrillReportJson, Page, WorkspaceJson } from '../api/wire.ts'
import { routeHash } from '../model/routes.ts'
import { useApp } from './app-context.ts'
import { ErrorNotice, Loading } from './notice.tsx'
import { Panel } from './overview-panels.tsx'
import { useLoad } from './use-load.ts'

/** Replay speeds offered: event-time seconds per second. */
const SPEEDS = [1, 10, 60] as const

/**
 * The crisis drills of a workspace: those started so far, each opening its sandbox, and for analysts a
 * form that starts one (speed, minutes before the crisis begins). `onStarted` is given the sandbox's id
 * once the workspace list knows it.
 */
export const DrillsPanel = ({
  ws,
  canStart,
  onStarted,
}: {
  ws: string
  canStart: boolean
  onStarted: (sandbox: string) => Promise<void>
}) => {
  const { client, t, format } = useApp()
  const drills = useLoad(() => client.get<Page<DrillJson>>(wsPath(ws, '/drills')), [ws])
  const [speed, setSpeed] = useState<number>(1)
  const [scenario, setScenario] = useState<(typeof DRILL_SCENARIOS)[number]>(DRILL_SCENARIOS[0])
  const [after, setAfter] = useState(1)
  const [error, setError] = useState<Error>()
  const [busy, setBusy] = useState(false)
  const start = async (event: Event) => {
    event.preventDefault()
    setBusy(true)
    try {
      const drill = await client.send<DrillJson>('POST', wsPath(ws, '/drills'), {
        speed,
        scenario,
        crisisAfterSeconds: Math.round(after * 60),
      })
      setError(undefined)
      await onStarted(drill.workspaceId)
    } catch (e) {
      setError(e as Error)
    } finally {
      setBusy(false)
    }
  }
  const items = drills.data?.items ?? []
  const scenarioName = (value: string) => {
    const known = DRILL_SCENARIOS.find((s) => s === value)
    return known ? t(`drills.scenario.${known}`) : t('drills.scenario.employee_post')
  }
  const speedName = (value: number) => {
    const known = SPEEDS.find((s) => s === value)
    return known ? t(`drills.speed.${known}`) : t('drills.speedOther', { speed: format.count(value) })
  }
  return (
    <Panel id="drills" title={t('drills.title')}>
      <p class="muted">{t('drills.intro')}</p>
      <ErrorNotice error={error ?? drills.error} />
      {canStart ? (
        <form class="inline-form drill-form" onSubmit={(e) => void start(e)}>
          <label>
            {t('drills.scenario')}{' '}
            <select
              value={scenario}
              onChange={(e) => setScenario(e.currentTarget.value as (typeof DRILL_SCENARIOS)[number])}
            >
              {DRILL_SCENARIOS.map((s) => (
                <option key={s} value={s}>
                  {t(`drills.scenario.${s}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('drills.speed')}{' '}
            <select value={String(speed)} onChange={(e) => setSpeed(Number(e.currentTarget.value))}>
              {SPEEDS.map((s) => (
                <option key={s} value={String(s)}>
                  {t(`drills.speed.${s}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('drills.after')}{' '}
            <input
              type="number"
              min={0}
              max={60}
              value={after}
              onInput={(e) => setAfter(Math.min(60, Math.max(0, Number(e.currentTarget.value) || 0)))}
            />
          </label>
          <button type="submit" disabled={busy}>
            {t('drills.start')}
          </button>
        </form>
      ) : null}
      {drills.loading && !drills.data ? <Loading /> : null}
      {drills.data && items.length === 0 ? <p class="muted">{t('drills.none')}</p> : null}
      <ul class="drill-list">
        {items.map((d) => (
          <li key={d.workspaceId} data-id={d.workspaceId} data-ended={d.endedAt ? 'true' : 'false'}>
            <a href={routeHash({ ws: d.workspaceId, page: 'incidents' })}>
              {t('drills.item', { when: format.dateTime(d.startedAt) })}
            </a>{' '}
            <span class="muted">
              {scenarioName(d.scenario)} · {speedName(d.speed)} ·{' '}
              {d.endedAt ? t('drills.ended', { when: format.dateTime(d.endedAt) }) : t('drills.running')}
            </span>
          </li>
        ))}
      </ul>
    </Panel>
  )
}

/**
 * On every page of a drill's sandbox: it says this is an exercise where nothing is published for real,
 * shows the team's steps timed from the first alert, and lets an analyst stop the replay.
 */
export const DrillBanner = ({ workspace, canStop }: { workspace: WorkspaceJson; canStop: boolean }) => {
  const { client, t, format } = useApp()
  const drill = workspace.drill!
  const report = useLoad(() => client.get<DrillReportJson>(wsPath(workspace.id, '/drill')), [workspace.id])
  const [ended, setEnded] = useState(drill.endedAt)
  const [error, setError] = useState<Error>()
  const stop = async () => {
    try {
      const stopped = await client.send<DrillJson>('POST', wsPath(workspace.id, '/drill/stop'))
      setEnded(stopped.endedAt)
      setError(undefined)
      report.reload()
    } catch (e) {
      setError(e as Error)
    }
  }
  const steps = report.data?.steps ?? []
  return (
    <section class="drill-banner" aria-label={t('drills.banner')} data-ended={ended ? 'true' : 'false'}>
      <p>
        <strong>{t('drills.banner')}</strong>{' '}
        {t('drills.bannerText', { source: drill.sourceWorkspaceId, when: format.dateTime(drill.onsetAt) })}{' '}
        {ended ? t('drills.ended', { when: format.dateTime(ended) }) : t('drills.running')}
      </p>
      <ErrorNotice error={error ?? report.error} />
      {canStop && !ended ? (
        <button type="button" onClick={() => void stop()}>
          {t('drills.stop')}
        </button>
      ) : null}
      <details>
        <summary>{t('drills.report')}</summary>
        <button type="button" class="small-button" onClick={report.reload}>
          {t('drills.refresh')}
        </button>
        <table class="drill-steps">
          <thead>
            <tr>
              <th scope="col">{t('drills.step')}</th>
              <th scope="col" class="num">
                {t('drills.minutes')}
              </th>
            </tr>
          </thead>
          <tbody>
            {steps.map((s) => (
              <tr key={s.step} data-step={s.step} data-done={s.at ? 'true' : 'false'}>
                <th scope="row">{t(`drills.step.${s.step}`)}</th>
                <td class="num">
                  {s.minutes === null ? t('drills.notYet') : format.count(Math.round(s.minutes * 10) / 10)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {report.data && !report.data.firstAlertAt ? <p class="muted">{t('drills.noAlertYet')}</p> : null}
      </details>
    </section>
  )
}

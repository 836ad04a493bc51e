import type { QueryLevelJson } from '../api/wire.ts'
import { explanationIn, levelOf } from '../model/crisis-level.ts'
import { useApp } from './app-context.ts'

/** Per brand query, its crisis level now (its worst open alert), with that alert's sentence. */
export const CrisisLevels = ({ levels }: { levels: QueryLevelJson[] }) => {
  const { t, lang } = useApp()
  if (levels.length === 0) return <p class="muted">{t('overview.noQueries')}</p>
  return (
    <ul class="levels">
      {levels.map((entry) => {
        const level = levelOf(entry)
        const alert = entry.level
        return (
          <li
            key={entry.queryId}
            class={`level-card level-${level}`}
            data-query={entry.queryId}
            data-level={level}
          >
            <h3>{entry.brand}</h3>
            <p>
              <span class={`badge level-${level}`}>
                {t(level === 'calm' ? 'level.calm' : `severity.${level}`)}
              </span>
              {alert ? (
                <span class="score"> {t('common.score', { score: Math.round(alert.score) })}</span>
              ) : null}
              {entry.openAlerts > 1 ? (
                <span class="muted"> · {t('overview.openAlerts', { count: entry.openAlerts })}</span>
              ) : null}
            </p>
            <p class="explanation">{alert ? explanationIn(alert, lang) : t('overview.calm')}</p>
          </li>
        )
      })}
    </ul>
  )
}

import type { Severity } from '../core/index.ts'
import type { DetectionSettings } from './settings.ts'

export type Level = 'normal' | Severity
export const LEVELS: readonly Severity[] = ['watch', 'alert', 'crisis']
export const rankOf = (level: Level): number => (level === 'normal' ? 0 : LEVELS.indexOf(level) + 1)

export interface Escalation {
  /** Takes one bucket's crisis score; returns the severity to alert on, if this bucket raises one. */
  step(score: number, at: number): Severity | undefined
  readonly level: Level
}

/**
 * Persistence and cooldown, so one crisis is one incident that escalates: a level is reached after
 * `confirmBuckets` buckets at or above its threshold (or one bucket `strongMargin` above); an alert
 * is raised when the episode first reaches a level higher than any it has reached; the episode ends
 * after `cooldownMinutes` of calm (score under watch), and only then may the same level alert again.
 */
export const createEscalation = (settings: DetectionSettings): Escalation => {
  const { thresholds, confirmBuckets, strongMargin } = settings
  const cooldownMs = settings.cooldownMinutes * 60_000
  const streaks = [0, 0, 0]
  let level: Level = 'normal'
  let episodeTop: Level = 'normal'
  let calmSince = Number.NaN
  return {
    get level() {
      return level
    },
    step(score, at) {
      let confirmed: Level = 'normal'
      let present: Level = 'normal'
      // a plain loop: this runs for every closed bucket of every awake query, a closure per call adds up
      for (let i = 0; i < LEVELS.length; i++) {
        const l = LEVELS[i]!
        const threshold = thresholds[l]
        streaks[i] = score >= threshold ? (streaks[i] ?? 0) + 1 : 0
        if (score >= threshold) present = l
        if ((streaks[i] ?? 0) >= confirmBuckets || score >= threshold + strongMargin) confirmed = l
      }
      // up only when confirmed, down as soon as the score no longer holds the level
      level =
        rankOf(confirmed) > rankOf(level) ? confirmed : rankOf(present) < rankOf(level) ? present : level
      if (score >= thresholds.watch) calmSince = Number.NaN
      else if (Number.isNaN(calmSince)) calmSince = at
      if (!Number.isNaN(calmSince) && at - calmSince >= cooldownMs) episodeTop = 'normal'
      if (rankOf(confirmed) <= rankOf(episodeTop)) return undefined
      episodeTop = confirmed
      return confirmed === 'normal' ? undefined : confirmed
    },
  }
}

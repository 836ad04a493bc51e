import type { NotificationTrigger } from '../../core/index.ts'

type DigestTrigger = Extract<NotificationTrigger, { kind: 'digest' }>

const DAY = 86_400_000

export const digestPeriodMs = (trigger: DigestTrigger): number => (trigger.period === 'daily' ? DAY : 7 * DAY)

/**
 * The latest moment at or before `now` when this digest is due (UTC): today's `hour` (or yesterday's) for a
 * daily digest; the latest `weekday` at `hour` for a weekly one. The digest covers the period before it.
 */
export const latestDigestSlot = (trigger: DigestTrigger, now: Date): Date => {
  const slot = new Date(now)
  slot.setUTCHours(trigger.hour, 0, 0, 0)
  if (trigger.period === 'weekly') {
    const isoDay = slot.getUTCDay() || 7
    slot.setUTCDate(slot.getUTCDate() - ((isoDay - trigger.weekday + 7) % 7))
  }
  if (slot.getTime() > now.getTime()) slot.setTime(slot.getTime() - digestPeriodMs(trigger))
  return slot
}

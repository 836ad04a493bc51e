export { digestPeriodMs, latestDigestSlot } from './digest-schedule.ts'
export {
  type DigestFigures,
  type MentionItem,
  type NotificationContent,
  type PlannedContent,
  type PlannedNotification,
  toMentionItem,
} from './notification-content.ts'
export {
  matchesMention,
  type NotifyEvent,
  type NotifyInput,
  type NotifyPlan,
  type NotifyState,
  notify,
  type RuleState,
  ruleKey,
} from './notify.ts'

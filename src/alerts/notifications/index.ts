export {
  createNotifier,
  type NotificationDelivery,
  type Notifier,
  type NotifierLog,
  type NotifierOptions,
  type NotifyReport,
} from './create-notifier.ts'
export { digestPeriodMs, latestDigestSlot } from './digest-schedule.ts'
export { emailMessage, escapeHtml } from './email-message.ts'
export { MESSAGE_TEXTS, type MessageLang } from './message-texts.ts'
export {
  createNoticeHub,
  type Notice,
  type NoticeFeed,
  type NoticeHub,
  type NoticeListener,
} from './notice-hub.ts'
export {
  type DigestFigures,
  type MentionItem,
  type NotificationContent,
  type PlannedContent,
  type PlannedNotification,
  toMentionItem,
} from './notification-content.ts'
export {
  createNotificationSenders,
  type NotificationSenders,
  type Sender,
  type SenderDeps,
  type SendInput,
  sendThrough,
} from './notification-senders.ts'
export type { NotifierStore } from './notifier-store.ts'
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
export {
  explanationIn,
  type RenderContext,
  type RenderedMessage,
  type RenderedPost,
  renderMessage,
} from './render-message.ts'
export { mattermostPayload, slackPayload } from './slack-payload.ts'
export { createSmtpMailer, type Mail, type Mailer, type SmtpSettings } from './smtp-mailer.ts'
export { teamsPayload } from './teams-payload.ts'
export {
  type PostFunction,
  type PostResponse,
  postWithRetries,
  type RetrySettings,
  type SendOutcome,
} from './with-retries.ts'

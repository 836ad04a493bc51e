import type { Alert, AnalyzedMention, NotificationRule, NotificationTrigger } from '../../core/index.ts'
import { Severity } from '../../core/index.ts'
import { digestPeriodMs, latestDigestSlot } from './digest-schedule.ts'
import { byReach, type MentionItem, type PlannedNotification, toMentionItem } from './notification-content.ts'

/** Per mention rule: when it last sent, and what waits for the next grouped message. */
export interface RuleState {
  lastSentAt: number
  pending: number
  /** the most telling of the pending mentions, at most `top` */
  top: MentionItem[]
  pendingSince?: number
}
/** Keyed by `ruleKey`; the planner never changes the map it is given. */
export type NotifyState = ReadonlyMap<string, RuleState>

export type NotifyEvent =
  | { kind: 'mentions'; mentions: readonly AnalyzedMention[] }
  | { kind: 'alert'; alert: Alert }
  /** time passes: grouped messages whose wait is over, digests that are due */
  | { kind: 'tick' }

export interface NotifyInput {
  event: NotifyEvent
  /** the rules to consider (others are ignored); disabled ones never send */
  rules: readonly NotificationRule[]
  state: NotifyState
  now: Date
  /** how many posts a grouped message lists; 3 by default */
  top?: number
}

export interface NotifyPlan {
  messages: PlannedNotification[]
  state: NotifyState
}

export const ruleKey = (rule: Pick<NotificationRule, 'workspaceId' | 'id'>) =>
  `${rule.workspaceId}\n${rule.id}`

type MentionTrigger = Extract<NotificationTrigger, { kind: 'mention' }>

export const matchesMention = (t: MentionTrigger, m: AnalyzedMention): boolean =>
  m.analysis.queries.includes(t.queryId) &&
  (t.lang === undefined || t.lang === m.analysis.lang) &&
  (t.sentiment === undefined || t.sentiment === m.analysis.sentiment.label) &&
  (t.source === undefined || t.source === m.source) &&
  (!t.minReach || (m.author.followers ?? -1) >= t.minReach)

const rank = (s: Severity) => Severity.options.indexOf(s)

/**
 * What to send, given an event, the rules and the time; pure (tested with a manual clock). A mention rule
 * sends its first mention at once, then at most one grouped message (count and top posts) per
 * `groupMinutes`; an alert rule sends each alert from its level up; a digest rule sends once per period.
 */
export const notify = (input: NotifyInput): NotifyPlan => {
  const live = input.rules.filter((r) => r.enabled)
  if (input.event.kind === 'alert')
    return { messages: planAlert(live, input.event.alert), state: input.state }
  const state = new Map(input.state)
  const messages =
    input.event.kind === 'mentions'
      ? planMentions(live, input.event.mentions, state, input)
      : [...flushGroups(live, state, input), ...planDigests(live, input.now)]
  return { messages, state }
}

const planAlert = (rules: readonly NotificationRule[], alert: Alert): PlannedNotification[] =>
  rules
    .filter(
      (rule) =>
        rule.trigger.kind === 'alert' &&
        rule.workspaceId === alert.workspaceId &&
        rank(alert.severity) >= rank(rule.trigger.minSeverity) &&
        (rule.trigger.queryId === undefined || rule.trigger.queryId === alert.queryId),
    )
    .map((rule) => ({ rule, content: { kind: 'alert', alert } }))

const planMentions = (
  rules: readonly NotificationRule[],
  mentions: readonly AnalyzedMention[],
  state: Map<string, RuleState>,
  input: NotifyInput,
): PlannedNotification[] => {
  const now = input.now.getTime()
  const messages: PlannedNotification[] = []
  for (const rule of rules) {
    const { trigger } = rule
    if (trigger.kind !== 'mention') continue
    const matched = mentions.filter((m) => m.workspaceId === rule.workspaceId && matchesMention(trigger, m))
    if (matched.length === 0) continue
    let s = state.get(ruleKey(rule)) ?? { lastSentAt: Number.NEGATIVE_INFINITY, pending: 0, top: [] }
    for (const mention of matched) {
      const item = toMentionItem(mention)
      if (s.pending === 0 && now - s.lastSentAt >= groupMs(rule)) {
        messages.push({ rule, content: { kind: 'mention', queryId: trigger.queryId, mention: item } })
        s = { ...s, lastSentAt: now }
      } else {
        const top = [...s.top, item].sort(byReach).slice(0, input.top ?? 3)
        s = { ...s, pending: s.pending + 1, top, pendingSince: s.pendingSince ?? now }
      }
    }
    state.set(ruleKey(rule), s)
  }
  // a tick was missed: the wait is over already
  return [...messages, ...flushGroups(rules, state, input)]
}

const groupMs = (rule: NotificationRule) => rule.groupMinutes * 60_000

/** The grouped messages whose wait is over; forgets the state of rules that are gone. */
const flushGroups = (
  rules: readonly NotificationRule[],
  state: Map<string, RuleState>,
  input: NotifyInput,
): PlannedNotification[] => {
  const now = input.now.getTime()
  const byKey = new Map(rules.map((rule) => [ruleKey(rule), rule]))
  const messages: PlannedNotification[] = []
  for (const [key, s] of state) {
    const rule = byKey.get(key)
    if (rule?.trigger.kind !== 'mention') {
      if (input.event.kind === 'tick') state.delete(key)
      continue
    }
    if (s.pending === 0 || now - s.lastSentAt < groupMs(rule)) continue
    const from = new Date(s.pendingSince ?? now)
    const { queryId } = rule.trigger
    messages.push({
      rule,
      content: { kind: 'mentions', queryId, count: s.pending, top: s.top, from, to: input.now },
    })
    state.set(key, { lastSentAt: now, pending: 0, top: [] })
  }
  return messages
}

/** Digests whose latest slot is after the last one sent (or after the rule was made): the latest only. */
const planDigests = (rules: readonly NotificationRule[], now: Date): PlannedNotification[] =>
  rules.flatMap((rule): PlannedNotification[] => {
    const { trigger } = rule
    if (trigger.kind !== 'digest') return []
    const slot = latestDigestSlot(trigger, now)
    const since = rule.lastDigestAt ?? rule.createdAt
    if (slot.getTime() <= since.getTime()) return []
    const from = new Date(slot.getTime() - digestPeriodMs(trigger))
    return [{ rule, content: { kind: 'digest', period: trigger.period, from, to: slot } }]
  })

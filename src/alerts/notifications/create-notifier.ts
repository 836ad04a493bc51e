import {
  type Alert,
  type AnalyzedMention,
  AppError,
  type Clock,
  type NotificationRule,
  systemClock,
} from '../../core/index.ts'
import { type DeliveryDeps, deliverAll, type NotificationDelivery } from './deliver-notifications.ts'
import type { PlannedNotification } from './notification-content.ts'
import { type NotifyEvent, type NotifyState, notify } from './notify.ts'

/** Planned at once; sent in the background (`deliveries` never rejects), so a slow webhook never holds ingest. */
export interface NotifyReport {
  planned: number
  deliveries: Promise<NotificationDelivery[]>
}

export type { NotificationDelivery, NotifierLog } from './deliver-notifications.ts'

export interface NotifierOptions extends DeliveryDeps {
  clock?: Clock
}

export interface Notifier {
  /** After a batch was stored: the newly stored mentions of one workspace. */
  onMentions(workspaceId: string, mentions: readonly AnalyzedMention[]): Promise<NotifyReport>
  /** After an alert was raised (an alert already notified is ignored). */
  onAlert(alert: Alert): Promise<NotifyReport>
  /** Sends the grouped messages whose wait is over and the digests that are due; call it every minute. */
  tick(now?: Date): Promise<NotifyReport>
  /** Sends a test message through one rule's channel, now, and says how it went. */
  sendTest(workspaceId: string, ruleId: string): Promise<NotificationDelivery>
  /** Resolves when every send started so far has ended. */
  idle(): Promise<void>
}

const REMEMBERED_ALERTS = 10_000

export const createNotifier = (options: NotifierOptions): Notifier => {
  const clock = options.clock ?? systemClock
  const { store } = options
  let state: NotifyState = new Map()
  const notified = new Set<string>()
  const inFlight = new Set<Promise<unknown>>()
  let ticking: Promise<NotifyReport> | undefined

  const plan = (event: NotifyEvent, rules: readonly NotificationRule[], now: Date) => {
    // read and written with no await between: concurrent batches cannot lose each other's state
    const result = notify({ event, rules, state, now, top: options.top })
    state = result.state
    return result.messages
  }
  const start = (messages: PlannedNotification[]): NotifyReport => {
    const deliveries = deliverAll(options, messages)
    inFlight.add(deliveries)
    void deliveries.finally(() => inFlight.delete(deliveries))
    return { planned: messages.length, deliveries }
  }
  const tickOnce = async (now: Date) => {
    const rules = [
      ...(await store.listNotificationRules({ trigger: 'mention' })),
      ...(await store.listNotificationRules({ trigger: 'digest' })),
    ]
    const messages = plan({ kind: 'tick' }, rules, now)
    // recorded before sending: a digest is sent at most once, even if the process stops while sending
    for (const m of messages)
      if (m.content.kind === 'digest')
        await store.setNotificationDigestSent(m.rule.workspaceId, m.rule.id, m.content.to)
    return start(messages)
  }

  return {
    async onMentions(workspaceId, mentions) {
      if (mentions.length === 0) return start([])
      const rules = await store.listNotificationRules({ workspaceId, trigger: 'mention' })
      return start(plan({ kind: 'mentions', mentions }, rules, clock.now()))
    },
    async onAlert(alert) {
      const key = `${alert.workspaceId}\n${alert.id}`
      if (notified.has(key)) return start([])
      notified.add(key)
      if (notified.size > REMEMBERED_ALERTS) notified.delete(notified.values().next().value!)
      const rules = await store.listNotificationRules({ workspaceId: alert.workspaceId, trigger: 'alert' })
      return start(plan({ kind: 'alert', alert }, rules, clock.now()))
    },
    tick(now = clock.now()) {
      // one tick at a time: two overlapping ticks would send the same digest twice
      ticking ??= tickOnce(now).finally(() => {
        ticking = undefined
      })
      return ticking
    },
    async sendTest(workspaceId, ruleId) {
      const rule = await store.getNotificationRule(workspaceId, ruleId)
      if (!rule) throw new AppError('not_found', `no notification rule ${ruleId} in workspace ${workspaceId}`)
      const [delivery] = await start([{ rule, content: { kind: 'test' } }]).deliveries
      return delivery!
    },
    async idle() {
      while (inFlight.size > 0) await Promise.all([...inFlight])
    },
  }
}

import {
  type Alert,
  type AnalyzedMention,
  AppError,
  type Clock,
  type Meter,
  type NotificationRule,
  nullMeter,
  systemClock,
} from '../../core/index.ts'
import { readDigestFigures } from './digest-figures.ts'
import type { NotificationContent, PlannedNotification } from './notification-content.ts'
import { type NotificationSenders, sendThrough } from './notification-senders.ts'
import type { NotifierStore } from './notifier-store.ts'
import { type NotifyEvent, type NotifyState, notify } from './notify.ts'
import { type RenderContext, renderMessage } from './render-message.ts'

/** What happened to one message: sent, or the reason it became a dead letter. */
export interface NotificationDelivery {
  ruleId: string
  channel: string
  kind: NotificationContent['kind']
  ok: boolean
  reason?: string
}

/** Planned at once; sent in the background (`deliveries` never rejects), so a slow webhook never holds ingest. */
export interface NotifyReport {
  planned: number
  deliveries: Promise<NotificationDelivery[]>
}

/** pino's shape, so the runtime's logger fits. */
export interface NotifierLog {
  warn(object: object, message: string): void
}

export interface NotifierOptions {
  store: NotifierStore
  /** one sender per channel kind (`createNotificationSenders`) */
  channels: NotificationSenders
  clock?: Clock
  log?: NotifierLog
  meter?: Meter
  /** the dashboard's address, for the messages' "open" link */
  baseUrl?: string
  /** how many posts grouped messages and digests list; 3 by default */
  top?: number
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

/** Renders and sends each message; every final failure is logged, counted and kept as a dead letter. */
const deliverAll = async (
  o: NotifierOptions,
  messages: PlannedNotification[],
): Promise<NotificationDelivery[]> => {
  const contexts = new Map<string, Promise<Omit<RenderContext, 'rule'>>>()
  const contextOf = (workspaceId: string) => {
    const known = contexts.get(workspaceId) ?? renderContextOf(o, workspaceId)
    contexts.set(workspaceId, known)
    return known
  }
  return Promise.all(messages.map((m) => deliverOne(o, m, contextOf(m.rule.workspaceId))))
}

const deliverOne = async (
  o: NotifierOptions,
  { rule, content: planned }: PlannedNotification,
  context: Promise<Omit<RenderContext, 'rule'>>,
): Promise<NotificationDelivery> => {
  const done = { ruleId: rule.id, channel: rule.channel.kind, kind: planned.kind }
  try {
    const content: NotificationContent =
      planned.kind === 'digest'
        ? {
            ...planned,
            figures: await readDigestFigures(o.store, rule.workspaceId, planned.from, planned.to, o.top),
          }
        : planned
    const message = renderMessage(content, { ...(await context), rule })
    const outcome = await sendThrough(o.channels, { channel: rule.channel, rule, content, message })
    ;(o.meter ?? nullMeter).count('notifications_total', {
      channel: rule.channel.kind,
      outcome: outcome.ok ? 'sent' : 'dead_letter',
    })
    if (outcome.ok) return { ...done, ok: true }
    await deadLetter(o, rule, outcome.reason, outcome.payload)
    return { ...done, ok: false, reason: outcome.reason }
  } catch (error) {
    // a bug or the store failing: reported like a delivery failure, never thrown into the caller's flow
    const reason = error instanceof Error ? error.message : String(error)
    await deadLetter(o, rule, reason, JSON.stringify(planned)).catch(() => {})
    return { ...done, ok: false, reason }
  }
}

const deadLetter = async (o: NotifierOptions, rule: NotificationRule, reason: string, payload: string) => {
  o.log?.warn(
    { workspace: rule.workspaceId, rule: rule.id, channel: rule.channel.kind, error: reason },
    'notification failed',
  )
  await o.store.addDeadLetter({
    workspaceId: rule.workspaceId,
    source: `notifications:${rule.channel.kind}`,
    stage: 'deliver',
    reason: `rule ${rule.id}: ${reason}`,
    payload,
  })
}

const renderContextOf = async (
  o: NotifierOptions,
  workspaceId: string,
): Promise<Omit<RenderContext, 'rule'>> => {
  const workspace = await o.store.getWorkspace(workspaceId)
  const brands = new Map((await o.store.listQueries(workspaceId)).map((q) => [q.id, q.brand]))
  return {
    lang: workspace?.language ?? 'en',
    workspaceName: workspace?.name ?? workspaceId,
    brandOf: (queryId) => brands.get(queryId) ?? queryId,
    ...(o.baseUrl ? { baseUrl: o.baseUrl } : {}),
  }
}

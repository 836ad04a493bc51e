import { type Meter, type NotificationRule, nullMeter } from '../../core/index.ts'
import { readDigestFigures } from './digest-figures.ts'
import type { NotificationContent, PlannedNotification } from './notification-content.ts'
import { type NotificationSenders, sendThrough } from './notification-senders.ts'
import type { NotifierStore } from './notifier-store.ts'
import { type RenderContext, renderMessage } from './render-message.ts'

/** What happened to one message: sent, or the reason it became a dead letter. */
export interface NotificationDelivery {
  ruleId: string
  channel: string
  kind: NotificationContent['kind']
  ok: boolean
  reason?: string
}

/** pino's shape, so the runtime's logger fits. */
export interface NotifierLog {
  warn(object: object, message: string): void
}

/** What sending needs (`NotifierOptions` without the clock). */
export interface DeliveryDeps {
  store: NotifierStore
  /** one sender per channel kind (`createNotificationSenders`) */
  channels: NotificationSenders
  log?: NotifierLog
  meter?: Meter
  /** the dashboard's address, for the messages' "open" link */
  baseUrl?: string
  /** how many posts grouped messages and digests list; 3 by default */
  top?: number
}

/** Renders and sends each message; every final failure is logged, counted and kept as a dead letter. */
export const deliverAll = async (
  o: DeliveryDeps,
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
  o: DeliveryDeps,
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

const deadLetter = async (o: DeliveryDeps, rule: NotificationRule, reason: string, payload: string) => {
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
  o: DeliveryDeps,
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

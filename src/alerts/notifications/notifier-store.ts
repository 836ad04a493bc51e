import type { Alert, AnalyzedMention, NotificationRule } from '../../core/index.ts'

/**
 * The part of the Store the notifier reads and writes (typed here: components do not import each other;
 * the Store satisfies it).
 */
export interface NotifierStore {
  getWorkspace(id: string): Promise<{ id: string; name: string; language?: 'fr' | 'en' } | undefined>
  listQueries(workspaceId: string): Promise<{ id: string; brand: string }[]>
  listNotificationRules(input: {
    workspaceId?: string
    trigger?: NotificationRule['trigger']['kind']
  }): Promise<NotificationRule[]>
  getNotificationRule(workspaceId: string, id: string): Promise<NotificationRule | undefined>
  setNotificationDigestSent(workspaceId: string, id: string, at: Date): Promise<void>
  addDeadLetter(letter: {
    workspaceId: string
    source: string
    stage: string
    reason: string
    payload: string
  }): Promise<void>
  volume(input: {
    workspaceId: string
    from: Date
    to: Date
    bucketMs?: number
  }): Promise<{ total: number; negative: number; positive: number }[]>
  listAlerts(input: { workspaceId: string; limit?: number }): Promise<Alert[]>
  listMentions(filter: {
    workspaceId: string
    from?: Date
    to?: Date
    sort?: 'engagement'
    limit?: number
  }): Promise<{ items: AnalyzedMention[] }>
}

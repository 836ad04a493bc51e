import type { Alert, AnalyzedMention, BrandQuery, Role, User, Workspace } from '../../core/index.ts'

/** What JSON makes of a core type: dates travel as ISO strings. */
export type Json<T> = T extends Date
  ? string
  : T extends readonly (infer U)[]
    ? Json<U>[]
    : T extends object
      ? { [K in keyof T]: Json<T[K]> }
      : T

export type AlertJson = Json<Alert>
export type MentionJson = Json<AnalyzedMention>
export type UserJson = Json<User>
export type WorkspaceJson = Json<Workspace> & { role: Role }
export type QueryJson = Json<BrandQuery> & { error?: { message: string; position: number; reason: string } }

export interface SessionJson {
  user: UserJson | null
  roles: Record<string, Role>
  csrf: string | null
  /** set for a demo visitor: the workspace they may read */
  demo: string | null
}

export interface Page<T> {
  items: T[]
  next?: string
}

export interface VolumeBucket {
  at: string
  total: number
  negative: number
  positive: number
}

export interface VolumeJson {
  bucket: string
  from: string
  to: string
  buckets: VolumeBucket[]
}

export interface QueryTestJson {
  read: number
  matched: number
  complete: boolean
  examples: MentionJson[]
}

export interface CommentJson {
  id: number
  alertId: string
  userId: string
  text: string
  at: string
}

export interface TokenJson {
  id: string
  name: string
  createdAt: string
  lastUsedAt?: string
}

export interface MemberJson {
  userId: string
  workspaceId: string
  role: Role
}

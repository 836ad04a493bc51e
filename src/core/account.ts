import { z } from 'zod'
import { ROLES } from './vocabulary.ts'
import { Id } from './workspace.ts'

/**
 * What a user may do in a workspace, from least to most: a viewer reads; a responder also acknowledges,
 * resolves and comments alerts; an analyst also edits brand queries, corrects sentiment and the workspace's
 * settings; an admin also manages the workspace's members. An installation admin (`User.admin`) is admin
 * of every workspace and alone creates workspaces and users.
 */
export const Role = z.enum(ROLES)
export type Role = z.infer<typeof Role>

/** True when `role` is `needed` or above it. */
export const roleAtLeast = (role: Role, needed: Role): boolean =>
  Role.options.indexOf(role) >= Role.options.indexOf(needed)

export const Email = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .regex(/^[^\s@]+@[^\s@]+$/, 'an email address (name@domain)')

export const User = z.object({
  id: Id,
  /** unique in the installation, stored lowercase */
  email: Email,
  name: z.string().min(1).max(200),
  /** admin of the whole installation (every workspace, users, new workspaces) */
  admin: z.boolean(),
  /** the interface language the user chose; the browser's when absent */
  language: z.enum(['fr', 'en']).optional(),
  createdAt: z.coerce.date(),
})
export type User = z.infer<typeof User>

/** A user as stored: with the argon2 hash of the password (none: the user logs in with tokens only). */
export interface UserRecord extends User {
  passwordHash?: string
}

/** A user's role in one workspace. */
export interface Membership {
  userId: string
  workspaceId: string
  role: Role
}

/** A browser session: the cookie holds a random value, the store only its SHA-256. */
export interface SessionRecord {
  /** SHA-256 (hex) of the cookie's value */
  idHash: string
  userId: string
  /** the value a page must send in `X-CSRF-Token` with every change */
  csrf: string
  createdAt: Date
  expiresAt: Date
}

/** An API token: shown once at creation, stored as its SHA-256. */
export interface ApiTokenRecord {
  id: string
  userId: string
  name: string
  /** SHA-256 (hex) of the token */
  hash: string
  createdAt: Date
  lastUsedAt?: Date
}

/** A team member's comment on an alert. */
export interface AlertComment {
  id: number
  workspaceId: string
  alertId: string
  userId: string
  text: string
  at: Date
}

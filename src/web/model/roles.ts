import type { Role } from '../../core/index.ts'
import { ROLES } from '../../core/vocabulary.ts'

const ORDER: readonly Role[] = ROLES

/** What a role lets one do in the dashboard, as the API enforces it. */
export const ABILITIES = {
  respond: 'responder', // acknowledge, resolve, comment alerts
  analyse: 'analyst', // queries, sentiment corrections, workspace settings
  administer: 'admin', // members
} as const satisfies Record<string, Role>

export const can = (role: Role | undefined, ability: keyof typeof ABILITIES): boolean =>
  role !== undefined && ORDER.indexOf(role) >= ORDER.indexOf(ABILITIES[ability])

// Shape of the cause-specific crisis texts (one record per language).

import type { Cause } from './types.ts'

export type CauseTexts = Record<Cause, { origin: string[]; witness: string[]; headline: string[] }>

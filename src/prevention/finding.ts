import type { CheckKind, FlagSeverity } from '../core/index.ts'
import type { RuleId } from './messages.ts'

/** What one rule found, before it is tied to a charter clause and explained in the draft's language. */
export interface Finding {
  kind: CheckKind
  rule: RuleId
  start: number
  end: number
  severity: FlagSeverity
  /** the words found, quoted in the message */
  term?: string
}

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

/** What a rule's pattern matched, as a finding: its span, and its words to quote. */
export const findingAt = (
  m: RegExpExecArray,
  kind: CheckKind,
  rule: RuleId,
  severity: FlagSeverity,
): Finding => ({ kind, rule, start: m.index, end: m.index + m[0].length, severity, term: m[0] })

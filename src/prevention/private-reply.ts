import type { Finding } from './finding.ts'

/** A reply sent in private to the person who complained (network `private_reply` or audience `complainant`). */
export const isPrivateReply = (draft: { network?: string; audience?: string }): boolean =>
  draft.network === 'private_reply' || draft.audience === 'complainant'

// what a customer gave us and may get back in private: their own contact details and what they told us
const SPARED = new Set<Finding['rule']>(['email', 'phone', 'address', 'sensitive_data'])

/**
 * In a private reply to the complainant, their own contact details and what they told us are not flagged:
 * sending them back to confirm is part of helping. Payment numbers stay flagged, lowered to medium: a full
 * IBAN or card number is never written, even in private (mask all but the last digits).
 */
export const spareComplainantData = (findings: readonly Finding[]): Finding[] =>
  findings
    .filter((f) => !SPARED.has(f.rule))
    .map((f) => (f.severity === 'high' ? { ...f, severity: 'medium' as const } : f))

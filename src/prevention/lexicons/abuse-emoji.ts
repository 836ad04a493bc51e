import type { AbuseGroup } from './abuse-group.ts'

/** Emoji that insult or mock on their own or when aimed at someone. */
export const ABUSE_EMOJI: readonly AbuseGroup[] = [
  { kind: 'insult', severity: 'high', lang: 'any', phrases: ['🖕'] },
  {
    kind: 'insult',
    severity: 'medium',
    lang: 'any',
    targeted: true,
    phrases: ['💩', '🐷', '🐖', '🐀', '🐍'],
  },
  {
    kind: 'mockery',
    severity: 'medium',
    lang: 'any',
    targeted: true,
    phrases: ['😏', '🥱', '🤪', '🤓'],
  },
  { kind: 'aggressive_tone', severity: 'medium', lang: 'any', targeted: true, phrases: ['🤬', '😡'] },
]

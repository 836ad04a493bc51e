import { pino } from 'pino'

export type Logger = pino.Logger

/** Structured logs on stderr, so command output on stdout stays machine-readable. */
export const createLogger = (level: string): Logger =>
  pino({ level, base: { app: 'vigie' } }, pino.destination({ fd: 2, sync: true }))

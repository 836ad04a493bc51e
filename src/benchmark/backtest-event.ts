import { z } from 'zod'
import { AppError, describeIssues } from '../core/index.ts'

/**
 * A ground-truth event of a backtest. Only `crisis` events should alert; any other kind (a positive
 * viral post, a planned campaign...) is a trap, and an alert during it is a false alert.
 */
export const BacktestEvent = z.object({
  id: z.string().optional(),
  onset: z.coerce.date(),
  /** end of the event window; when absent the window lasts `openEventHours` */
  end: z.coerce.date().optional(),
  kind: z.union([z.enum(['crisis', 'positive_viral', 'campaign']), z.string().min(1)]),
  queryId: z.string().optional(),
})
export type BacktestEvent = z.infer<typeof BacktestEvent>

/** Parses a ground-truth file: a JSON array of events, or one JSON event per line. */
export const parseBacktestEvents = (text: string, file: string): BacktestEvent[] => {
  const trimmed = text.trim()
  const items = trimmed.startsWith('[') ? [parseJson(trimmed, file, 1)] : parseLines(trimmed, file)
  const events = z.array(BacktestEvent).safeParse(items.flat())
  if (!events.success) {
    throw new AppError('invalid', `${file}: ${describeIssues(events.error.issues).join('; ')}`)
  }
  const reversed = events.data.findIndex((event) => event.end && event.end < event.onset)
  if (reversed >= 0) throw new AppError('invalid', `${file}: event ${reversed} ends before its onset`)
  return events.data
}

const parseLines = (text: string, file: string) =>
  text
    .split(/\r?\n/)
    .map((line, i) => ({ line: line.trim(), number: i + 1 }))
    .filter(({ line }) => line !== '')
    .map(({ line, number }) => parseJson(line, file, number))

const parseJson = (text: string, file: string, line: number): unknown => {
  try {
    return JSON.parse(text)
  } catch (error) {
    throw new AppError('invalid', `${file}:${line}: not JSON (${(error as Error).message})`)
  }
}

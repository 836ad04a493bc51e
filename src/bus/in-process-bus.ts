import type { Bus } from './port.ts'

type Handler = (payload: unknown, subject: string) => void | Promise<void>

const matches = (pattern: string, subject: string) =>
  pattern === subject || (pattern.endsWith('.>') && subject.startsWith(pattern.slice(0, -1)))

/** One process, no persistence: handlers run in order of subscription; a failing handler does not stop others. */
export const createInProcessBus = (onError: (error: unknown, subject: string) => void = () => {}): Bus => {
  const subs = new Set<{ pattern: string; handler: Handler }>()
  return {
    async publish(subject, payload) {
      for (const sub of [...subs]) {
        if (!matches(sub.pattern, subject)) continue
        try {
          await sub.handler(payload, subject)
        } catch (error) {
          onError(error, subject)
        }
      }
    },
    subscribe(pattern, handler) {
      const sub = { pattern, handler }
      subs.add(sub)
      return () => subs.delete(sub)
    },
    async close() {
      subs.clear()
    },
  }
}

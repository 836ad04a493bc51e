/** The one way code reads the time, so tests and replays can drive it. */
export interface Clock {
  now(): Date
}

export const systemClock: Clock = { now: () => new Date() }

/** A clock a test (or a replay) moves by hand. */
export const createManualClock = (
  start: Date | number = 0,
): Clock & { set(t: Date | number): void; advance(ms: number): void } => {
  let t = typeof start === 'number' ? start : start.getTime()
  return {
    now: () => new Date(t),
    set: (next) => {
      t = typeof next === 'number' ? next : next.getTime()
    },
    advance: (ms) => {
      t += ms
    },
  }
}

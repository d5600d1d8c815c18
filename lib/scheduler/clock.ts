// The scheduler reads time through this, so tests (and the e2e test clock) can move it without sleeping.
export type Clock = { now: () => Date }

export const systemClock: Clock = { now: () => new Date() }

/** A clock that only moves when told to. */
export function fakeClock(start: Date) {
  let current = start.getTime()
  return {
    now: () => new Date(current),
    set: (date: Date) => {
      current = date.getTime()
    },
    advance: (ms: number) => {
      current += ms
    },
  }
}

import {
  type Bus,
  type BusHandler,
  busClosed,
  checkLeaseKey,
  type DeadLetter,
  deadLetterSubject,
  errorMessage,
  type KeptDeadLetter,
  subjectKind,
  subjectMatches,
} from './port.ts'

/** dead letters an in-process bus keeps at most */
const KEPT_DEAD = 10_000
/** message ids an in-process bus remembers at most (its duplicate window) */
const KEPT_IDS = 10_000

export interface InProcessBusOptions {
  /** attempts per message before it becomes a dead letter (default 5) */
  maxDeliver?: number
  /** told of each failed attempt */
  onError?: (error: unknown, subject: string, attempt: number) => void
}

interface Member {
  pattern: string
  handler: BusHandler
  /** the messages of this subscriber run one after another, in order */
  tail: Promise<void>
}

interface Group {
  pattern: string
  members: Member[]
  next: number
  /** what was published while no member listened */
  backlog: { subject: string; payload: unknown }[]
}

/**
 * One process, memory only: `publish` resolves once every subscriber handled the message (retries
 * included, one right after the other). A durable subscriber's place lasts as long as the process.
 */
export const createInProcessBus = (options: InProcessBusOptions = {}): Bus => {
  const maxDeliver = options.maxDeliver ?? 5
  const members = new Set<Member>()
  const groups = new Map<string, Group>()
  const leases = new Set<string>()
  /** the dead letters of this process, the oldest dropped past `KEPT_DEAD` */
  const dead: { seq: number; letter: DeadLetter }[] = []
  let deadSeq = 0
  let closed = false
  /** the ids of the latest messages published with one, oldest first */
  const ids = new Set<string>()
  /** false for a message whose id was taken already; remembers the id otherwise */
  const isNew = (id: string | undefined) => {
    if (id === undefined) return true
    if (ids.has(id)) return false
    ids.add(id)
    if (ids.size > KEPT_IDS) ids.delete(ids.values().next().value as string)
    return true
  }

  const attempt = async (member: Member, subject: string, payload: unknown) => {
    let reason = ''
    for (let n = 1; n <= maxDeliver; n++) {
      try {
        await member.handler(payload, subject)
        return
      } catch (error) {
        reason = errorMessage(error)
        options.onError?.(error, subject, n)
      }
    }
    if (subjectKind(subject, false) === 'dead') return // a dead letter's handler failed: reported above
    const letter: DeadLetter = {
      subject,
      payload,
      reason,
      attempts: maxDeliver,
      failedAt: new Date().toISOString(),
    }
    dead.push({ seq: ++deadSeq, letter })
    if (dead.length > KEPT_DEAD) dead.shift()
    await deliver(deadLetterSubject(subject), letter)
  }

  const enqueue = (member: Member, subject: string, payload: unknown) => {
    member.tail = member.tail
      .then(() => attempt(member, subject, payload))
      .catch((error) => options.onError?.(error, subject, 0))
    return member.tail
  }

  const deliver = async (subject: string, payload: unknown) => {
    const runs: Promise<void>[] = []
    for (const member of members) {
      if (subjectMatches(member.pattern, subject)) runs.push(enqueue(member, subject, payload))
    }
    for (const group of groups.values()) {
      if (!subjectMatches(group.pattern, subject)) continue
      const member = group.members[group.next++ % Math.max(1, group.members.length)]
      if (member) runs.push(enqueue(member, subject, payload))
      else group.backlog.push({ subject, payload })
    }
    await Promise.all(runs)
  }

  const stopMember = async (member: Member, group: Group | undefined) => {
    members.delete(member)
    if (group) group.members = group.members.filter((m) => m !== member)
    await member.tail
  }

  return {
    kind: 'in-process',
    async publish(subject, payload, publishOptions = {}) {
      if (closed) throw busClosed()
      subjectKind(subject, false)
      if (isNew(publishOptions.id)) await deliver(subject, payload)
    },
    async subscribe(pattern, handler, subscribeOptions = {}) {
      if (closed) throw busClosed()
      subjectKind(pattern, true)
      const member: Member = { pattern, handler, tail: Promise.resolve() }
      const name = subscribeOptions.durable
      if (name === undefined) {
        members.add(member)
        return { stop: () => stopMember(member, undefined) }
      }
      const group = groups.get(name) ?? { pattern, members: [], next: 0, backlog: [] }
      groups.set(name, group)
      group.pattern = pattern
      group.members.push(member)
      for (const message of group.backlog.splice(0)) void enqueue(member, message.subject, message.payload)
      return { stop: () => stopMember(member, group) }
    },
    async lease(key) {
      checkLeaseKey(key)
      if (leases.has(key)) return undefined
      leases.add(key)
      return { key, lost: new AbortController().signal, release: async () => void leases.delete(key) }
    },
    async leased(prefix) {
      return [...leases].filter((key) => key === prefix || key.startsWith(`${prefix}.`)).sort()
    },
    async *deadLetters(): AsyncIterable<KeptDeadLetter> {
      for (const kept of [...dead])
        yield {
          ...kept,
          remove: async () => {
            const at = dead.indexOf(kept)
            if (at >= 0) dead.splice(at, 1)
          },
        }
    },
    async close() {
      closed = true
      const running = [...members].map((m) => m.tail)
      for (const group of groups.values()) running.push(...group.members.map((m) => m.tail))
      members.clear()
      for (const group of groups.values()) group.members = []
      await Promise.all(running)
    },
  }
}

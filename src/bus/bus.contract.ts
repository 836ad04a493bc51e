import assert from 'node:assert/strict'
import { describe, type TestContext, test } from 'node:test'
import { setTimeout as sleep } from 'node:timers/promises'
import type { Bus, DeadLetter } from './port.ts'

export interface BusTestOptions {
  maxDeliver: number
  ackWaitMs: number
  retryDelayMs: number
}

/** Opens a fresh bus for one test, alone on its subjects. */
export type OpenBus = (t: TestContext, options: BusTestOptions) => Promise<Bus>

const options: BusTestOptions = { maxDeliver: 3, ackWaitMs: 1000, retryDelayMs: 20 }

type Item = { n: number }
const numbers = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i)

/** Waits until `done()` holds, failing the test with `what` if it never does (no timing is asserted). */
export const eventually = async (what: string, done: () => boolean, limitMs = 20_000) => {
  const deadline = Date.now() + limitMs
  while (!done()) {
    if (Date.now() > deadline) assert.fail(`still waiting: ${what}`)
    await sleep(10)
  }
}

/** The Bus contract, run against each adapter: sameness is shown, not assumed. */
export const busContract = (name: string, open: OpenBus) =>
  describe(`the ${name} bus keeps the bus contract`, () => {
    test('delivers every message to every matching subscriber, in order of publication per subject', async (t) => {
      const bus = await open(t, options)
      const one: string[] = []
      const all: string[] = []
      await bus.subscribe('raw.ws1', (p) => void one.push(`ws1:${(p as Item).n}`))
      await bus.subscribe('raw.>', (p, subject) => void all.push(`${subject.slice(4)}:${(p as Item).n}`))
      for (const n of numbers(1, 10)) {
        await bus.publish('raw.ws1', { n })
        await bus.publish('raw.ws2', { n })
      }
      await eventually('20 messages on raw.>', () => all.length === 20 && one.length === 10)
      assert.deepEqual(
        one,
        numbers(1, 10).map((n) => `ws1:${n}`),
      )
      for (const ws of ['ws1', 'ws2'])
        assert.deepEqual(
          all.filter((m) => m.startsWith(ws)),
          numbers(1, 10).map((n) => `${ws}:${n}`),
        )
      await bus.close()
    })

    test('a wildcard subscription gets every subject of its kind below it, and no other kind', async (t) => {
      const bus = await open(t, options)
      const deep: string[] = []
      const oneToken: string[] = []
      const signals: string[] = []
      await bus.subscribe('mentions.>', (_, subject) => void deep.push(subject))
      await bus.subscribe('mentions.*', (_, subject) => void oneToken.push(subject))
      await bus.subscribe('signals.>', (_, subject) => void signals.push(subject))
      await bus.publish('signals.a', {})
      await bus.publish('mentions.b.c', {})
      await bus.publish('mentions.a', {})
      await eventually(
        'the three messages',
        () => deep.length === 2 && oneToken.length === 1 && signals.length === 1,
      )
      assert.deepEqual(deep, ['mentions.b.c', 'mentions.a'])
      assert.deepEqual(oneToken, ['mentions.a'])
      assert.deepEqual(signals, ['signals.a'])
      await bus.close()
    })

    test('refuses a subject outside the known kinds, or with a wildcard where a message is published', async (t) => {
      const bus = await open(t, options)
      await assert.rejects(bus.publish('elsewhere.ws', {}), { code: 'invalid' })
      await assert.rejects(bus.publish('raw.*', {}), { code: 'invalid' })
      await assert.rejects(
        bus.subscribe('>', () => {}),
        { code: 'invalid' },
      )
      await bus.close()
    })

    test('a message published again under an id the bus took is delivered once; other ids and none are not held back', async (t) => {
      const bus = await open(t, options)
      const seen: number[] = []
      await bus.subscribe('raw.ws', (p) => void seen.push((p as Item).n))
      await bus.publish('raw.ws', { n: 1 }, { id: 'run1.0' })
      await bus.publish('raw.ws', { n: 1 }, { id: 'run1.0' }) // a retry after a confirmation was lost
      await bus.publish('raw.ws', { n: 2 }, { id: 'run1.1' })
      await bus.publish('raw.ws', { n: 3 })
      await bus.publish('raw.ws', { n: 3 })
      await bus.publish('raw.ws', { n: 4 }, { id: 'run1.0' })
      await bus.publish('raw.ws', { n: 5 }, { id: 'run2.0' })
      await eventually('1, 2, 3, 3 and 5', () => seen.length >= 5)
      await bus.publish('raw.ws', { n: 6 }) // the last: anything held back wrongly came before it
      await eventually('6', () => seen.includes(6))
      assert.deepEqual(seen, [1, 2, 3, 3, 5, 6])
      await bus.close()
    })

    test('a failing handler gets the message again, then it becomes a dead letter with its reason while the next ones flow', async (t) => {
      const bus = await open(t, options)
      const calls = new Map<number, number>()
      const done: number[] = []
      const dead: DeadLetter[] = []
      await bus.subscribe('dead.>', (letter) => void dead.push(letter as DeadLetter))
      await bus.subscribe('raw.ws', (p) => {
        const { n } = p as Item
        calls.set(n, (calls.get(n) ?? 0) + 1)
        if (n === 2) return Promise.reject(new Error('item 2 cannot be parsed'))
        if (n === 3 && calls.get(n) === 1) throw new Error('the store blinked')
        done.push(n)
      })
      for (const n of numbers(1, 4)) await bus.publish('raw.ws', { n })
      await eventually('1, 3 and 4 handled and 2 dead', () => done.length === 3 && dead.length === 1)
      assert.deepEqual(
        done.toSorted((a, b) => a - b),
        [1, 3, 4],
      )
      assert.equal(calls.get(2), options.maxDeliver)
      assert.equal(calls.get(3), 2)
      const [letter] = dead
      assert.deepEqual(
        {
          subject: letter!.subject,
          payload: letter!.payload,
          reason: letter!.reason,
          attempts: letter!.attempts,
        },
        {
          subject: 'raw.ws',
          payload: { n: 2 },
          reason: 'item 2 cannot be parsed',
          attempts: options.maxDeliver,
        },
      )
      assert.ok(!Number.isNaN(Date.parse(letter!.failedAt)))
      await bus.close()
    })

    test('keeps its dead letters, oldest first, until removed: one published again reaches its subscriber', async (t) => {
      const bus = await open(t, options)
      let fixed = false
      const done: number[] = []
      await bus.subscribe('raw.ws', (p) => {
        const { n } = p as Item
        if (n % 2 === 0 && !fixed) throw new Error(`item ${n} cannot be parsed`)
        done.push(n)
      })
      for (const n of numbers(1, 4)) await bus.publish('raw.ws', { n })
      const kept = async () => {
        const letters = []
        for await (const k of bus.deadLetters()) letters.push(k)
        return letters
      }
      let letters = await kept()
      for (const deadline = Date.now() + 20_000; letters.length < 2 && Date.now() < deadline; ) {
        await sleep(20)
        letters = await kept()
      }
      assert.deepEqual(
        letters.map((k) => [k.letter.subject, k.letter.payload, k.letter.reason]),
        [
          ['raw.ws', { n: 2 }, 'item 2 cannot be parsed'],
          ['raw.ws', { n: 4 }, 'item 4 cannot be parsed'],
        ],
      )
      assert.ok(letters[0]!.seq < letters[1]!.seq)
      // the handler is fixed: the first letter is published again and removed, the second forgotten
      fixed = true
      await bus.publish(letters[0]!.letter.subject, letters[0]!.letter.payload)
      await letters[0]!.remove()
      await eventually('item 2 handled', () => done.includes(2))
      assert.deepEqual(
        (await kept()).map((k) => k.letter.payload),
        [{ n: 4 }],
      )
      await (await kept())[0]!.remove()
      assert.deepEqual(await kept(), [])
      assert.ok(!done.includes(4))
      await bus.close()
    })

    test('a handler slower than the acknowledgement wait still gets each message once', async (t) => {
      const bus = await open(t, options)
      const seen: number[] = []
      await bus.subscribe('signals.ws', async (p) => {
        const { n } = p as Item
        seen.push(n)
        if (n === 1) await sleep(options.ackWaitMs * 2) // longer than the server waits for an acknowledgement
      })
      for (const n of numbers(1, 3)) await bus.publish('signals.ws', { n })
      await eventually('the three messages', () => seen.length >= 3)
      await sleep(options.ackWaitMs * 1.5) // room for a redelivery, were there one
      assert.deepEqual(seen, [1, 2, 3])
      await bus.close()
    })

    test('a durable subscriber that stops and subscribes again gets what was published meanwhile, nothing twice', async (t) => {
      const bus = await open(t, options)
      const seen: number[] = []
      const handler = (p: unknown) => void seen.push((p as Item).n)
      const first = await bus.subscribe('notifications.>', handler, { durable: 'mailer' })
      for (const n of numbers(1, 2)) await bus.publish('notifications.ws', { n })
      await eventually('1 and 2', () => seen.length === 2)
      await first.stop()
      for (const n of numbers(3, 4)) await bus.publish('notifications.ws', { n })
      await bus.subscribe('notifications.>', handler, { durable: 'mailer' })
      await bus.publish('notifications.ws', { n: 5 })
      await eventually('3, 4 and 5', () => seen.length >= 5)
      assert.deepEqual(seen, [1, 2, 3, 4, 5])
      await bus.close()
    })

    test('subscribers sharing a durable name share the messages: each goes to one of them', async (t) => {
      const bus = await open(t, options)
      const seen: number[] = []
      const handler = (p: unknown) => void seen.push((p as Item).n)
      await bus.subscribe('raw.>', handler, { durable: 'analyzers' })
      await bus.subscribe('raw.>', handler, { durable: 'analyzers' })
      for (const n of numbers(1, 20)) await bus.publish('raw.ws', { n })
      await eventually('20 messages', () => seen.length >= 20)
      assert.deepEqual(
        seen.toSorted((a, b) => a - b),
        numbers(1, 20),
      )
      await bus.close()
    })

    test('a leased key is refused to another holder until it is released, and listed while held', async (t) => {
      const bus = await open(t, options)
      const first = await bus.lease('detect.p1')
      assert.ok(first)
      assert.equal(await bus.lease('detect.p1'), undefined)
      const other = await bus.lease('detect.p2')
      assert.ok(other)
      await bus.lease('detectors.p3')
      assert.deepEqual(await bus.leased('detect'), ['detect.p1', 'detect.p2'])
      await first.release()
      assert.deepEqual(await bus.leased('detect'), ['detect.p2'])
      const again = await bus.lease('detect.p1')
      assert.ok(again)
      assert.equal(again.lost.aborted, false)
      await assert.rejects(bus.lease('detect.*'), { code: 'invalid' })
      await bus.close()
    })

    test('close lets the running handler finish before it resolves, then refuses to publish', async (t) => {
      const bus = await open(t, options)
      let release = () => {}
      const gate = new Promise<void>((resolve) => (release = resolve))
      let started = false
      let finished = false
      await bus.subscribe('raw.ws', async () => {
        started = true
        await gate
        finished = true
      })
      const published = bus.publish('raw.ws', { n: 1 })
      await eventually('the handler started', () => started)
      let closed = false
      const closing = bus.close().then(() => (closed = true))
      await sleep(50)
      assert.equal(closed, false, 'close waits for the running handler')
      release()
      await closing
      assert.equal(finished, true)
      await published
      await assert.rejects(bus.publish('raw.ws', { n: 2 }), { code: 'unavailable' })
    })
  })

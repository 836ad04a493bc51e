import type { Mention } from '../core/index.ts'
import type { Connector } from '../sources/index.ts'

/**
 * A connector fed by the test, one mention at a time: a stream that stays open (as a live source does)
 * until `end()`. `push` resolves once the runtime has pulled the mention.
 */
export const createQueueConnector = () => {
  const queue: Mention[] = []
  let wake: (() => void) | undefined
  let ended = false
  let count = 0
  const connector: Connector = {
    kind: 'queue',
    async *read(_cursor, signal) {
      while (!signal.aborted) {
        const mention = queue.shift()
        if (mention) {
          count++
          yield { mention, cursor: String(count) }
        } else if (ended) return
        else await new Promise<void>((resolve) => (wake = resolve))
      }
    },
  }
  const poke = () => {
    const w = wake
    wake = undefined
    w?.()
  }
  return {
    connector,
    push(mention: Mention) {
      queue.push(mention)
      poke()
    },
    end() {
      ended = true
      poke()
    },
  }
}

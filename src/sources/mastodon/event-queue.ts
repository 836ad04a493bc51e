/** Events pushed by callbacks (streams, timers), pulled one at a time by a reader that may wait for them. */
export class EventQueue<T> {
  readonly #items: T[] = []
  #wake: (() => void) | undefined

  get size(): number {
    return this.#items.length
  }

  push(item: T): void {
    this.#items.push(item)
    this.#wake?.()
  }

  /** The next event, waiting for one; `undefined` once the signal aborts. */
  async next(signal: AbortSignal): Promise<T | undefined> {
    while (this.#items.length === 0) {
      if (signal.aborted) return undefined
      await new Promise<void>((resolve) => {
        this.#wake = resolve
        signal.addEventListener('abort', () => resolve(), { once: true })
      })
      this.#wake = undefined
    }
    return this.#items.shift()
  }
}

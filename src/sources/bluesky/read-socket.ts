import WebSocket, { type ClientOptions } from 'ws'
import { checkUrl, guardedLookup, type NetPolicy } from '../net/index.ts'

export interface SocketOptions {
  policy: NetPolicy
  signal: AbortSignal
  /** a longer message closes the connection (1009); 2 MiB by default */
  maxPayload?: number
  handshakeTimeoutMs?: number
}

// past this many unread messages the socket is paused: TCP then slows the server down
const HIGH_WATER = 1000
const LOW_WATER = 100

/**
 * The text messages of a WebSocket, as they come; ends when the server closes the connection, throws on a
 * connection error. The URL is checked and every resolved address guarded (no redirects are followed).
 * Aborting ends it quietly.
 */
export async function* readSocket(url: string, o: SocketOptions): AsyncGenerator<string> {
  checkUrl(url, o.policy)
  const options = {
    lookup: guardedLookup(o.policy),
    maxPayload: o.maxPayload ?? 2 * 1024 * 1024,
    handshakeTimeout: o.handshakeTimeoutMs ?? 15_000,
    followRedirects: false,
    headers: { 'user-agent': 'Vigie/0.1 (+https://github.com/vigie)' },
  } as ClientOptions
  const ws = new WebSocket(url, options)
  const queue: string[] = []
  let closed = false
  let failure: Error | undefined
  let wake: (() => void) | undefined
  ws.on('message', (data, isBinary) => {
    queue.push(isBinary ? '' : data.toString())
    if (queue.length >= HIGH_WATER) ws.pause()
    wake?.()
  })
  ws.on('error', (error) => {
    failure ??= error
    wake?.()
  })
  ws.on('close', () => {
    closed = true
    wake?.()
  })
  const stop = () => ws.terminate()
  o.signal.addEventListener('abort', stop, { once: true })
  try {
    while (!o.signal.aborted) {
      const message = queue.shift()
      if (message !== undefined) {
        if (ws.isPaused && queue.length <= LOW_WATER) ws.resume()
        yield message
      } else if (failure) throw failure
      else if (closed) return
      else await new Promise<void>((resolve) => (wake = resolve))
    }
  } finally {
    o.signal.removeEventListener('abort', stop)
    if (ws.readyState !== WebSocket.CLOSED) ws.terminate()
  }
}

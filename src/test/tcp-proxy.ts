import { createServer, connect as dial, type Server, type Socket } from 'node:net'

/**
 * A TCP proxy in front of a service (tests only), to cut a process off from it without stopping the service
 * others use: `cut()` breaks every connection and refuses new ones until `reopen()`. `muteAfter(bytes)` drops
 * the service's answers once that many more bytes went to it: requests still arrive, their replies never do.
 */
export const startTcpProxy = async (target: { host: string; port: number }) => {
  const sockets = new Set<Socket>()
  // bytes the clients may still send before the service's answers are dropped
  let room = Number.POSITIVE_INFINITY
  let muted = false
  let onMuted: (() => void) | undefined
  const track = (s: Socket) => {
    sockets.add(s)
    s.once('close', () => sockets.delete(s))
    s.on('error', () => {}) // a broken pair is torn down below; the error itself is expected
  }
  const accept = (client: Socket) => {
    const upstream = dial(target)
    track(client)
    track(upstream)
    client.on('data', (chunk: Buffer) => {
      room -= chunk.length
      if (room > 0 || muted) return
      muted = true // before the chunk goes on to the service (piped below): no answer to it gets through
      onMuted?.()
    })
    client.pipe(upstream)
    upstream.on('data', (chunk: Buffer) => {
      if (!muted && !client.write(chunk)) upstream.pause()
    })
    client.on('drain', () => upstream.resume())
    upstream.once('end', () => client.end())
    for (const [a, b] of [
      [client, upstream],
      [upstream, client],
    ] as const)
      a.once('close', () => b.destroy())
  }
  const listen = (server: Server, port: number) =>
    new Promise<number>((resolve, reject) => {
      server.once('error', reject)
      server.listen(port, '127.0.0.1', () => {
        const address = server.address()
        resolve(typeof address === 'object' && address !== null ? address.port : port)
      })
    })
  let server = createServer(accept)
  const port = await listen(server, 0)
  return {
    port,
    /** breaks every connection (a reset) and stops listening: a new connection is refused */
    async cut() {
      const closed = new Promise((resolve) => server.close(resolve))
      for (const s of sockets) s.resetAndDestroy()
      await closed
    },
    /** drops what the service sends once `bytes` more went to it, until `reopen()`; resolves then */
    muteAfter(bytes: number) {
      room = bytes
      return new Promise<void>((resolve) => {
        onMuted = resolve
      })
    },
    /** listens again on the same port, passing everything */
    async reopen() {
      room = Number.POSITIVE_INFINITY
      muted = false
      server = createServer(accept)
      await listen(server, port)
    },
    async close() {
      for (const s of sockets) s.destroy()
      if (server.listening) await new Promise((resolve) => server.close(resolve))
    },
  }
}

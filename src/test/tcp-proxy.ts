import { createServer, connect as dial, type Server, type Socket } from 'node:net'

/**
 * A TCP proxy in front of a service (tests only), to cut a process off from it without stopping the service
 * others use: `cut()` breaks every connection and refuses new ones until `reopen()`.
 */
export const startTcpProxy = async (target: { host: string; port: number }) => {
  const sockets = new Set<Socket>()
  const track = (s: Socket) => {
    sockets.add(s)
    s.once('close', () => sockets.delete(s))
    s.on('error', () => {}) // a broken pair is torn down below; the error itself is expected
  }
  const accept = (client: Socket) => {
    const upstream = dial(target)
    track(client)
    track(upstream)
    client.pipe(upstream).pipe(client)
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
    /** listens again on the same port */
    async reopen() {
      server = createServer(accept)
      await listen(server, port)
    },
    async close() {
      for (const s of sockets) s.destroy()
      if (server.listening) await new Promise((resolve) => server.close(resolve))
    },
  }
}

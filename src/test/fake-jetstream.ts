import type { AddressInfo } from 'node:net'
import { WebSocketServer } from 'ws'

/** How the fake treats the n-th connection: send everything and stay open, or cut after some messages. */
export type ConnectionPlan = { cutAfter?: number } | 'refuse'

const timeOf = (line: string): number | undefined => {
  try {
    const time = (JSON.parse(line) as { time_us?: unknown }).time_us
    return typeof time === 'number' ? time : undefined
  } catch {
    return undefined
  }
}

/**
 * A local Jetstream: a WebSocket server that plays recorded events, from `cursor` on when the client gives
 * one (as the real one does, by `time_us`), and cuts connections as planned. It keeps every request's URL.
 */
export const startFakeJetstream = async (lines: readonly string[], plans: readonly ConnectionPlan[] = []) => {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 })
  const requests: URL[] = []
  server.on('connection', (socket, req) => {
    const url = new URL(req.url ?? '/', 'ws://fake')
    const plan = plans[requests.push(url) - 1] ?? {}
    if (plan === 'refuse') return void socket.terminate()
    const cursor = url.searchParams.get('cursor')
    const replay = cursor
      ? lines.filter((line) => (timeOf(line) ?? Number.NEGATIVE_INFINITY) >= Number(cursor))
      : lines
    const sent = replay.slice(0, plan.cutAfter ?? replay.length)
    for (const line of sent) socket.send(line)
    if (plan.cutAfter !== undefined) setTimeout(() => socket.terminate(), 20)
  })
  await new Promise<void>((resolve) => server.once('listening', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `ws://127.0.0.1:${port}/subscribe`,
    port,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const client of server.clients) client.terminate()
        server.close(() => resolve())
      }),
  }
}

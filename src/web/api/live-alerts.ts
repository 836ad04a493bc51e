import type { AlertJson } from './wire.ts'

export type LiveState = 'connecting' | 'live' | 'down'

/**
 * Follows the workspace's alert stream (Server-Sent Events; the browser reconnects by itself).
 * Returns the function that stops following.
 */
export const followAlerts = (
  ws: string,
  on: { alert: (alert: AlertJson) => void; state: (state: LiveState) => void },
): (() => void) => {
  on.state('connecting')
  const source = new EventSource(`/api/v1/workspaces/${encodeURIComponent(ws)}/stream`)
  source.addEventListener('open', () => on.state('live'))
  source.addEventListener('error', () => on.state('down'))
  source.addEventListener('alert', (event) => {
    try {
      on.alert(JSON.parse((event as MessageEvent<string>).data) as AlertJson)
    } catch {
      // a malformed event is dropped: the next reload of the list shows the stored alerts
    }
  })
  return () => source.close()
}

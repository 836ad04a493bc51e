import { useCallback, useEffect, useRef, useState } from 'preact/hooks'
import { type ApiClient, wsPath } from '../api/api-client.ts'
import { followAlerts, type LiveState } from '../api/live-alerts.ts'
import type { AlertJson, Page } from '../api/wire.ts'

export interface LiveAlerts {
  /** newest first: the stored ones, then every one that arrived live */
  alerts: AlertJson[]
  state: LiveState
  /** ids of the alerts that arrived live during this visit */
  fresh: ReadonlySet<string>
  /** arrived since the alerts inbox was last looked at */
  unseen: number
  markSeen: () => void
  /** puts the server's answer to a change (acknowledged, resolved) in place */
  update: (alert: AlertJson) => void
}

const withoutId = (alerts: AlertJson[], id: string) => alerts.filter((a) => a.id !== id)

/** The workspace's alerts, kept current by its stream; `onArrival` is told of each new one. */
export const useLiveAlerts = (
  client: ApiClient,
  ws: string,
  onArrival: (alert: AlertJson) => void,
): LiveAlerts => {
  const [alerts, setAlerts] = useState<AlertJson[]>([])
  const [state, setState] = useState<LiveState>('connecting')
  const [fresh, setFresh] = useState<ReadonlySet<string>>(new Set())
  const [unseen, setUnseen] = useState(0)
  const told = useRef(onArrival)
  told.current = onArrival
  useEffect(() => {
    if (!ws) return
    let current = true
    setAlerts([])
    setFresh(new Set())
    setUnseen(0)
    client
      .get<Page<AlertJson>>(wsPath(ws, '/alerts'), { limit: 200 })
      .then((page) => {
        // alerts that arrived live while the list loaded stay on top
        if (current)
          setAlerts((live) => [...live, ...page.items.filter((a) => !live.some((l) => l.id === a.id))])
      })
      .catch(() => current && setState('down'))
    const stop = followAlerts(ws, {
      state: (s) => current && setState(s),
      alert: (alert) => {
        if (!current) return
        setAlerts((list) => [alert, ...withoutId(list, alert.id)])
        setFresh((ids) => new Set(ids).add(alert.id))
        setUnseen((n) => n + 1)
        told.current(alert)
      },
    })
    return () => {
      current = false
      stop()
    }
  }, [client, ws])
  const markSeen = useCallback(() => setUnseen(0), [])
  const update = useCallback(
    (alert: AlertJson) => setAlerts((list) => list.map((a) => (a.id === alert.id ? alert : a))),
    [],
  )
  return { alerts, state, fresh, unseen, markSeen, update }
}

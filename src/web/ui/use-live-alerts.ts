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
  /** older stored alerts remain to be loaded */
  hasMore: boolean
  /** loads the next page of older alerts (rejects with the server's error) */
  loadMore: () => Promise<void>
}

/** Alerts read per page: the newest page first, older ones on demand. */
export const ALERT_PAGE = 100

/** Adds alerts not yet in the list at its end (a live one may also be on a stored page). */
const appendNew = (list: AlertJson[], page: AlertJson[]) => [
  ...list,
  ...page.filter((a) => !list.some((l) => l.id === a.id)),
]

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
  const [next, setNext] = useState<string>()
  const told = useRef(onArrival)
  told.current = onArrival
  useEffect(() => {
    if (!ws) return
    let current = true
    setAlerts([])
    setFresh(new Set())
    setUnseen(0)
    setNext(undefined)
    client
      .get<Page<AlertJson>>(wsPath(ws, '/alerts'), { limit: ALERT_PAGE })
      .then((page) => {
        if (!current) return
        // alerts that arrived live while the list loaded stay on top
        setAlerts((live) => appendNew(live, page.items))
        setNext(page.next)
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
  const loadMore = useCallback(async () => {
    if (!next) return
    const page = await client.get<Page<AlertJson>>(wsPath(ws, '/alerts'), {
      limit: ALERT_PAGE,
      before: next,
    })
    setAlerts((list) => appendNew(list, page.items))
    setNext(page.next)
  }, [client, ws, next])
  return { alerts, state, fresh, unseen, markSeen, update, hasMore: next !== undefined, loadMore }
}

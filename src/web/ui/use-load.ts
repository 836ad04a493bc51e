import { useCallback, useEffect, useState } from 'preact/hooks'

export interface Loaded<T> {
  data: T | undefined
  error: Error | undefined
  loading: boolean
  reload: () => void
  /** replaces the data in place (after a change the server answered) */
  setData: (update: (current: T | undefined) => T | undefined) => void
}

/** Loads with `load` whenever `deps` change; an answer that arrives after newer deps is dropped. */
export const useLoad = <T>(load: () => Promise<T>, deps: readonly unknown[]): Loaded<T> => {
  const [data, setData] = useState<T>()
  const [error, setError] = useState<Error>()
  const [loading, setLoading] = useState(true)
  const [round, setRound] = useState(0)
  useEffect(() => {
    let current = true
    setLoading(true)
    load()
      .then((value) => {
        if (!current) return
        setData(value)
        setError(undefined)
      })
      .catch((e: unknown) => {
        // a request stopped on purpose (logging out) is no error to show
        if (!current || (e instanceof Error && e.name === 'AbortError')) return
        setError(e instanceof Error ? e : new Error(String(e)))
      })
      .finally(() => current && setLoading(false))
    return () => {
      current = false
    }
  }, [...deps, round])
  const reload = useCallback(() => setRound((r) => r + 1), [])
  return { data, error, loading, reload, setData }
}

import { useEffect, useState } from 'preact/hooks'
import { parseRoute, type Route } from '../model/routes.ts'

/** The route in the URL's hash, followed as it changes (links, the back button, the switcher). */
export const useHashRoute = (): Route => {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash))
  useEffect(() => {
    const follow = () => setRoute(parseRoute(window.location.hash))
    window.addEventListener('hashchange', follow)
    return () => window.removeEventListener('hashchange', follow)
  }, [])
  return route
}

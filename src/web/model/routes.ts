export const PAGES = ['overview', 'mentions', 'alerts', 'queries', 'settings'] as const
export type PageName = (typeof PAGES)[number]

/** Where the dashboard is: a workspace and one of its pages, kept in the URL's hash (`#/acme/alerts`). */
export interface Route {
  ws?: string
  page: PageName
}

const isPage = (name: string | undefined): name is PageName => PAGES.includes(name as PageName)

export const parseRoute = (hash: string): Route => {
  const [ws, page] = hash.replace(/^#\/?/, '').split('/')
  const decoded = ws ? safeDecode(ws) : undefined
  return { ...(decoded ? { ws: decoded } : {}), page: isPage(page) ? page : 'overview' }
}

const safeDecode = (part: string): string | undefined => {
  try {
    return decodeURIComponent(part)
  } catch {
    return undefined
  }
}

export const routeHash = (route: Route): string =>
  route.ws ? `#/${encodeURIComponent(route.ws)}/${route.page}` : '#/'

export const PAGES = [
  'overview',
  'mentions',
  'alerts',
  'incidents',
  'queries',
  'sources',
  'import',
  'check',
  'settings',
] as const
export type PageName = (typeof PAGES)[number]

/**
 * Where the dashboard is: a workspace, one of its pages and the page's own state (the mention filters), all
 * in the URL's hash (`#/acme/mentions?sentiment=negative`), so a view can be bookmarked and shared.
 */
export interface Route {
  ws?: string
  page: PageName
  /** the page's parameters, without the `?` */
  search?: string
}

const isPage = (name: string | undefined): name is PageName => PAGES.includes(name as PageName)

export const parseRoute = (hash: string): Route => {
  const [path = '', search = ''] = hash.replace(/^#\/?/, '').split(/\?(.*)/s)
  const [ws, page] = path.split('/')
  const decoded = ws ? safeDecode(ws) : undefined
  return {
    ...(decoded ? { ws: decoded } : {}),
    page: isPage(page) ? page : 'overview',
    ...(search ? { search } : {}),
  }
}

const safeDecode = (part: string): string | undefined => {
  try {
    return decodeURIComponent(part)
  } catch {
    return undefined
  }
}

export const routeHash = (route: Route): string =>
  route.ws ? `#/${encodeURIComponent(route.ws)}/${route.page}${route.search ? `?${route.search}` : ''}` : '#/'

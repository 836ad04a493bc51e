/** The address of the login form, in a language, bringing the person back to `next` once logged in. */
export const loginHref = (lang?: string, next?: string): string => {
  const params = new URLSearchParams()
  if (lang) params.set('lang', lang)
  if (next && next !== '/') params.set('next', next)
  const query = params.toString()
  return `/login${query ? `?${query}` : ''}`
}

/** Where the browser is now, as a path of this server (`/#/acme/alerts`). */
export const hereNow = (): string => window.location.pathname + window.location.search + window.location.hash

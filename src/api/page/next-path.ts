/** Any origin would do: a path is resolved against it, and only a path that stays on it is kept. */
const HERE = 'http://vigie.invalid'
/** Whitespace and control characters: browsers drop some of them (`/\t/evil.com` is `//evil.com`). */
const UNSAFE = /[\s\u0000-\u001f\u007f\\]/u

/**
 * Where the login form may send a person back: a path of this server only (`/`, `/live?ws=acme`,
 * `/#/acme/alerts`), never another site (`//evil.com`, `https://evil.com`, `/\evil.com`), nor the login
 * page itself. Anything else is undefined: the caller falls back to `/`.
 */
export const safeNextPath = (raw: unknown): string | undefined => {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > 2000) return undefined
  if (!raw.startsWith('/') || raw.startsWith('//') || UNSAFE.test(raw)) return undefined
  let url: URL
  try {
    url = new URL(raw, HERE)
  } catch {
    return undefined
  }
  if (url.origin !== HERE || url.pathname === '/login') return undefined
  return url.pathname + url.search + url.hash
}

/**
 * The address the login form goes to once logged in: the asked path (or `/`) with the language chosen on
 * the form, which the dashboard and the live page read from `?lang=`.
 */
export const afterLogin = (next: unknown, lang: string): string => {
  const url = new URL(safeNextPath(next) ?? '/', HERE)
  url.searchParams.set('lang', lang)
  return url.pathname + url.search + url.hash
}

/**
 * The path a visitor sent to the login form asked for, to come back to (`undefined` for plain `/`); the
 * language is left out, the form passes its own.
 */
export const nextOfRequest = (requestUrl: string): string | undefined => {
  const url = new URL(requestUrl, HERE)
  url.searchParams.delete('lang')
  const path = safeNextPath(url.pathname + url.search)
  return path === '/' ? undefined : path
}

/** The session cookie's name. */
export const SESSION_COOKIE = 'vigie_session'

/** Cookie header → name → value (the first of a name wins, as browsers send the most specific first). */
export const readCookie = (header: string | undefined, name: string): string | undefined => {
  if (!header) return undefined
  for (const part of header.split(';')) {
    const eq = part.indexOf('=')
    if (eq === -1) continue
    if (part.slice(0, eq).trim() !== name) continue
    const value = part.slice(eq + 1).trim()
    try {
      return decodeURIComponent(value)
    } catch {
      return undefined
    }
  }
  return undefined
}

/** HttpOnly (no script reads it), SameSite=Strict (no other site sends it), Secure behind HTTPS. */
export const sessionCookie = (secret: string, maxAgeMs: number, secure: boolean): string =>
  [
    `${SESSION_COOKIE}=${encodeURIComponent(secret)}`,
    'Path=/',
    'HttpOnly',
    'SameSite=Strict',
    // relative, so the browser's own clock decides, not the server's
    `Max-Age=${Math.floor(maxAgeMs / 1000)}`,
    ...(secure ? ['Secure'] : []),
  ].join('; ')

export const clearedSessionCookie = (secure: boolean): string =>
  [
    `${SESSION_COOKIE}=`,
    'Path=/',
    'HttpOnly',
    'SameSite=Strict',
    'Max-Age=0',
    ...(secure ? ['Secure'] : []),
  ].join('; ')

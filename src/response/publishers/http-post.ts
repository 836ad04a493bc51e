/** A JSON POST as publishers send it; the runtime gives one that goes through the SSRF guard. */
export type HttpPost = (
  url: string,
  request: { headers: Record<string, string>; body: string },
) => Promise<{ status: number; headers: Record<string, string>; body: Buffer }>

/** The JSON answer of a publishing API, or an error that says what the server said. */
export const jsonAnswer = (
  what: string,
  res: { status: number; headers: Record<string, string>; body: Buffer },
): unknown => {
  const text = res.body.toString('utf8')
  if (res.status < 200 || res.status >= 300) {
    let said = text.slice(0, 300)
    try {
      const parsed = JSON.parse(text) as { error?: unknown; message?: unknown }
      said = String(parsed.message ?? parsed.error ?? said)
    } catch {}
    const retry = res.headers['retry-after'] ? ` (retry after ${res.headers['retry-after']} s)` : ''
    throw new Error(`${what} answered ${res.status}: ${said}${retry}`)
  }
  if (text.trim() === '') return {}
  try {
    return JSON.parse(text)
  } catch {
    throw new Error(`${what} answered ${res.status} with a body that is not JSON`)
  }
}

export const endpoint = (base: string, path: string) =>
  new URL(path, base.endsWith('/') ? base : `${base}/`).toString()

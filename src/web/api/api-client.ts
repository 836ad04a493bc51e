/** An error answer of the API: its status, code (`invalid`, `forbidden`…), message and details. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: unknown,
  ) {
    super(message)
  }
}

export type Params = Record<string, string | number | undefined>
type Change = 'POST' | 'PUT' | 'PATCH' | 'DELETE'

export interface ApiClient {
  get: <T>(path: string, params?: Params) => Promise<T>
  send: <T>(method: Change, path: string, body?: unknown) => Promise<T>
  /** POSTs a file's bytes (application/octet-stream), its options in the query string */
  upload: <T>(path: string, params: Params, file: Blob) => Promise<T>
  /** the session's CSRF value, sent with every change */
  setCsrf: (csrf: string | null) => void
  /** stops every request still on its way (logging out: their answers would only be refused) */
  abortAll: () => void
}

/** `?a=1&c=x`, leaving out empty values; '' when nothing is left. */
export const searchOf = (params: Params = {}): string => {
  const kept = Object.entries(params).filter(([, v]) => v !== undefined && v !== '')
  return kept.length === 0 ? '' : `?${new URLSearchParams(kept.map(([k, v]) => [k, String(v)])).toString()}`
}

const failure = async (res: Response): Promise<ApiError> => {
  const body = (await res.json().catch(() => null)) as {
    error?: { code?: string; message?: string; details?: unknown }
  } | null
  const error = body?.error
  return new ApiError(res.status, error?.code ?? 'internal', error?.message ?? res.statusText, error?.details)
}

/**
 * The dashboard's only way to the server: JSON over fetch on this origin. Changes are declared JSON and
 * carry the CSRF value, as the server requires; a 401 (session over) calls `onUnauthenticated`.
 */
export const createApiClient = (onUnauthenticated: () => void, base = '/api/v1'): ApiClient => {
  let csrf: string | null = null
  const pending = new Set<AbortController>()
  const call = async <T>(method: string, path: string, body?: unknown, file?: Blob): Promise<T> => {
    const headers: Record<string, string> = { Accept: 'application/json' }
    if (method !== 'GET') {
      headers['Content-Type'] = file ? 'application/octet-stream' : 'application/json'
      if (csrf) headers['X-CSRF-Token'] = csrf
    }
    const controller = new AbortController()
    pending.add(controller)
    let res: Response
    try {
      res = await fetch(base + path, {
        method,
        headers,
        credentials: 'same-origin',
        body: file ?? (body === undefined ? undefined : JSON.stringify(body)),
        signal: controller.signal,
      })
    } finally {
      pending.delete(controller)
    }
    if (res.status === 401 && path !== '/session') onUnauthenticated()
    if (!res.ok) throw await failure(res)
    return (res.status === 204 ? undefined : await res.json()) as T
  }
  return {
    get: (path, params) => call('GET', path + searchOf(params)),
    send: (method, path, body) => call(method, path, body),
    upload: (path, params, file) => call('POST', path + searchOf(params), undefined, file),
    setCsrf: (value) => {
      csrf = value
    },
    abortAll: () => {
      for (const controller of pending) controller.abort()
      pending.clear()
    },
  }
}

/** The address of an API route with its parameters, for a plain link (a download carries the cookie). */
export const apiHref = (path: string, params?: Params, base = '/api/v1') => base + path + searchOf(params)

/** `/workspaces/acme/…`, with the id encoded. */
export const wsPath = (ws: string, rest = '') => `/workspaces/${encodeURIComponent(ws)}${rest}`

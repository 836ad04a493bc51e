import { isIP } from 'node:net'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import { AppError } from '../core/index.ts'

/** Who may talk to the server (the `server` slice of the config). */
export interface AccessSettings {
  /** the address the server listens on (`server.host`): a name there is one it answers to */
  host: string
  /** other names it answers to (`server.allowedHosts`) */
  allowedHosts: readonly string[]
  /** other sites whose pages may send changes (`server.allowedOrigins`) */
  allowedOrigins: readonly string[]
}

const LOCAL = { host: '127.0.0.1', allowedHosts: [], allowedOrigins: [] } satisfies AccessSettings
const CHANGES = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

/** `Vigie.Example.org:8080` → `vigie.example.org`; `[::1]:8080` → `[::1]` */
const nameOf = (host: string): string => {
  const h = host.trim().toLowerCase()
  if (h.startsWith('[')) return h.slice(0, h.indexOf(']') + 1)
  const colon = h.indexOf(':')
  return colon === -1 ? h : h.slice(0, colon)
}

const isAddress = (name: string) => isIP(name.startsWith('[') ? name.slice(1, -1) : name) !== 0

/** `https://Intranet.example.org:443` → `https://intranet.example.org`; undefined if it is not an origin */
const normalOrigin = (origin: string): string | undefined => {
  try {
    const url = new URL(origin)
    return url.origin === 'null' ? undefined : url.origin
  } catch {
    return undefined
  }
}

/**
 * Refuses, with 403 `forbidden`, what a page on another site could make a browser send:
 * - a `Host` this server does not answer to: a DNS-rebinding page reaches it under the attacker's name. Its
 *   own names are `localhost`, IP addresses (a rebinding needs a name), `server.host` and `server.allowedHosts`;
 * - a change (POST, PUT, PATCH, DELETE) whose body is not declared JSON (or, on a route taking a file,
 *   application/octet-stream): forms and `no-cors` fetches can only send `text/plain`, form encodings or
 *   nothing, while these types from another site need a CORS preflight, which this server never grants;
 * - a change from a page of another origin (`Origin` header), unless listed in `server.allowedOrigins`.
 */
export const guardRequests = (app: FastifyInstance, settings: AccessSettings = LOCAL) => {
  // listening on every interface (0.0.0.0, ::) names no host: the machine's addresses are answered anyway
  const names = new Set(
    ['localhost', settings.host, ...settings.allowedHosts]
      .map(nameOf)
      .filter((n) => n !== '' && n !== '0.0.0.0' && n !== '[::]'),
  )
  const origins = new Set(settings.allowedOrigins.map(normalOrigin))
  app.addHook('onRequest', async (request) => {
    const host = request.headers.host ?? ''
    const name = nameOf(host)
    if (!names.has(name) && !isAddress(name))
      throw new AppError(
        'forbidden',
        `this server does not answer to the host "${host}": add it to server.allowedHosts (VIGIE_ALLOWED_HOSTS) if it is one of its names`,
      )
    if (CHANGES.has(request.method)) checkChange(request, host, origins)
  })
}

/** A route that takes a file (`upload` in its spec) also accepts its bytes as application/octet-stream. */
const isUploadRoute = (request: FastifyRequest) =>
  (request.routeOptions.config as { upload?: boolean } | undefined)?.upload === true

const checkChange = (request: FastifyRequest, host: string, origins: Set<string | undefined>) => {
  const type = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase()
  // like JSON, octet-stream is not a type another site's form or no-cors fetch can send without a preflight
  const upload = type === 'application/octet-stream' && isUploadRoute(request)
  if (type !== 'application/json' && !upload)
    throw new AppError(
      'forbidden',
      `a ${request.method} must be sent as JSON (Content-Type: application/json, the body may be empty): other content types are refused, as a page of another site can send them`,
    )
  const origin = request.headers.origin
  if (origin === undefined) return // not sent by a browser page (curl, scripts): Host and JSON suffice
  const given = normalOrigin(origin)
  const own = normalOrigin(`${given ? new URL(given).protocol : 'http:'}//${host}`)
  if (given !== undefined && (given === own || origins.has(given))) return
  throw new AppError(
    'forbidden',
    `changes from the page of another site (${origin}) are refused: add its origin to server.allowedOrigins (VIGIE_ALLOWED_ORIGINS) if it is yours`,
  )
}

import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import fastifyStatic from '@fastify/static'
import type { FastifyInstance, FastifyReply } from 'fastify'
import type { ApiContext } from '../context.ts'

/** Where `npm run build:web` (run by `npm install`) writes the dashboard. */
export const DEFAULT_DASHBOARD_DIR = fileURLToPath(new URL('../../../dist/web/', import.meta.url))

/**
 * The dashboard's policy: its scripts and styles are files of this origin, never inline; it talks to this
 * origin only (the API and its event stream).
 */
export const DASHBOARD_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "media-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ')

export interface Dashboard {
  /** sends index.html with the dashboard's policy */
  send: (reply: FastifyReply) => FastifyReply
}

/**
 * Serves the built dashboard's files (hashed names under assets/, cached for a year) and answers the page
 * itself through `send`; undefined when the dashboard was not built, with a warning saying how to build it.
 */
export const registerDashboard = (app: FastifyInstance, ctx: ApiContext): Dashboard | undefined => {
  const dir = ctx.dashboardDir === undefined ? DEFAULT_DASHBOARD_DIR : ctx.dashboardDir
  const index = dir === null ? undefined : join(dir, 'index.html')
  if (dir === null || index === undefined || !existsSync(index)) {
    ctx.log?.warn({ dir }, 'dashboard not built: run npm run build:web (/ shows the live page meanwhile)')
    return undefined
  }
  const page = readFileSync(index, 'utf8')
  app.register(fastifyStatic, {
    root: dir,
    prefix: '/',
    wildcard: false,
    index: false,
    // the page itself goes through `send` (login check, policy, no caching)
    allowedPath: (path) => path !== '/index.html',
    // every other file has a content hash in its name (Vite's assets/): it never changes
    maxAge: '365d',
    immutable: true,
  })
  return {
    send: (reply) =>
      reply
        .type('text/html; charset=utf-8')
        .header('Content-Security-Policy', DASHBOARD_POLICY)
        .header('Cache-Control', 'no-store')
        .send(page),
  }
}

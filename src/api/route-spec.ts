import type { FastifyReply, FastifyRequest } from 'fastify'
import type { z } from 'zod'
import type { Principal } from '../accounts/index.ts'
import type { Role } from '../core/index.ts'
import type { ApiContext } from './context.ts'

/**
 * Who may call a route: anyone (`public`), any caller including a demo visitor (`caller`), any logged-in
 * user (`user`), an administrator of the installation, or a role at least this one in the workspace of the
 * path (`:ws`).
 */
export type Access = 'public' | 'caller' | 'user' | 'installation-admin' | Role

export interface RouteInput<P, Q, B> {
  params: P
  query: Q
  body: B
  /** the caller: undefined only on public routes */
  who: Principal | undefined
  ctx: ApiContext
  request: FastifyRequest
  reply: FastifyReply
}

type Out<T> = T extends z.ZodType ? z.output<T> : undefined

/**
 * One route of /api/v1, declared once: the same zod schemas validate requests and write the OpenAPI file
 * (openapi.ts), so the reference can never drift from what the server accepts.
 */
export interface RouteSpec<
  P extends z.ZodType | undefined = z.ZodType | undefined,
  Q extends z.ZodType | undefined = z.ZodType | undefined,
  B extends z.ZodType | undefined = z.ZodType | undefined,
> {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
  /** Fastify-style path under /api/v1, e.g. `/workspaces/:ws/alerts` */
  path: string
  tag: string
  summary: string
  access: Access
  params?: P
  query?: Q
  body?: B
  /** the success body, for the reference (not enforced) */
  response?: z.ZodType
  /** the success status, 200 by default; 204 sends no body */
  status?: number
  /** what the route answers besides JSON, for the reference (`text/event-stream`, `text/csv`) */
  produces?: string[]
  /**
   * the body is a file's bytes (application/octet-stream), left unread for the handler to stream
   * (`receiveUpload`), instead of JSON; its options are in the query string
   */
  upload?: boolean
  handler: (input: RouteInput<Out<P>, Out<Q>, Out<B>>) => Promise<unknown>
}

/** Declares a route with its handler typed from its schemas. */
export const defineRoute = <
  P extends z.ZodType | undefined = undefined,
  Q extends z.ZodType | undefined = undefined,
  B extends z.ZodType | undefined = undefined,
>(
  spec: RouteSpec<P, Q, B>,
): RouteSpec => spec as unknown as RouteSpec

import type { FastifyInstance } from 'fastify'
import { findQueryError } from '../../analysis/index.ts'
import { AppError, BrandQuery, Id } from '../../core/index.ts'
import type { ApiContext } from '../context.ts'
import { requireWorkspace, WorkspaceParams } from '../request-params.ts'

const QueryParams = WorkspaceParams.extend({ id: Id })
/** The path names the query; the body says what it is. Unknown fields are refused (typos). */
const QueryBody = BrandQuery.pick({ brand: true, query: true, owned: true }).strict()

/** Refuses a query whose syntax is wrong, with its position and reason, before anything is stored. */
const checkQuerySyntax = (text: string) => {
  const error = findQueryError(text)
  if (error) throw new AppError('invalid', `invalid query: ${error.message}`, error.details)
}

/** A stored query as listed: with `error` when its text does not parse (stored by an older version). */
const withSyntaxError = (query: BrandQuery) => {
  const error = findQueryError(query.query)
  return error ? { ...query, error: { message: error.message, ...(error.details as object) } } : query
}

export const registerQueryRoutes = (app: FastifyInstance, ctx: ApiContext) => {
  app.get('/api/workspaces/:ws/queries', async (request) => {
    const { ws } = WorkspaceParams.parse(request.params)
    await requireWorkspace(ctx.store, ws)
    return { items: (await ctx.store.listQueries(ws)).map(withSyntaxError) }
  })

  app.put('/api/workspaces/:ws/queries/:id', async (request, reply) => {
    const { ws, id } = QueryParams.parse(request.params)
    const body = QueryBody.parse(request.body ?? {})
    await requireWorkspace(ctx.store, ws)
    checkQuerySyntax(body.query)
    const query: BrandQuery = {
      id,
      workspaceId: ws,
      brand: body.brand,
      query: body.query,
      owned: body.owned.map((handle) => handle.replace(/^@/, '').toLowerCase()),
    }
    const existed = (await ctx.store.listQueries(ws)).some((q) => q.id === id)
    await ctx.store.upsertQuery(query)
    await ctx.onQueriesChanged?.(ws)
    return reply.code(existed ? 200 : 201).send(query)
  })

  app.delete('/api/workspaces/:ws/queries/:id', async (request, reply) => {
    const { ws, id } = QueryParams.parse(request.params)
    await requireWorkspace(ctx.store, ws)
    if (!(await ctx.store.listQueries(ws)).some((q) => q.id === id))
      throw new AppError('not_found', `no brand query ${id} in workspace ${ws}`)
    await ctx.store.deleteQuery(ws, id)
    await ctx.onQueriesChanged?.(ws)
    return reply.code(204).send()
  })
}

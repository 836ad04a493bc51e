import type { FastifyInstance } from 'fastify'
import { AppError, BrandQuery, Id, isAppError } from '../../core/index.ts'
import type { ApiContext } from '../context.ts'
import { requireWorkspace, WorkspaceParams } from '../request-params.ts'

const QueryParams = WorkspaceParams.extend({ id: Id })
/** The path names the query; the body says what it is. Unknown fields are refused (typos). */
const QueryBody = BrandQuery.pick({ brand: true, query: true, owned: true }).strict()

/** The validator's only job is to judge the text, so whatever it throws means the query is invalid. */
const checkQuerySyntax = (ctx: ApiContext, text: string) => {
  try {
    ctx.validateQuery?.(text)
  } catch (error) {
    if (isAppError(error)) throw error
    const message = error instanceof Error ? error.message : String(error)
    throw new AppError('invalid', `invalid query: ${message}`, [`query: ${message}`])
  }
}

export const registerQueryRoutes = (app: FastifyInstance, ctx: ApiContext) => {
  app.get('/api/workspaces/:ws/queries', async (request) => {
    const { ws } = WorkspaceParams.parse(request.params)
    await requireWorkspace(ctx.store, ws)
    return { items: await ctx.store.listQueries(ws) }
  })

  app.put('/api/workspaces/:ws/queries/:id', async (request, reply) => {
    const { ws, id } = QueryParams.parse(request.params)
    const body = QueryBody.parse(request.body ?? {})
    await requireWorkspace(ctx.store, ws)
    checkQuerySyntax(ctx, body.query)
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
}

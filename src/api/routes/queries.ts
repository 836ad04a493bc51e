import { z } from 'zod'
import { compileQueries, findQueryError } from '../../analysis/index.ts'
import { AnalyzedMention, AppError, BrandQuery, Id } from '../../core/index.ts'
import type { ApiContext } from '../context.ts'
import { WorkspaceParams } from '../request-params.ts'
import { defineRoute, type RouteSpec } from '../route-spec.ts'

const QueryParams = WorkspaceParams.extend({ id: Id })
/** The path names the query; the body says what it is. Unknown fields are refused (typos). */
const QueryBody = BrandQuery.pick({ brand: true, query: true, owned: true }).strict()
const QueryTest = z.object({ query: z.string().min(1).max(10_000) }).strict()
/** how many of the newest stored mentions "test this query" reads */
const TEST_WINDOW = 5_000

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

/** Reads the newest stored mentions page by page and keeps those the query matches. */
const testQuery = async (ctx: ApiContext, ws: string, text: string) => {
  checkQuerySyntax(text)
  const matcher = compileQueries([{ id: 'test', workspaceId: ws, brand: 'test', query: text, owned: [] }])
  const matches: AnalyzedMention[] = []
  let read = 0
  let count = 0
  let before: string | undefined
  do {
    const page = await ctx.store.listMentions({ workspaceId: ws, limit: 500, before })
    for (const m of page.items) {
      if (matcher.match(m, m.analysis.lang).length === 0) continue
      count += 1
      if (matches.length < 20) matches.push(m)
    }
    read += page.items.length
    before = page.next
  } while (before !== undefined && read < TEST_WINDOW)
  return { read, matched: count, complete: before === undefined, examples: matches }
}

export const queryRoutes = (ctx: ApiContext): RouteSpec[] => [
  defineRoute({
    method: 'GET',
    path: '/workspaces/:ws/queries',
    tag: 'queries',
    summary: "The workspace's brand queries (with `error` if a stored one does not parse)",
    access: 'viewer',
    params: WorkspaceParams,
    response: z.object({ items: BrandQuery.array() }),
    handler: async ({ params }) => ({ items: (await ctx.store.listQueries(params.ws)).map(withSyntaxError) }),
  }),
  defineRoute({
    method: 'PUT',
    path: '/workspaces/:ws/queries/:id',
    tag: 'queries',
    summary: 'Create or replace a brand query; a syntax error is refused with its position',
    access: 'analyst',
    params: QueryParams,
    body: QueryBody,
    response: BrandQuery,
    handler: async ({ params, body, reply }) => {
      checkQuerySyntax(body.query)
      const query: BrandQuery = {
        id: params.id,
        workspaceId: params.ws,
        brand: body.brand,
        query: body.query,
        owned: body.owned.map((handle) => handle.replace(/^@/, '').toLowerCase()),
      }
      const existed = (await ctx.store.listQueries(params.ws)).some((q) => q.id === params.id)
      await ctx.store.upsertQuery(query)
      await ctx.onQueriesChanged?.(params.ws)
      reply.code(existed ? 200 : 201)
      return query
    },
  }),
  defineRoute({
    method: 'DELETE',
    path: '/workspaces/:ws/queries/:id',
    tag: 'queries',
    summary: 'Delete a brand query (its stored mentions stay)',
    access: 'analyst',
    params: QueryParams,
    status: 204,
    handler: async ({ params }) => {
      if (!(await ctx.store.listQueries(params.ws)).some((q) => q.id === params.id))
        throw new AppError('not_found', `no brand query ${params.id} in workspace ${params.ws}`)
      await ctx.store.deleteQuery(params.ws, params.id)
      await ctx.onQueriesChanged?.(params.ws)
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/workspaces/:ws/queries/test',
    tag: 'queries',
    summary: `Test a query on the ${TEST_WINDOW} newest stored mentions before saving it: how many match, and examples`,
    access: 'viewer',
    params: WorkspaceParams,
    body: QueryTest,
    response: z.object({
      read: z.number(),
      matched: z.number(),
      complete: z.boolean(),
      examples: AnalyzedMention.array(),
    }),
    handler: async ({ params, body }) => testQuery(ctx, params.ws, body.query),
  }),
]

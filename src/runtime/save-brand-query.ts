import { compileQueries } from '../analysis/index.ts'
import type { BrandQuery } from '../core/index.ts'
import type { Runtime } from './runtime.ts'

/**
 * Stores a brand query and swaps it into the workspace's running pipeline. Its syntax is checked first: a
 * bad query throws `AppError('invalid')` naming the query, with the position and the reason, and nothing
 * is stored (a stored bad query would be left out of every later run).
 */
export const saveBrandQuery = async (rt: Runtime, query: BrandQuery): Promise<void> => {
  compileQueries([query])
  await rt.store.upsertQuery(query)
  await rt.pipelines.reload(query.workspaceId)
}

import { z } from 'zod'
import { AppError, Id } from '../core/index.ts'
import type { Store } from '../store/index.ts'

/** An empty query-string value (`?from=`, as a form sends it) means "not given". */
const blankToUndefined = (value: unknown) => (value === '' ? undefined : value)

export const optionalParam = <T extends z.ZodType>(schema: T) =>
  z.preprocess(blankToUndefined, schema.optional())

export const DateParam = optionalParam(
  z.coerce.date().refine((d) => !Number.isNaN(d.getTime()), 'invalid date'),
)

export const limitParam = (max: number) => optionalParam(z.coerce.number().int().min(1).max(max))

export const WorkspaceParams = z.object({ ws: Id })

/** Loads the workspace of the path, or answers 404. */
export const requireWorkspace = async (store: Store, workspaceId: string) => {
  const workspace = await store.getWorkspace(workspaceId)
  if (!workspace) throw new AppError('not_found', `no workspace ${workspaceId}`)
  return workspace
}

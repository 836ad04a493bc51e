import { z } from 'zod'
import { AppError, type Clock, Id, type Workspace } from '../core/index.ts'
import type { Store } from '../store/index.ts'

export const NewWorkspace = z
  .object({
    id: Id.optional(),
    name: z.string().trim().min(1).max(200),
    language: z.enum(['fr', 'en']).optional(),
  })
  .strict()
export type NewWorkspace = z.input<typeof NewWorkspace>

/** `Acme Corp.` → `acme-corp` */
const slugOf = (name: string) =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48) || 'workspace'

/**
 * Creates a workspace (a client of the installation). Its id is made from its name, with a suffix when
 * taken, unless one is given: then `conflict` if that one is taken. The API and `vigie workspaces create`.
 */
export const createWorkspace = async ({
  ctx,
  input,
}: {
  ctx: { store: Pick<Store, 'getWorkspace' | 'upsertWorkspace'>; clock: Clock }
  input: NewWorkspace
}): Promise<Workspace> => {
  const body = NewWorkspace.parse(input)
  if (body.id !== undefined && (await ctx.store.getWorkspace(body.id)))
    throw new AppError('conflict', `a workspace ${body.id} already exists`)
  let id = body.id
  for (let n = 1; id === undefined; n++) {
    const candidate = n === 1 ? slugOf(body.name) : `${slugOf(body.name)}-${n}`
    if (!(await ctx.store.getWorkspace(candidate))) id = candidate
  }
  const workspace: Workspace = {
    id,
    name: body.name,
    createdAt: ctx.clock.now(),
    ...(body.language ? { language: body.language } : {}),
  }
  await ctx.store.upsertWorkspace(workspace)
  return workspace
}

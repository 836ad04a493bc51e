import type { Runtime } from './runtime.ts'

/** Creates the workspace if it does not exist yet (the CLI's `--workspace` default is `default`). */
export const ensureWorkspace = async (rt: Runtime, id: string, name = id) => {
  if (!(await rt.store.getWorkspace(id)))
    await rt.store.upsertWorkspace({ id, name, createdAt: rt.clock.now() })
}

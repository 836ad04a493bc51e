import type { Store } from '../port.ts'

/** Runs a test body on a fresh, migrated store and always closes it. */
export type UseStore = <T>(body: (store: Store) => Promise<T>) => Promise<T>

export const createUseStore =
  (makeStore: () => Promise<Store>): UseStore =>
  async (body) => {
    const store = await makeStore()
    try {
      await store.migrate()
      return await body(store)
    } finally {
      await store.close()
    }
  }

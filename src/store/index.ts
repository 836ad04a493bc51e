export type { DeadLetter, MentionFilter, NewDeadLetter, Page, Store, VolumeBucket } from './port.ts'
export { createSqliteStore, type SqliteStoreOptions } from './sqlite/create-sqlite-store.ts'
export { storeContract } from './store.contract.ts'

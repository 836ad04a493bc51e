import { readFileSync } from 'node:fs'
import { z } from 'zod'
import { createAlertHub } from '../alerts/index.ts'
import { type ApiContext, createApp } from '../api/index.ts'
import { loadConfig } from '../config/index.ts'
import {
  Alert,
  AnalyzedMention,
  BrandQuery,
  createManualClock,
  createMeter,
  Workspace,
} from '../core/index.ts'
import { createRuntime } from '../runtime/index.ts'
import { createSqliteStore } from '../store/index.ts'
import { actAsAdmin } from './act-as-admin.ts'

const Seed = z.object({
  workspaces: Workspace.array(),
  queries: BrandQuery.array(),
  mentions: AnalyzedMention.array(),
  alerts: Alert.array(),
})

/** The installation admin every test app has (a password, and a token its requests carry by default). */
export const TEST_ADMIN = { email: 'admin@test.example', password: 'correct horse battery' }

/** "Now" of the API tests: the seed's mentions fall in the last 48 hours before it. */
export const API_TEST_NOW = new Date('2026-03-14T12:30:00.000Z')

/**
 * The HTTP app over a real in-memory SQLite store seeded from src/api/fixtures/seed.json (two workspaces,
 * one query, five mentions, two alerts), with a live hub, a meter and a manual clock, and an installation
 * admin (`TEST_ADMIN`) whose token `app.inject` sends unless a request brings its own credentials.
 * With `runtime`, the store is a runtime's (in memory, on the test clock) and the app runs its pipelines, as
 * `vigie serve` does: imports and webhook pushes are analysed, stored and detected.
 */
export const createTestApp = async (
  overrides: Partial<ApiContext> = {},
  options: { runtime?: boolean } = {},
) => {
  const seed = Seed.parse(
    JSON.parse(readFileSync(new URL('../api/fixtures/seed.json', import.meta.url), 'utf8')),
  )
  const clock = createManualClock(API_TEST_NOW)
  const rt = options.runtime
    ? await createRuntime(
        loadConfig({ env: {}, overrides: { 'store.dataDir': ':memory:', 'log.level': 'silent' } }),
        { clock },
      )
    : undefined
  const store = rt?.store ?? createSqliteStore({ path: ':memory:' })
  await store.migrate()
  for (const ws of seed.workspaces) await store.upsertWorkspace(ws)
  for (const q of seed.queries) await store.upsertQuery(q)
  await store.saveMentions(seed.mentions)
  for (const alert of seed.alerts) await store.saveAlert(alert)
  const hub = rt?.hub ?? createAlertHub()
  const meter = rt?.meter ?? createMeter()
  const app = createApp({
    store,
    hub,
    meter,
    version: '0.1.0-test',
    clock,
    ...(rt ? { runtime: rt } : {}),
    ...overrides,
  })
  const { token, user: admin } = await actAsAdmin(app, overrides.store ?? store, TEST_ADMIN)
  return {
    app,
    adminToken: token,
    admin,
    store,
    hub,
    meter,
    seed,
    runtime: rt,
    close: async () => {
      await app.close()
      await (rt ?? store).close()
    },
  }
}

import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { AppError, describeIssues } from '../core/index.ts'
import { Config } from './schema.ts'

/** Environment variables Vigie reads, and where each lands in the config. */
export const ENV_VARS: Readonly<Record<string, string>> = {
  VIGIE_HOST: 'server.host',
  VIGIE_PORT: 'server.port',
  VIGIE_ALLOWED_HOSTS: 'server.allowedHosts',
  VIGIE_ALLOWED_ORIGINS: 'server.allowedOrigins',
  VIGIE_DATA_DIR: 'store.dataDir',
  VIGIE_STORE: 'store.kind',
  VIGIE_DATABASE_URL: 'store.url',
  VIGIE_DATABASE_SCHEMA: 'store.schema',
  VIGIE_BUS_URL: 'bus.url',
  VIGIE_BUS_PREFIX: 'bus.prefix',
  VIGIE_LOG_LEVEL: 'log.level',
  VIGIE_INGEST_NOT_BEFORE: 'ingest.notBefore',
  VIGIE_INGEST_MAX_FUTURE_HOURS: 'ingest.maxFutureHours',
  VIGIE_ANALYSIS_WORKERS: 'analysis.workers',
  VIGIE_WEBHOOK_URL: 'alerts.webhook.url',
  VIGIE_WEBHOOK_SECRET: 'alerts.webhook.secret',
  VIGIE_ALLOW_HOSTS: 'network.allowHosts',
  VIGIE_CHROMIUM: 'reports.chromium',
  VIGIE_RELOAD_SECONDS: 'runner.reloadSeconds',
  VIGIE_BASE_URL: 'notifications.baseUrl',
  VIGIE_SMTP_URL: 'notifications.smtp.url',
  VIGIE_SMTP_HOST: 'notifications.smtp.host',
  VIGIE_SMTP_PORT: 'notifications.smtp.port',
  VIGIE_SMTP_SECURE: 'notifications.smtp.secure',
  VIGIE_SMTP_USER: 'notifications.smtp.user',
  VIGIE_SMTP_PASSWORD: 'notifications.smtp.password',
  VIGIE_SMTP_FROM: 'notifications.smtp.from',
  VIGIE_ADMIN_EMAIL: 'auth.adminEmail',
  VIGIE_ADMIN_PASSWORD: 'auth.adminPassword',
  VIGIE_SECURE_COOKIES: 'auth.secureCookies',
  VIGIE_TRUST_PROXY: 'auth.trustProxy',
  VIGIE_DEMO: 'demo.enabled',
  VIGIE_DEMO_SPEED: 'demo.speed',
  VIGIE_DEMO_CRISIS_AFTER: 'demo.crisisAfterSeconds',
}

const setPath = (target: Record<string, unknown>, path: string, value: unknown) => {
  const keys = path.split('.')
  let node = target
  for (const key of keys.slice(0, -1)) {
    const next = node[key]
    node[key] = typeof next === 'object' && next !== null ? next : {}
    node = node[key] as Record<string, unknown>
  }
  node[keys.at(-1)!] = value
}

const envValue = (name: string, raw: string): unknown => {
  if (['VIGIE_DEMO', 'VIGIE_SECURE_COOKIES', 'VIGIE_TRUST_PROXY', 'VIGIE_SMTP_SECURE'].includes(name))
    return !['0', 'false', 'no', 'off'].includes(raw.toLowerCase())
  return raw
}

/**
 * Loads the config once: the JSON file (if any), then VIGIE_* environment variables on top, then
 * explicit overrides (CLI flags). Fails with every problem listed, one per line.
 */
export const loadConfig = (input: {
  file?: string
  env?: Record<string, string | undefined>
  overrides?: Record<string, unknown>
}): Config => {
  const raw: Record<string, unknown> = {}
  if (input.file) {
    const path = resolve(input.file)
    if (!existsSync(path)) throw new AppError('invalid', `config file not found: ${path}`)
    try {
      Object.assign(raw, JSON.parse(readFileSync(path, 'utf8')))
    } catch (error) {
      throw new AppError('invalid', `config file ${path} is not valid JSON: ${(error as Error).message}`)
    }
  }
  for (const [name, path] of Object.entries(ENV_VARS)) {
    const value = input.env?.[name]
    if (value !== undefined && value !== '') setPath(raw, path, envValue(name, value))
  }
  for (const [path, value] of Object.entries(input.overrides ?? {})) {
    if (value !== undefined) setPath(raw, path, value)
  }
  const parsed = Config.safeParse(raw)
  if (!parsed.success) {
    const problems = describeIssues(parsed.error.issues)
    throw new AppError('invalid', `invalid configuration:\n  - ${problems.join('\n  - ')}`, problems)
  }
  return parsed.data
}

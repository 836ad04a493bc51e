import { AppError, type SourceKind } from '../core/index.ts'

/** Options that hold a credential, by the name a connector gives them (at any depth: `login.appPassword`). */
const SECRET_KEYS = new Set(['accessToken', 'clientSecret', 'password', 'appPassword'])

/** `accessTokenEnv: "NAME"` is short for `accessToken: {"env": "NAME"}` (as Bluesky's `appPasswordEnv`). */
const ENV_FIELDS: Partial<Record<SourceKind, Record<string, string>>> = {
  mastodon: { accessTokenEnv: 'accessToken' },
  reddit: { clientSecretEnv: 'clientSecret', passwordEnv: 'password' },
}

const isEnvReference = (value: unknown): value is { env: string } =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.keys(value).length === 1 &&
  typeof (value as { env?: unknown }).env === 'string'

/**
 * A source's options with each credential given by reference (`{"env": "NAME"}`, or a `…Env` field) read
 * from `env`, so secrets live in the server's environment, not in the database. When only `checking` (a
 * source being declared, maybe by a CLI without the server's environment), a reference stands in as a
 * placeholder; otherwise a variable that is not set is an `invalid` error naming it.
 */
export const resolveSourceSecrets = (
  kind: SourceKind,
  options: Record<string, unknown>,
  env: Readonly<Record<string, string | undefined>>,
  checking = false,
): Record<string, unknown> => {
  const shorthand = ENV_FIELDS[kind] ?? {}
  const expanded: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(options)) {
    const target = shorthand[key]
    if (target !== undefined && typeof value === 'string') expanded[target] = { env: value }
    else expanded[key] = value
  }
  const resolve = (value: unknown, path: string): unknown => {
    if (isEnvReference(value)) {
      const found = env[value.env]
      if (found !== undefined && found !== '') return found
      if (checking) return `(from the environment variable ${value.env})`
      throw new AppError(
        'invalid',
        `source option ${path}: the environment variable ${value.env} is not set (la variable d’environnement ${value.env} n’est pas définie)`,
      )
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return value
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolve(v, `${path}.${k}`)]))
  }
  return Object.fromEntries(Object.entries(expanded).map(([k, v]) => [k, resolve(v, k)]))
}

/**
 * A source's options as the API shows them: a credential given as a value reads `(hidden)`; references to
 * the environment (`{"env": "NAME"}`, `…Env`) are shown, they hold no secret.
 */
export const redactSourceOptions = (options: Record<string, unknown>): Record<string, unknown> => {
  const redact = (value: unknown, key: string): unknown => {
    if (SECRET_KEYS.has(key) && !isEnvReference(value)) return '(hidden)'
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return value
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redact(v, k)]))
  }
  return Object.fromEntries(Object.entries(options).map(([k, v]) => [k, redact(v, k)]))
}

import type { FastifyInstance, InjectOptions } from 'fastify'
import { createApiToken, createUser } from '../accounts/index.ts'
import { systemClock } from '../core/index.ts'
import type { Store } from '../store/index.ts'

/**
 * Creates an installation admin with an API token in the store, and makes `app.inject` send that token
 * unless a request brings its own Authorization or Cookie header. Returns the token (for `fetch`).
 */
export const actAsAdmin = async (
  app: FastifyInstance,
  store: Store,
  admin = { email: 'admin@test.example', password: 'correct horse battery' },
) => {
  const ctx = { store, clock: systemClock }
  const user = await createUser({ ctx, input: { ...admin, role: 'admin' } })
  const { token } = await createApiToken({ ctx, userId: user.id, input: {} })
  const inject = app.inject.bind(app)
  app.inject = ((opts: InjectOptions) => {
    const headers = (opts.headers ?? {}) as Record<string, unknown>
    const own = 'authorization' in headers || 'cookie' in headers
    return inject(own ? opts : { ...opts, headers: { authorization: `Bearer ${token}`, ...headers } })
  }) as typeof app.inject
  return { token, user }
}

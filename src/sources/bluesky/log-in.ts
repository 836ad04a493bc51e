import { AppError } from '../../core/index.ts'
import { isObject } from '../map-post.ts'
import type { BlueskySourceOptions } from './bluesky-source-options.ts'
import type { XrpcClient } from './xrpc-client.ts'

type Login = NonNullable<BlueskySourceOptions['login']>

/** Opens a session with an app password (com.atproto.server.createSession) and returns its access token. */
export const logIn = async (
  xrpc: XrpcClient,
  login: Login,
  env: Readonly<Record<string, string | undefined>>,
  signal: AbortSignal,
): Promise<string> => {
  const password = login.appPassword ?? env[login.appPasswordEnv ?? '']
  if (!password)
    throw new AppError(
      'invalid',
      `Bluesky login: the environment variable ${login.appPasswordEnv} is not set`,
    )
  const url = new URL('xrpc/com.atproto.server.createSession', `${login.service.replace(/\/$/, '')}/`)
  const session = await xrpc.call(url.toString(), {
    method: 'POST',
    body: { identifier: login.identifier, password },
    signal,
  })
  if (!isObject(session) || typeof session.accessJwt !== 'string')
    throw new AppError('unavailable', `${url.host}: createSession gave no access token`)
  return session.accessJwt
}

/** The brand's accounts as DID → declared handle: handles are resolved once, at the start of a read. */
export const resolveAccounts = async (
  xrpc: XrpcClient,
  appView: string,
  accounts: readonly string[],
  signal: AbortSignal,
): Promise<Map<string, string | undefined>> => {
  const owned = new Map<string, string | undefined>()
  for (const account of accounts) {
    if (account.startsWith('did:')) {
      owned.set(account, undefined)
      continue
    }
    const handle = account.replace(/^@/, '')
    const url = new URL('xrpc/com.atproto.identity.resolveHandle', `${appView.replace(/\/$/, '')}/`)
    url.searchParams.set('handle', handle)
    const answer = await xrpc.call(url.toString(), { signal })
    if (!isObject(answer) || typeof answer.did !== 'string' || !answer.did.startsWith('did:'))
      throw new AppError('unavailable', `${url.host}: resolveHandle gave no DID for ${handle}`)
    owned.set(answer.did, handle)
  }
  return owned
}

import { createContext } from 'preact'
import { useContext } from 'preact/hooks'
import type { ApiClient } from '../api/api-client.ts'
import type { SessionJson } from '../api/wire.ts'
import type { Lang, Translate } from '../i18n/i18n.ts'
import type { Format } from '../model/format.ts'

/** What every page uses: the API, the session, and the reader's language with its formats. */
export interface AppServices {
  client: ApiClient
  session: SessionJson
  lang: Lang
  t: Translate
  format: Format
}

export const AppContext = createContext<AppServices | null>(null)

export const useApp = (): AppServices => {
  const services = useContext(AppContext)
  if (!services) throw new Error('useApp outside <AppContext.Provider>')
  return services
}

/** The server's now: event time under the demo, which runs ahead of the wall clock. */
export const serverNow = async (client: ApiClient): Promise<Date> =>
  new Date((await client.get<{ now: string }>('/health')).now)

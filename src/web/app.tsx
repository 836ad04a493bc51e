import { useEffect, useMemo, useState } from 'preact/hooks'
import { ApiError, createApiClient } from './api/api-client.ts'
import type { Page, SessionJson, WorkspaceJson } from './api/wire.ts'
import { chooseLanguage, type Lang, translator } from './i18n/i18n.ts'
import { createFormat } from './model/format.ts'
import { hereNow, loginHref } from './model/login-href.ts'
import { readPreferences, savePreferences } from './model/preferences.ts'
import { AppContext, type AppServices } from './ui/app-context.ts'
import { useLoad } from './ui/use-load.ts'
import { WorkspaceView } from './ui/workspace-view.tsx'

/** The login form, which brings the person back to this view (the server checks `next`). */
const toLogin = (lang?: Lang) => window.location.assign(loginHref(lang, hereNow()))
const client = createApiClient(() => toLogin())

/** Who is calling and which workspaces they see; not logged in (session over): the login form. */
const loadStart = async () => {
  try {
    const session = await client.get<SessionJson>('/session')
    client.setCsrf(session.csrf)
    const workspaces = (await client.get<Page<WorkspaceJson>>('/workspaces')).items
    return { session, workspaces }
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) toLogin()
    throw error
  }
}

/** The language asked for by the login form (`?lang=`) is remembered, then dropped from the address. */
const askedLanguage = (): string | null => {
  const url = new URL(window.location.href)
  const asked = url.searchParams.get('lang')
  if (asked === null) return null
  url.searchParams.delete('lang')
  window.history.replaceState(null, '', url.pathname + url.search + url.hash)
  return asked
}

const asked = askedLanguage()

/** The interface language saved to the account: the default at the next login, on any browser. */
const saveAccountLanguage = async (language: Lang) => {
  try {
    await client.send('PATCH', '/users/me', { language })
  } catch {
    // kept in this browser anyway; the account keeps its previous language
  }
}

export const App = () => {
  const start = useLoad(loadStart, [])
  const [workspaces, setWorkspaces] = useState<WorkspaceJson[]>([])
  const [lang, setLang] = useState<Lang>()
  const session = start.data?.session
  const who = session?.user?.id ?? 'demo'
  useEffect(() => {
    if (!start.data) return
    setWorkspaces(start.data.workspaces)
    const remembered = readPreferences(window.localStorage, who).lang
    const chosen = chooseLanguage({
      asked,
      remembered,
      account: session?.user?.language,
      browser: navigator.languages,
    })
    if (chosen !== remembered) savePreferences(window.localStorage, who, { lang: chosen })
    setLang(chosen)
  }, [start.data, who, session])
  const shownLang = lang ?? chooseLanguage({ asked, browser: navigator.languages })
  useEffect(() => {
    document.documentElement.lang = shownLang
  }, [shownLang])
  const services = useMemo<AppServices | undefined>(
    () =>
      session && {
        client,
        session,
        lang: shownLang,
        t: translator(shownLang),
        format: createFormat(shownLang),
      },
    [session, shownLang],
  )
  const t = translator(shownLang)
  if (start.error && !(start.error instanceof ApiError && start.error.status === 401))
    return (
      <main class="boot" id="main">
        <p role="alert">{t('app.failed', { message: start.error.message })}</p>
        <button type="button" onClick={start.reload}>
          {t('app.retry')}
        </button>
      </main>
    )
  if (!services || !lang)
    return (
      <main class="boot" id="main">
        <p>{t('app.loading')}</p>
      </main>
    )
  const switchLang = (next: Lang) => {
    savePreferences(window.localStorage, who, { lang: next })
    setLang(next)
    // a person's choice follows them to other browsers; a demo visitor's stays in this one
    if (session?.user) void saveAccountLanguage(next)
  }
  const logOut = async () => {
    client.abortAll()
    await client.send('DELETE', '/session').catch(() => undefined)
    // logged out on purpose: the next login starts at the overview
    window.location.assign(loginHref(lang))
  }
  return (
    <AppContext.Provider value={services}>
      <WorkspaceView
        workspaces={workspaces}
        who={who}
        onLang={switchLang}
        onLogout={() => void logOut()}
        onWorkspaceSaved={(w) => setWorkspaces((list) => list.map((x) => (x.id === w.id ? w : x)))}
        onWorkspacesChanged={async () =>
          setWorkspaces((await client.get<Page<WorkspaceJson>>('/workspaces')).items)
        }
      />
    </AppContext.Provider>
  )
}

import { useEffect, useState } from 'preact/hooks'
import type { WorkspaceJson } from '../api/wire.ts'
import type { Lang } from '../i18n/i18n.ts'
import { readPreferences, savePreferences } from '../model/preferences.ts'
import { can } from '../model/roles.ts'
import { type Route, routeHash } from '../model/routes.ts'
import { AlertsPage } from '../pages/alerts-page.tsx'
import { CheckPage } from '../pages/check-page.tsx'
import { ImportPage } from '../pages/import-page.tsx'
import { IncidentsPage } from '../pages/incidents-page.tsx'
import { MentionsPage } from '../pages/mentions-page.tsx'
import { OverviewPage } from '../pages/overview-page.tsx'
import { QueriesPage } from '../pages/queries-page.tsx'
import { SettingsPage } from '../pages/settings-page.tsx'
import { SourcesPage } from '../pages/sources-page.tsx'
import { playAlertSound } from './alert-sound.ts'
import { useApp } from './app-context.ts'
import { DrillBanner, DrillsPanel } from './drills.tsx'
import { Header } from './header.tsx'
import { useHashRoute } from './use-hash-route.ts'
import { type LiveAlerts, useLiveAlerts } from './use-live-alerts.ts'

interface Props {
  workspaces: WorkspaceJson[]
  /** the user id (or `demo`) whose preferences apply */
  who: string
  onLang: (lang: Lang) => void
  onLogout: () => void
  onWorkspaceSaved: (workspace: WorkspaceJson) => void
  /** reads the workspace list again (a drill's sandbox was added) */
  onWorkspacesChanged: () => Promise<void>
}

const PageOf = ({
  route,
  workspace,
  live,
  sound,
  onSound,
  onWorkspaceSaved,
  onWorkspacesChanged,
}: {
  route: Route
  workspace: WorkspaceJson
  live: LiveAlerts
  sound: boolean
  onSound: (on: boolean) => void
  onWorkspaceSaved: (workspace: WorkspaceJson) => void
  onWorkspacesChanged: () => Promise<void>
}) => {
  const ws = workspace.id
  switch (route.page) {
    case 'overview':
      return <OverviewPage key={ws} ws={ws} live={live} />
    case 'mentions':
      return (
        <MentionsPage
          key={ws}
          ws={ws}
          search={route.search ?? ''}
          canCorrect={can(workspace.role, 'analyse')}
        />
      )
    case 'sources':
      return <SourcesPage key={ws} ws={ws} />
    case 'import':
      return <ImportPage key={ws} ws={ws} canImport={can(workspace.role, 'analyse')} />
    case 'alerts':
      return (
        <AlertsPage
          key={ws}
          ws={ws}
          live={live}
          canRespond={can(workspace.role, 'respond')}
          sound={sound}
          onSound={onSound}
        />
      )
    case 'incidents':
      return (
        <IncidentsPage
          key={ws}
          ws={ws}
          liveCount={live.fresh.size}
          search={route.search ?? ''}
          canRespond={can(workspace.role, 'respond')}
          canAudit={can(workspace.role, 'analyse')}
          drills={
            workspace.drill ? undefined : (
              <DrillsPanel
                ws={ws}
                canStart={can(workspace.role, 'analyse')}
                onStarted={async (sandbox) => {
                  await onWorkspacesChanged()
                  window.location.hash = routeHash({ ws: sandbox, page: 'incidents' })
                }}
              />
            )
          }
        />
      )
    case 'queries':
      return <QueriesPage key={ws} ws={ws} canEdit={can(workspace.role, 'analyse')} />
    case 'check':
      return <CheckPage key={ws} ws={ws} canEdit={can(workspace.role, 'analyse')} />
    case 'settings':
      return <SettingsPage workspace={workspace} onWorkspaceSaved={onWorkspaceSaved} />
  }
}

/** One workspace's dashboard: its live alerts (title badge, sound), the header and the page of the route. */
export const WorkspaceView = ({
  workspaces,
  who,
  onLang,
  onLogout,
  onWorkspaceSaved,
  onWorkspacesChanged,
}: Props) => {
  const { client, t } = useApp()
  const asked = useHashRoute()
  const workspace = workspaces.find((w) => w.id === asked.ws) ?? workspaces[0]
  const route: Route = { ...asked, ws: workspace?.id }
  const [sound, setSound] = useState(() => readPreferences(window.localStorage, who).sound ?? false)
  const live = useLiveAlerts(client, workspace?.id ?? '', () => {
    if (readPreferences(window.localStorage, who).sound) playAlertSound()
  })
  useEffect(() => {
    if (workspace && asked.ws !== workspace.id) window.history.replaceState(null, '', routeHash(route))
  })
  useEffect(() => {
    if (route.page === 'alerts' && live.unseen > 0 && !document.hidden) live.markSeen()
  }, [route.page, live.unseen, live.markSeen])
  useEffect(() => {
    const badge = live.unseen > 0 ? `(${live.unseen}) ` : ''
    document.title = `${badge}${t(`nav.${route.page}`)} · ${workspace?.name ?? ''} — Vigie`
  })
  if (!workspace)
    return (
      <main id="main" class="boot">
        <p>{t('app.noWorkspace')}</p>
      </main>
    )
  const switchSound = (on: boolean) => {
    savePreferences(window.localStorage, who, { sound: on })
    setSound(on)
    if (on) playAlertSound()
  }
  return (
    <>
      <Header
        workspaces={workspaces}
        route={route}
        live={live.state}
        unseen={live.unseen}
        onLang={onLang}
        onLogout={onLogout}
      />
      <main id="main" tabIndex={-1}>
        {workspace.drill ? (
          <DrillBanner key={workspace.id} workspace={workspace} canStop={can(workspace.role, 'analyse')} />
        ) : null}
        <PageOf
          route={route}
          workspace={workspace}
          live={live}
          sound={sound}
          onSound={switchSound}
          onWorkspaceSaved={onWorkspaceSaved}
          onWorkspacesChanged={onWorkspacesChanged}
        />
      </main>
    </>
  )
}

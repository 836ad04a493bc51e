import type { LiveState } from '../api/live-alerts.ts'
import type { WorkspaceJson } from '../api/wire.ts'
import { LANG_NAMES, LANGS, type Lang } from '../i18n/i18n.ts'
import { loginHref } from '../model/login-href.ts'
import { PAGES, type Route, routeHash } from '../model/routes.ts'
import { useApp } from './app-context.ts'

const WorkspaceSwitcher = ({ workspaces, route }: { workspaces: WorkspaceJson[]; route: Route }) => {
  const { t } = useApp()
  const current = workspaces.find((w) => w.id === route.ws)
  if (workspaces.length < 2) return <span class="ws-name">{current?.name}</span>
  return (
    <label class="ws-switcher">
      <span class="visually-hidden">{t('header.workspace')}</span>
      <select
        value={route.ws}
        onChange={(e) => {
          window.location.hash = routeHash({ ws: e.currentTarget.value, page: route.page })
        }}
      >
        {workspaces.map((w) => (
          <option key={w.id} value={w.id}>
            {w.name}
          </option>
        ))}
      </select>
    </label>
  )
}

const LanguageSwitch = ({ onLang }: { onLang: (lang: Lang) => void }) => {
  const { t, lang } = useApp()
  return (
    <fieldset class="toggles lang-switch">
      <legend class="visually-hidden">{t('header.language')}</legend>
      {LANGS.map((l) => (
        <button
          type="button"
          key={l}
          lang={l}
          aria-pressed={l === lang}
          title={LANG_NAMES[l]}
          onClick={() => onLang(l)}
        >
          {l.toUpperCase()}
        </button>
      ))}
    </fieldset>
  )
}

const Account = ({ route, onLogout }: { route: Route; onLogout: () => void }) => {
  const { t, session, lang } = useApp()
  if (!session.user)
    return (
      <span class="account">
        <span class="badge">{t('header.demo')}</span>{' '}
        <a href={loginHref(lang, `/${routeHash(route)}`)}>{t('header.login')}</a>
      </span>
    )
  return (
    <span class="account">
      <span class="muted">{session.user.email}</span>{' '}
      <button type="button" class="link" onClick={onLogout}>
        {t('header.logout')}
      </button>
    </span>
  )
}

/** The bar on every page: workspace switcher, live status, language, account; then the sections. */
export const Header = ({
  workspaces,
  route,
  live,
  unseen,
  onLang,
  onLogout,
}: {
  workspaces: WorkspaceJson[]
  route: Route
  live: LiveState
  unseen: number
  onLang: (lang: Lang) => void
  onLogout: () => void
}) => {
  const { t } = useApp()
  return (
    <header class="top">
      <div class="top-bar">
        <button type="button" class="skip" onClick={() => document.getElementById('main')?.focus()}>
          {t('app.skip')}
        </button>
        <span class="logo">Vigie</span>
        <WorkspaceSwitcher workspaces={workspaces} route={route} />
        <span class={`live live-${live}`} role="status" data-state={live}>
          {t(`live.${live}`)}
        </span>
        <span class="spacer" />
        <LanguageSwitch onLang={onLang} />
        <Account route={route} onLogout={onLogout} />
      </div>
      <nav aria-label={t('nav.label')}>
        {PAGES.map((page) => (
          <a
            key={page}
            href={routeHash({ ws: route.ws, page })}
            aria-current={page === route.page ? 'page' : undefined}
          >
            {t(`nav.${page}`)}
            {page === 'alerts' && unseen > 0 ? (
              <span class="count">{t('nav.newAlerts', { count: unseen })}</span>
            ) : null}
          </a>
        ))}
      </nav>
    </header>
  )
}

import { useState } from 'preact/hooks'
import { wsPath } from '../api/api-client.ts'
import type { WorkspaceJson } from '../api/wire.ts'
import { LANG_NAMES, LANGS } from '../i18n/i18n.ts'
import { useApp } from './app-context.ts'
import { ErrorNotice } from './notice.tsx'

/** The workspace's name and team language (alert sentences are written in it); analysts change them. */
export const WorkspaceSettings = ({
  workspace,
  canEdit,
  onSaved,
}: {
  workspace: WorkspaceJson
  canEdit: boolean
  onSaved: (workspace: WorkspaceJson) => void
}) => {
  const { client, t } = useApp()
  const [name, setName] = useState(workspace.name)
  const [language, setLanguage] = useState(workspace.language ?? 'en')
  const [state, setState] = useState<{ saved?: boolean; error?: Error }>({})
  const save = async (event: Event) => {
    event.preventDefault()
    try {
      const saved = await client.send<WorkspaceJson>('PATCH', wsPath(workspace.id), { name, language })
      onSaved({ ...saved, role: workspace.role })
      setState({ saved: true })
    } catch (e) {
      setState({ error: e as Error })
    }
  }
  return (
    <section aria-labelledby="ws-settings">
      <h2 id="ws-settings">{t('settings.workspace')}</h2>
      <form class="stack" onSubmit={save}>
        <label>
          {t('settings.name')}
          <input required value={name} readOnly={!canEdit} onInput={(e) => setName(e.currentTarget.value)} />
        </label>
        <label>
          {t('settings.language')}
          <select
            value={language}
            disabled={!canEdit}
            onChange={(e) => setLanguage(e.currentTarget.value as 'fr' | 'en')}
          >
            {LANGS.map((l) => (
              <option key={l} value={l}>
                {LANG_NAMES[l]}
              </option>
            ))}
          </select>
        </label>
        {canEdit ? <button type="submit">{t('common.save')}</button> : null}
        <p aria-live="polite" class="muted">
          {state.saved ? t('common.saved') : ''}
        </p>
        <ErrorNotice error={state.error} />
      </form>
    </section>
  )
}

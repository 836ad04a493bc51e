import { useState } from 'preact/hooks'
import { ROLES } from '../../core/vocabulary.ts'
import type { UserJson } from '../api/wire.ts'
import { useApp } from './app-context.ts'
import { ErrorNotice } from './notice.tsx'

/** Every user of the installation, and a form to create one (installation admins only). */
export const UserSettings = ({
  ws,
  users,
  onCreated,
}: {
  ws: string
  users: UserJson[]
  onCreated: (user: UserJson) => void
}) => {
  const { client, t } = useApp()
  const [form, setForm] = useState({ email: '', name: '', password: '', role: 'viewer', inWorkspace: true })
  const [error, setError] = useState<Error>()
  const set = (change: Partial<typeof form>) => setForm((f) => ({ ...f, ...change }))
  const create = async (event: Event) => {
    event.preventDefault()
    const body = {
      email: form.email,
      role: form.role,
      ...(form.name ? { name: form.name } : {}),
      ...(form.password ? { password: form.password } : {}),
      // an admin outside any workspace is an installation admin
      ...(form.inWorkspace || form.role !== 'admin' ? { workspaceId: ws } : {}),
    }
    try {
      onCreated(await client.send<UserJson>('POST', '/users', body))
      setForm({ email: '', name: '', password: '', role: 'viewer', inWorkspace: true })
      setError(undefined)
    } catch (e) {
      setError(e as Error)
    }
  }
  return (
    <section aria-labelledby="users-title">
      <h2 id="users-title">{t('settings.users')}</h2>
      <ul class="rows">
        {users.map((u) => (
          <li key={u.id}>
            <strong>{u.email}</strong> <span class="muted">{u.name}</span>
            {u.admin ? <span class="badge">{t('settings.installationAdmin')}</span> : null}
          </li>
        ))}
      </ul>
      <h3>{t('settings.createUser')}</h3>
      <form class="stack" onSubmit={create}>
        <label>
          {t('settings.email')}{' '}
          <input
            type="email"
            required
            value={form.email}
            onInput={(e) => set({ email: e.currentTarget.value })}
          />
        </label>
        <label>
          {t('settings.fullName')}{' '}
          <input value={form.name} onInput={(e) => set({ name: e.currentTarget.value })} />
        </label>
        <label>
          {t('settings.password')}{' '}
          <input
            type="password"
            autocomplete="new-password"
            minLength={10}
            value={form.password}
            onInput={(e) => set({ password: e.currentTarget.value })}
          />
        </label>
        <label>
          {t('settings.role')}{' '}
          <select value={form.role} onChange={(e) => set({ role: e.currentTarget.value })}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`role.${r}`)}
              </option>
            ))}
          </select>
        </label>
        <label class="check">
          <input
            type="checkbox"
            checked={form.inWorkspace}
            onChange={(e) => set({ inWorkspace: e.currentTarget.checked })}
          />{' '}
          {t('settings.inWorkspace')}
        </label>
        <button type="submit">{t('settings.createUser')}</button>
        <ErrorNotice error={error} />
      </form>
    </section>
  )
}

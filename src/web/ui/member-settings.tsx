import { useState } from 'preact/hooks'
import { ROLES } from '../../core/vocabulary.ts'
import { wsPath } from '../api/api-client.ts'
import type { MemberJson, Page, UserJson } from '../api/wire.ts'
import { useApp } from './app-context.ts'
import { ErrorNotice } from './notice.tsx'
import { useLoad } from './use-load.ts'

type Role = (typeof ROLES)[number]

const RoleSelect = ({
  value,
  label,
  onChange,
}: {
  value: Role
  label: string
  onChange: (role: Role) => void
}) => {
  const { t } = useApp()
  return (
    <select aria-label={label} value={value} onChange={(e) => onChange(e.currentTarget.value as Role)}>
      {ROLES.map((r) => (
        <option key={r} value={r}>
          {t(`role.${r}`)}
        </option>
      ))}
    </select>
  )
}

/** The workspace's members and their roles (its admins); installation admins pick users by email. */
export const MemberSettings = ({ ws, users }: { ws: string; users: UserJson[] | undefined }) => {
  const { client, t } = useApp()
  const members = useLoad(() => client.get<Page<MemberJson>>(wsPath(ws, '/members')), [ws])
  const [newUser, setNewUser] = useState('')
  const [newRole, setNewRole] = useState<Role>('viewer')
  const [error, setError] = useState<Error>()
  const memberLabel = (m: MemberJson) => (m.email ? `${m.name} <${m.email}>` : m.name)
  const setRole = async (userId: string, role: Role) => {
    try {
      const member = await client.send<MemberJson>(
        'PUT',
        wsPath(ws, `/members/${encodeURIComponent(userId)}`),
        { role },
      )
      members.setData((page) => ({
        items: [...(page?.items ?? []).filter((m) => m.userId !== userId), member].sort((a, b) =>
          a.name.localeCompare(b.name),
        ),
      }))
      setError(undefined)
    } catch (e) {
      setError(e as Error)
    }
  }
  const remove = async (userId: string) => {
    try {
      await client.send('DELETE', wsPath(ws, `/members/${encodeURIComponent(userId)}`))
      members.setData((page) => ({ items: (page?.items ?? []).filter((m) => m.userId !== userId) }))
    } catch (e) {
      setError(e as Error)
    }
  }
  return (
    <section aria-labelledby="members-title">
      <h2 id="members-title">{t('settings.members')}</h2>
      <ErrorNotice error={members.error ?? error} />
      <ul class="rows">
        {(members.data?.items ?? []).map((m) => (
          <li key={m.userId} data-user={m.userId}>
            <span class="member-name">{memberLabel(m)}</span>{' '}
            <RoleSelect
              value={m.role}
              label={`${t('settings.role')} ${m.name}`}
              onChange={(r) => void setRole(m.userId, r)}
            />{' '}
            <button type="button" class="danger" onClick={() => void remove(m.userId)}>
              {t('settings.remove')}
            </button>
          </li>
        ))}
      </ul>
      <form
        class="inline-form"
        onSubmit={(e) => {
          e.preventDefault()
          if (newUser) void setRole(newUser, newRole)
        }}
      >
        {users ? (
          <label>
            {t('settings.user')}{' '}
            <select value={newUser} onChange={(e) => setNewUser(e.currentTarget.value)}>
              <option value="" />
              {users.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.email}
                </option>
              ))}
            </select>
          </label>
        ) : (
          <label>
            {t('settings.user')}{' '}
            <input value={newUser} onInput={(e) => setNewUser(e.currentTarget.value.trim())} />
          </label>
        )}
        <RoleSelect value={newRole} label={t('settings.role')} onChange={setNewRole} />
        <button type="submit">{t('settings.setRole')}</button>
      </form>
    </section>
  )
}

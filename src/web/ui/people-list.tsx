import { wsPath } from '../api/api-client.ts'
import type { MemberJson, Page } from '../api/wire.ts'
import { useApp } from './app-context.ts'
import { ErrorNotice, Loading } from './notice.tsx'
import { useLoad } from './use-load.ts'

/** Who else works in the workspace, by name and role: what its members (not admins) may read. */
export const PeopleList = ({ ws }: { ws: string }) => {
  const { client, t } = useApp()
  const members = useLoad(() => client.get<Page<MemberJson>>(wsPath(ws, '/members')), [ws])
  const items = members.data?.items ?? []
  return (
    <section aria-labelledby="people-title">
      <h2 id="people-title">{t('settings.people')}</h2>
      <ErrorNotice error={members.error} />
      {members.loading && !members.data ? <Loading /> : null}
      {members.data && items.length === 0 ? <p class="muted">{t('settings.noMembers')}</p> : null}
      <ul class="rows people">
        {items.map((m) => (
          <li key={m.userId} data-user={m.userId}>
            <span class="member-name">{m.name}</span> <span class="muted">{t(`role.${m.role}`)}</span>
          </li>
        ))}
      </ul>
    </section>
  )
}

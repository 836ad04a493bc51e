import type { Page, UserJson, WorkspaceJson } from '../api/wire.ts'
import { can } from '../model/roles.ts'
import { useApp } from '../ui/app-context.ts'
import { ApprovalChainSettings } from '../ui/approval-chain-settings.tsx'
import { MemberSettings } from '../ui/member-settings.tsx'
import { PeopleList } from '../ui/people-list.tsx'
import { PublisherSettings } from '../ui/publisher-settings.tsx'
import { TokenSettings } from '../ui/token-settings.tsx'
import { useLoad } from '../ui/use-load.ts'
import { UserSettings } from '../ui/user-settings.tsx'
import { WorkspaceSettings } from '../ui/workspace-settings.tsx'

/** The workspace's settings, the caller's tokens, and for admins the members and users. */
export const SettingsPage = ({
  workspace,
  onWorkspaceSaved,
}: {
  workspace: WorkspaceJson
  onWorkspaceSaved: (workspace: WorkspaceJson) => void
}) => {
  const { client, t, session } = useApp()
  const installationAdmin = session.user?.admin === true
  const users = useLoad(
    async () => (installationAdmin ? (await client.get<Page<UserJson>>('/users')).items : undefined),
    [installationAdmin],
  )
  return (
    <>
      <h1>{t('settings.title')}</h1>
      <WorkspaceSettings
        key={workspace.id}
        workspace={workspace}
        canEdit={can(workspace.role, 'analyse')}
        onSaved={onWorkspaceSaved}
      />
      {session.user ? <TokenSettings /> : <p class="muted">{t('settings.demoOnly')}</p>}
      {can(workspace.role, 'administer') ? (
        <MemberSettings ws={workspace.id} users={users.data} />
      ) : (
        <PeopleList ws={workspace.id} />
      )}
      {can(workspace.role, 'administer') ? (
        <ApprovalChainSettings key={workspace.id} ws={workspace.id} />
      ) : null}
      {can(workspace.role, 'administer') ? <PublisherSettings key={workspace.id} ws={workspace.id} /> : null}
      {installationAdmin && users.data ? (
        <UserSettings
          ws={workspace.id}
          users={users.data}
          onCreated={(u) => users.setData((list) => [...(list ?? []), u])}
        />
      ) : null}
    </>
  )
}

import { useState } from 'preact/hooks'
import { AUDIENCES, NETWORK_LIMITS, REPLY_CHANNELS } from '../../core/vocabulary.ts'
import { wsPath } from '../api/api-client.ts'
import type {
  ApprovalChainJson,
  IncidentJson,
  MemberJson,
  Page,
  PublisherJson,
  ReplyDraftJson,
} from '../api/wire.ts'
import { useApp } from './app-context.ts'
import { ErrorNotice, Loading } from './notice.tsx'
import { ReplyDraft } from './reply-draft.tsx'
import { useLoad } from './use-load.ts'

type Audience = (typeof AUDIENCES)[number]
type Channel = (typeof REPLY_CHANNELS)[number]
type Network = keyof typeof NETWORK_LIMITS
const NETWORKS = Object.keys(NETWORK_LIMITS) as Network[]
const hasNetwork = (channel: Channel) => channel === 'short_post' || channel === 'thread'

/** The choices of a first draft: audience, channel, the network of a post or thread, the language. */
const NewDraft = ({ onCreate }: { onCreate: (body: Record<string, string>) => Promise<void> }) => {
  const { t } = useApp()
  const [audience, setAudience] = useState<Audience>('customers')
  const [channel, setChannel] = useState<Channel>('short_post')
  const [network, setNetwork] = useState<Network>('mastodon')
  const [lang, setLang] = useState('')
  const [busy, setBusy] = useState(false)
  const create = async (event: Event) => {
    event.preventDefault()
    setBusy(true)
    await onCreate({
      audience,
      channel,
      ...(hasNetwork(channel) ? { network } : {}),
      ...(lang ? { lang } : {}),
    })
    setBusy(false)
  }
  return (
    <form class="inline-form new-draft" onSubmit={create} aria-label={t('replies.new')}>
      <label>
        {t('replies.audience')}{' '}
        <select value={audience} onChange={(e) => setAudience(e.currentTarget.value as Audience)}>
          {AUDIENCES.map((a) => (
            <option key={a} value={a}>
              {t(`audience.${a}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('replies.channel')}{' '}
        <select value={channel} onChange={(e) => setChannel(e.currentTarget.value as Channel)}>
          {REPLY_CHANNELS.map((c) => (
            <option key={c} value={c}>
              {t(`channel.${c}`)}
            </option>
          ))}
        </select>
      </label>
      {hasNetwork(channel) ? (
        <label>
          {t('replies.network')}{' '}
          <select value={network} onChange={(e) => setNetwork(e.currentTarget.value as Network)}>
            {NETWORKS.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <label>
        {t('replies.lang')}{' '}
        <select value={lang} onChange={(e) => setLang(e.currentTarget.value)}>
          <option value="">{t('replies.workspaceLang')}</option>
          <option value="fr" lang="fr">
            Français
          </option>
          <option value="en" lang="en">
            English
          </option>
        </select>
      </label>
      <button type="submit" disabled={busy}>
        {t('replies.create')}
      </button>
    </form>
  )
}

/** The incident's replies: responders draft one per audience and channel; each goes through the chain. */
export const ReplyDrafts = ({
  ws,
  incident,
  members,
  canRespond,
  onChanged,
}: {
  ws: string
  incident: IncidentJson
  members: MemberJson[]
  canRespond: boolean
  onChanged: () => void
}) => {
  const { client, t } = useApp()
  const path = wsPath(ws, `/incidents/${encodeURIComponent(incident.id)}/drafts`)
  const drafts = useLoad(() => client.get<Page<ReplyDraftJson>>(path), [path])
  const chain = useLoad(() => client.get<ApprovalChainJson>(wsPath(ws, '/approval-chain')), [ws])
  const publishers = useLoad(() => client.get<Page<PublisherJson>>(wsPath(ws, '/publishers')), [ws])
  const [error, setError] = useState<Error>()
  const create = async (body: Record<string, string>) => {
    try {
      const draft = await client.send<ReplyDraftJson>('POST', path, body)
      drafts.setData((page) => ({ items: [...(page?.items ?? []), draft] }))
      setError(undefined)
      onChanged()
    } catch (e) {
      setError(e as Error)
    }
  }
  const changed = (draft: ReplyDraftJson) => {
    drafts.setData((page) => ({ items: (page?.items ?? []).map((d) => (d.id === draft.id ? draft : d)) }))
    onChanged()
  }
  const items = drafts.data?.items ?? []
  return (
    <section class="panel" aria-labelledby="replies-title" data-panel="replies">
      <h2 id="replies-title">{t('replies.title')}</h2>
      {canRespond ? <NewDraft onCreate={create} /> : null}
      <ErrorNotice error={error ?? drafts.error} />
      {drafts.loading && !drafts.data ? <Loading /> : null}
      {drafts.data && items.length === 0 ? <p class="muted">{t('replies.none')}</p> : null}
      <ol class="drafts">
        {items.map((d) => (
          <li key={d.id}>
            <ReplyDraft
              ws={ws}
              draft={d}
              chain={chain.data}
              members={members}
              publishers={publishers.data?.items}
              canRespond={canRespond}
              onChanged={changed}
            />
          </li>
        ))}
      </ol>
    </section>
  )
}

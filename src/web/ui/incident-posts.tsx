import { useState } from 'preact/hooks'
import { wsPath } from '../api/api-client.ts'
import type { IncidentJson, IncidentPostsJson, MentionJson } from '../api/wire.ts'
import { useApp } from './app-context.ts'
import { MentionItem } from './mention-item.tsx'
import { ErrorNotice, Loading } from './notice.tsx'
import { Panel } from './overview-panels.tsx'
import { useLoad } from './use-load.ts'

/** A list of posts, each with its pin or unpin button for responders. */
const PostList = ({
  ws,
  posts,
  pinned,
  canRespond,
  onPin,
}: {
  ws: string
  posts: MentionJson[]
  pinned: ReadonlySet<string>
  canRespond: boolean
  onPin: (mention: MentionJson, pinned: boolean) => void
}) => {
  const { t } = useApp()
  return (
    <ol class="mention-list">
      {posts.map((m) => (
        <li key={m.id} data-pinned={pinned.has(m.id) ? 'true' : 'false'}>
          <MentionItem ws={ws} mention={m} canCorrect={false} />
          {canRespond ? (
            <button type="button" class="small-button" onClick={() => onPin(m, !pinned.has(m.id))}>
              {pinned.has(m.id) ? t('posts.unpin') : t('posts.pin')}
            </button>
          ) : null}
        </li>
      ))}
    </ol>
  )
}

/**
 * The people and posts of an incident since its start: the key posts the team pinned, the most engaging
 * posts (responders pin them), the brand's own posts, who amplifies it and where it comes from. Read again
 * when `round` changes (a live alert, a pin).
 */
export const IncidentPosts = ({
  ws,
  incident,
  canRespond,
  round,
  onPinned,
}: {
  ws: string
  incident: IncidentJson
  canRespond: boolean
  round: number
  onPinned: () => void
}) => {
  const { client, t, format } = useApp()
  const path = wsPath(ws, `/incidents/${encodeURIComponent(incident.id)}`)
  const data = useLoad(() => client.get<IncidentPostsJson>(`${path}/posts`), [path, round])
  const [error, setError] = useState<Error>()
  const pin = async (mention: MentionJson, pinned: boolean) => {
    try {
      await client.send('POST', `${path}/key-posts`, { mentionId: mention.id, pinned })
      setError(undefined)
      data.reload()
      onPinned()
    } catch (e) {
      setError(e as Error)
    }
  }
  const posts = data.data
  const pinnedIds = new Set(posts?.pinned.map((m) => m.id) ?? [])
  return (
    <Panel id="posts" title={t('posts.title')}>
      <ErrorNotice error={error ?? data.error} />
      {!posts ? (
        data.loading ? (
          <Loading />
        ) : null
      ) : (
        <>
          <h3>{t('posts.pinned')}</h3>
          {posts.pinned.length === 0 ? <p class="muted">{t('posts.nonePinned')}</p> : null}
          <PostList ws={ws} posts={posts.pinned} pinned={pinnedIds} canRespond={canRespond} onPin={pin} />
          <h3>{t('posts.mostEngaged')}</h3>
          {posts.mostEngaged.length === 0 ? <p class="muted">{t('posts.none')}</p> : null}
          <PostList
            ws={ws}
            posts={posts.mostEngaged}
            pinned={pinnedIds}
            canRespond={canRespond}
            onPin={pin}
          />
          <h3>{t('posts.amplifiers')}</h3>
          <p class="reach">
            {t(posts.reach.partial ? 'posts.reachAtLeast' : 'posts.reach', {
              followers: format.count(posts.reach.followers),
              authors: format.count(posts.reach.authors),
            })}
          </p>
          {posts.amplifiers.length === 0 ? (
            <p class="muted">{t('posts.none')}</p>
          ) : (
            <table class="amplifiers">
              <caption class="muted">{t('posts.amplifiersNote')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('posts.author')}</th>
                  <th scope="col" class="num">
                    {t('posts.posts')}
                  </th>
                  <th scope="col" class="num">
                    {t('posts.followers')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {posts.amplifiers.map((a) => (
                  <tr key={a.handle}>
                    <td>
                      @{a.handle.replace(/^@/, '')}
                      {a.name ? <span class="muted"> {a.name}</span> : null}
                    </td>
                    <td class="num">{format.count(a.posts)}</td>
                    <td class="num">{a.followers === null ? '—' : format.count(a.followers)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <h3>{t('posts.sources')}</h3>
          <ul class="inline-list">
            {posts.sources.map((s) => (
              <li key={s.key}>{t('posts.source', { source: s.key, count: format.count(s.count) })}</li>
            ))}
          </ul>
          <h3>{t('posts.owned')}</h3>
          {posts.owned.length === 0 ? <p class="muted">{t('posts.noneOwned')}</p> : null}
          <ol class="mention-list">
            {posts.owned.map((m) => (
              <li key={m.id}>
                <MentionItem ws={ws} mention={m} canCorrect={false} />
              </li>
            ))}
          </ol>
        </>
      )}
    </Panel>
  )
}

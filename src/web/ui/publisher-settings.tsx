import { useState } from 'preact/hooks'
import { wsPath } from '../api/api-client.ts'
import type { Page, PublisherJson } from '../api/wire.ts'
import { useApp } from './app-context.ts'
import { ErrorNotice, Loading } from './notice.tsx'
import { useLoad } from './use-load.ts'

type Kind = PublisherJson['kind']
const KINDS: readonly Kind[] = ['mastodon', 'bluesky', 'webhook']
const EMPTY = { id: '', name: '', url: '', handle: '', secretEnv: '' }
const PLACEHOLDER_URL: Record<Kind, string> = {
  mastodon: 'https://mastodon.social',
  bluesky: 'https://bsky.social',
  webhook: 'https://intranet.example/vigie',
}

/** Adds a publisher: its kind, id, name, address, Bluesky handle and the variable holding its secret. */
const AddPublisher = ({ onAdd }: { onAdd: (body: Record<string, string>) => Promise<boolean> }) => {
  const { t } = useApp()
  const [kind, setKind] = useState<Kind>('mastodon')
  const [fields, setFields] = useState(EMPTY)
  const field = (name: keyof typeof EMPTY) => ({
    value: fields[name],
    onInput: (e: { currentTarget: HTMLInputElement }) =>
      setFields((f) => ({ ...f, [name]: e.currentTarget.value })),
  })
  const add = async (event: Event) => {
    event.preventDefault()
    const { handle, ...rest } = fields
    if (await onAdd({ kind, ...rest, ...(kind === 'bluesky' ? { handle } : {}) })) setFields(EMPTY)
  }
  return (
    <form class="stack add-publisher" onSubmit={add} aria-labelledby="add-publisher-title">
      <h3 id="add-publisher-title">{t('publishers.addTitle')}</h3>
      <label>
        {t('publishers.kind')}{' '}
        <select value={kind} onChange={(e) => setKind(e.currentTarget.value as Kind)}>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`publishers.kind.${k}`)}
            </option>
          ))}
        </select>
      </label>
      <p class="help" id="publisher-help">
        {t(`publishers.help.${kind}`)}
      </p>
      <label>
        {t('publishers.id')} <span class="muted">({t('publishers.idHint')})</span>{' '}
        <input {...field('id')} required maxLength={64} pattern="[a-zA-Z0-9][a-zA-Z0-9_.\-]*" />
      </label>
      <label>
        {t('publishers.name')} <input {...field('name')} required maxLength={100} />
      </label>
      <label>
        {t('publishers.url')}{' '}
        <input {...field('url')} type="url" required placeholder={PLACEHOLDER_URL[kind]} />
      </label>
      {kind === 'bluesky' ? (
        <label>
          {t('publishers.handle')}{' '}
          <input {...field('handle')} required maxLength={253} placeholder="acme.bsky.social" />
        </label>
      ) : null}
      <label>
        {t('publishers.secretEnv')} <span class="muted">({t('publishers.envHint')})</span>{' '}
        <input
          {...field('secretEnv')}
          required
          pattern="[A-Z_][A-Z0-9_]*"
          aria-describedby="publisher-help"
          autoComplete="off"
          spellcheck={false}
        />
      </label>
      <div class="actions">
        <button type="submit">{t('publishers.add')}</button>
      </div>
    </form>
  )
}

/**
 * The workspace's publishers, for its admins: where approved replies go out. The list names each secret's
 * environment variable, never the secret, which is set where `vigie serve` runs and never passes here.
 */
export const PublisherSettings = ({ ws }: { ws: string }) => {
  const { client, t } = useApp()
  const path = wsPath(ws, '/publishers')
  const list = useLoad(() => client.get<Page<PublisherJson>>(path), [path])
  const [error, setError] = useState<Error>()
  const act = async (change: () => Promise<unknown>): Promise<boolean> => {
    try {
      await change()
      setError(undefined)
      list.reload()
      return true
    } catch (e) {
      setError(e as Error)
      return false
    }
  }
  const items = list.data?.items ?? []
  return (
    <section aria-labelledby="publishers-title" data-panel="publishers">
      <h2 id="publishers-title">{t('publishers.title')}</h2>
      <p class="muted">{t('publishers.hint')}</p>
      <ErrorNotice error={list.error ?? error} />
      {list.loading && !list.data ? <Loading /> : null}
      {list.data && items.length === 0 ? <p class="muted">{t('publishers.none')}</p> : null}
      {items.length > 0 ? (
        <div class="table-scroll">
          <table class="publishers">
            <thead>
              <tr>
                <th scope="col">{t('publishers.name')}</th>
                <th scope="col">{t('publishers.kind')}</th>
                <th scope="col">{t('publishers.url')}</th>
                <th scope="col">{t('publishers.handle')}</th>
                <th scope="col">{t('publishers.secretEnv')}</th>
                <th scope="col">
                  <span class="visually-hidden">{t('publishers.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((p) => (
                <tr key={p.id} data-id={p.id}>
                  <th scope="row">
                    {p.name} <span class="muted">({p.id})</span>
                  </th>
                  <td>{t(`publishers.kind.${p.kind}`)}</td>
                  <td class="url">{p.url}</td>
                  <td>{p.handle ?? '—'}</td>
                  <td>
                    <code>{p.secretEnv}</code>
                  </td>
                  <td>
                    <button
                      type="button"
                      class="danger"
                      aria-label={t('publishers.removeNamed', { name: p.name })}
                      onClick={() =>
                        void act(() => client.send('DELETE', `${path}/${encodeURIComponent(p.id)}`))
                      }
                    >
                      {t('publishers.remove')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <AddPublisher onAdd={(body) => act(() => client.send('POST', path, body))} />
    </section>
  )
}

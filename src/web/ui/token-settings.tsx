import { useState } from 'preact/hooks'
import type { Page, TokenJson } from '../api/wire.ts'
import { useApp } from './app-context.ts'
import { ErrorNotice } from './notice.tsx'
import { useLoad } from './use-load.ts'

/** The caller's API tokens: a new one is shown once, here; any can be deleted. */
export const TokenSettings = () => {
  const { client, t, format } = useApp()
  const tokens = useLoad(() => client.get<Page<TokenJson>>('/tokens'), [])
  const [name, setName] = useState('')
  const [shown, setShown] = useState<string>()
  const [error, setError] = useState<Error>()
  const create = async (event: Event) => {
    event.preventDefault()
    try {
      const made = await client.send<{ token: string; info: TokenJson }>(
        'POST',
        '/tokens',
        name ? { name } : {},
      )
      tokens.setData((page) => ({ items: [...(page?.items ?? []), made.info] }))
      setShown(made.token)
      setName('')
      setError(undefined)
    } catch (e) {
      setError(e as Error)
    }
  }
  const remove = async (id: string) => {
    try {
      await client.send('DELETE', `/tokens/${encodeURIComponent(id)}`)
      tokens.setData((page) => ({ items: (page?.items ?? []).filter((x) => x.id !== id) }))
    } catch (e) {
      setError(e as Error)
    }
  }
  const items = tokens.data?.items ?? []
  return (
    <section aria-labelledby="tokens-title">
      <h2 id="tokens-title">{t('settings.tokens')}</h2>
      <ErrorNotice error={tokens.error ?? error} />
      {tokens.data && items.length === 0 ? <p class="muted">{t('settings.noTokens')}</p> : null}
      <ul class="rows">
        {items.map((token) => (
          <li key={token.id}>
            <strong>{token.name}</strong>{' '}
            <span class="muted">
              {t('settings.tokenDates', {
                created: format.dateTime(token.createdAt),
                used: token.lastUsedAt ? format.dateTime(token.lastUsedAt) : t('settings.never'),
              })}
            </span>{' '}
            <button type="button" class="danger" onClick={() => void remove(token.id)}>
              {t('common.delete')}
            </button>
          </li>
        ))}
      </ul>
      <form class="inline-form" onSubmit={create}>
        <label>
          {t('settings.tokenName')}{' '}
          <input value={name} maxLength={100} onInput={(e) => setName(e.currentTarget.value)} />
        </label>
        <button type="submit">{t('settings.createToken')}</button>
      </form>
      {shown ? (
        <div class="notice once" role="status">
          <p>{t('settings.tokenOnce')}</p>
          <code class="secret">{shown}</code>
        </div>
      ) : null}
    </section>
  )
}

import { ApiError } from '../api/api-client.ts'
import { useApp } from './app-context.ts'

/** An error said in the reader's language, with the server's own message when it gave one. */
export const ErrorNotice = ({ error }: { error: Error | undefined }) => {
  const { t } = useApp()
  if (!error) return null
  const message = error instanceof ApiError ? error.message : t('app.retry')
  return (
    <p class="notice error" role="alert">
      {t('common.error', { message })}
    </p>
  )
}

export const Loading = () => {
  const { t } = useApp()
  return (
    <p class="loading" aria-live="polite">
      {t('app.loading')}
    </p>
  )
}

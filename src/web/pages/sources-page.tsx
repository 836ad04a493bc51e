import { wsPath } from '../api/api-client.ts'
import type { DeadLetterJson, Page, SourcesJson } from '../api/wire.ts'
import { useApp } from '../ui/app-context.ts'
import { DeadLetterList } from '../ui/dead-letter-list.tsx'
import { ErrorNotice, Loading } from '../ui/notice.tsx'
import { DeclaredSources, InputsTable, LastDayTable } from '../ui/source-tables.tsx'
import { useLoad } from '../ui/use-load.ts'

/**
 * The health of what feeds the workspace: declared sources (when the server lists them), every input's last
 * delivery and rejections, mentions per source over the last day, and the latest rejections with their reason.
 */
export const SourcesPage = ({ ws }: { ws: string }) => {
  const { client, t } = useApp()
  const data = useLoad(async () => {
    const [sources, letters] = await Promise.all([
      client.get<SourcesJson>(wsPath(ws, '/sources')),
      client.get<Page<DeadLetterJson>>(wsPath(ws, '/dead-letters'), { limit: 20 }),
    ])
    return { sources, letters: letters.items }
  }, [ws])
  const sources = data.data?.sources
  return (
    <>
      <h1>{t('sources.title')}</h1>
      <p class="muted">{t('sources.hint')}</p>
      <ErrorNotice error={data.error} />
      {!data.data && !data.error ? <Loading /> : null}
      {Array.isArray(sources?.sources) ? (
        <section aria-labelledby="declared-title">
          <h2 id="declared-title">{t('sources.declared')}</h2>
          <DeclaredSources sources={sources.sources} />
        </section>
      ) : null}
      {sources ? (
        <>
          <section aria-labelledby="inputs-title">
            <h2 id="inputs-title">{t('sources.inputs')}</h2>
            <InputsTable inputs={sources.inputs} />
          </section>
          <section aria-labelledby="last-day-title">
            <h2 id="last-day-title">{t('sources.lastDay')}</h2>
            <LastDayTable lastDay={sources.lastDay} />
          </section>
        </>
      ) : null}
      {data.data ? (
        <section aria-labelledby="dead-letters-title">
          <h2 id="dead-letters-title">{t('sources.deadLetters')}</h2>
          <DeadLetterList letters={data.data.letters} />
        </section>
      ) : null}
    </>
  )
}

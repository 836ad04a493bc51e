import type { ComponentChildren } from 'preact'
import { EMOTIONS } from '../../core/vocabulary.ts'
import type { OverviewJson } from '../api/wire.ts'
import { useApp } from './app-context.ts'
import { RankedBars } from './ranked-bars.tsx'

/** A titled part of the overview. */
export const Panel = ({
  id,
  title,
  children,
}: {
  id: string
  title: string
  children: ComponentChildren
}) => (
  <section class="panel" aria-labelledby={`${id}-title`} data-panel={id}>
    <h2 id={`${id}-title`}>{title}</h2>
    {children}
  </section>
)

/** How many mentions of the range had each emotion as their strongest (as the emotion filter counts them). */
export const EmotionMix = ({ overview }: { overview: OverviewJson }) => {
  const { t, format } = useApp()
  const totals = EMOTIONS.map((key) => ({
    key,
    count: overview.buckets.reduce((sum, b) => sum + (b.emotions?.[key] ?? 0), 0),
  }))
  const all = totals.reduce((sum, e) => sum + e.count, 0)
  if (all === 0) return <p class="muted">{t('overview.noEmotion')}</p>
  return (
    <RankedBars
      name="emotions"
      entries={totals.map((e) => ({
        key: e.key,
        label: t(`emotion.${e.key}`),
        count: e.count,
        note: format.percent(e.count / all),
      }))}
    />
  )
}

/** Each brand query's part of the conversation among the workspace's queries. */
const ShareOfVoice = ({ overview }: { overview: OverviewJson }) => {
  const { format } = useApp()
  return (
    <RankedBars
      name="share-of-voice"
      entries={overview.shareOfVoice.map((q) => ({
        key: q.queryId,
        label: q.brand,
        count: q.count,
        note: format.percent(q.share),
      }))}
    />
  )
}

/** Who wrote most about the brand, with how many people follow them. */
const TopAuthors = ({ overview }: { overview: OverviewJson }) => {
  const { t, format } = useApp()
  return (
    <RankedBars
      name="authors"
      entries={overview.topAuthors.map((a) => ({
        key: a.handle,
        label: (
          <>
            {a.name ? <strong>{a.name}</strong> : null} <span class="handle">@{a.handle}</span>
          </>
        ),
        count: a.count,
        note:
          a.followers === undefined || a.followers === null
            ? t('overview.reachUnknown')
            : t('mention.followers', { count: format.compact(a.followers) }),
      }))}
    />
  )
}

/** Terms and hashtags, saying when they were read from a sample of the range. */
const TopWords = ({ overview }: { overview: OverviewJson }) => {
  const { t, format } = useApp()
  const bars = (list: OverviewJson['topTerms']) =>
    list.map((e) => ({ key: e.key, label: e.key, count: e.count }))
  return (
    <>
      {overview.sampled ? (
        <p class="muted sampled">{t('overview.sampled', { count: format.count(overview.sampleSize) })}</p>
      ) : null}
      <div class="panels">
        <section aria-labelledby="terms-title">
          <h3 id="terms-title">{t('overview.terms')}</h3>
          <RankedBars name="terms" entries={bars(overview.topTerms)} />
        </section>
        <section aria-labelledby="hashtags-title">
          <h3 id="hashtags-title">{t('overview.hashtags')}</h3>
          <RankedBars name="hashtags" entries={bars(overview.topHashtags)} />
        </section>
      </div>
    </>
  )
}

/** The emotion mix, share of voice, top authors and sources side by side, then terms and hashtags. */
export const OverviewPanels = ({ overview }: { overview: OverviewJson }) => {
  const { t } = useApp()
  return (
    <>
      <div class="panels">
        <Panel id="emotions" title={t('overview.emotions')}>
          <EmotionMix overview={overview} />
        </Panel>
        <Panel id="share" title={t('overview.share')}>
          <ShareOfVoice overview={overview} />
        </Panel>
        <Panel id="authors" title={t('overview.authors')}>
          <TopAuthors overview={overview} />
        </Panel>
        <Panel id="sources" title={t('overview.sources')}>
          <RankedBars
            name="sources"
            entries={overview.topSources.map((s) => ({ key: s.key, label: s.key, count: s.count }))}
          />
        </Panel>
      </div>
      <Panel id="words" title={t('overview.words')}>
        <TopWords overview={overview} />
      </Panel>
    </>
  )
}

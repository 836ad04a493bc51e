import { type AnalyzedMention, EMOTIONS, type Signal } from '../core/index.ts'
import type { AlertDetails, AlertPost } from './alert-details.ts'
import type { AlertStory } from './alert-story.ts'
import type { WindowSummary } from './bucket-summary.ts'
import type { CrisisScore } from './crisis-score.ts'
import { sentenceOf } from './lazy-signal.ts'
import { reachOf } from './mention-reach.ts'
import { ALERT_LANGS, type AlertLang, authorLabel, CAUSE_NAMES, quote, WORDS } from './phrases.ts'

export interface Explained {
  explanation: string
  mentions: string[]
  details: AlertDetails
}

const ranked = (map: Map<string, number>, n: number) =>
  [...map.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, n)

const round2 = (x: number) => Math.round(x * 100) / 100
const postOf = (m: AnalyzedMention): AlertPost => ({
  id: m.id,
  author: m.author.handle.replace(/^@+/, ''),
  followers: m.author.followers ?? null,
  source: m.source,
  at: m.createdAt.toISOString(),
  text: m.text.slice(0, 280),
  reach: reachOf(m),
})

/** Signals worth a clause: volume and tone always, the others when they weigh. */
const told = (signals: readonly Signal[]) =>
  signals.filter((s) => s.detector === 'volume' || s.detector === 'negative_share' || s.score >= 0.25)

/** A conversation mostly positive and hardly negative: a viral post to celebrate, not a crisis. */
const isPositive = (w: WindowSummary) =>
  w.count > 0 && w.positive >= 0.5 * w.count && w.negative < 0.2 * w.count

const sentence = (
  input: { brand: string; signals: readonly Signal[]; crisis: CrisisScore },
  story: AlertStory,
  w: WindowSummary,
  lang: AlertLang,
): string => {
  const words = WORDS[lang]
  const colon = lang === 'fr' ? ' :' : ':'
  const parts = told(input.signals).map((s) => sentenceOf(s, lang))
  const { origin, cause } = story
  if (origin)
    parts.push(`${words.origin}${colon} ${authorLabel(origin.author, lang)} ${quote(origin.text, lang)}`)
  if (cause) parts.push(`${words.likelyCause}${colon} ${CAUSE_NAMES[cause][lang]}`)
  if (isPositive(w)) parts.push(words.positive)
  const { unheard } = input.crisis
  if (unheard !== undefined) parts.push(words.unheard.replace('{h}', String(unheard)))
  return `${input.brand}${colon} ${parts.join(lang === 'fr' ? ' ; ' : '; ')}.`
}

/**
 * The alert's sentence in the workspace's language (both languages in `details.explanations`), its most
 * telling posts (the origin first, then the episode's posts by reach) and its details.
 */
export const explain = (input: {
  brand: string
  level: AlertDetails['level']
  crisis: CrisisScore
  signals: readonly Signal[]
  story: AlertStory
  window: WindowSummary
  maxMentions: number
  lang: AlertLang
}): Explained => {
  const { story, window: w } = input
  const relevant = new Set(story.relevant.map((m) => m.id))
  const mentions = [
    ...(story.originId ? [story.originId] : []),
    ...story.top.map((m) => m.id),
    ...story.amplifiers.map((m) => m.id),
    ...input.signals.flatMap((s) => s.mentions.filter((id) => relevant.has(id))),
  ]
  const explanations = Object.fromEntries(
    ALERT_LANGS.map((lang) => [lang, sentence(input, story, w, lang)]),
  ) as Record<AlertLang, string>
  return {
    explanation: explanations[input.lang],
    mentions: [...new Set(mentions)].slice(0, input.maxMentions),
    details: {
      level: input.level,
      score: input.crisis.score,
      intensity: round2(input.crisis.intensity),
      tone: round2(input.crisis.tone),
      explanations,
      signals: Object.fromEntries(
        input.signals.map((s) => [
          s.detector,
          {
            score: round2(s.score),
            value: round2(s.value),
            baseline: round2(s.baseline),
            explanation: sentenceOf(s, input.lang),
          },
        ]),
      ),
      origin: story.originId ?? null,
      originPost: story.origin ? postOf(story.origin) : null,
      topPosts: story.top.map(postOf),
      amplifiers: story.amplifiers.map(postOf),
      topTerms: ranked(w.terms, 8).map(([term, count]) => ({ term, count })),
      sentiment: {
        mentions: w.count,
        negativeShare: w.count ? round2(w.negative / w.count) : 0,
        positiveShare: w.count ? round2(w.positive / w.count) : 0,
      },
      emotions: Object.fromEntries(
        EMOTIONS.map((e) => [e, w.count ? round2(w.emotions[e] / w.count) : 0]),
      ) as AlertDetails['emotions'],
      sources: ranked(w.sources, 8).map(([source, count]) => ({ source, count })),
      likelyCause: story.cause ?? null,
    },
  }
}

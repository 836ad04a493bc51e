import { type AnalyzedMention, isUnknownAuthor, STOPWORDS } from '../../core/index.ts'
import { createBucketedDetector } from '../bucketed-detector.ts'
import { createCrisisBurst, describeBurst, RETWEET, voiceOf } from '../crisis-burst.ts'
import { type CreateDetector, intervalMsOf } from '../detector-context.ts'
import { LazySignal } from '../lazy-signal.ts'
import { isHarsh, isNegative } from '../mention-reach.ts'
import { type AlertLang, formatCount, formatPct, quote } from '../phrases.ts'
import { queryWords } from '../query-words.ts'
import { SLOW_WINDOW_HOURS } from '../seasonal-surge.ts'
import { foldText } from '../term-matcher.ts'
import { createTermMemory } from '../term-memory.ts'
import { createTopicWindow, type WindowPost } from '../topic-window.ts'
import { matcherFor } from './lexicon-detector.ts'

/** a word is part of a burst when its voices stand this far (Anscombe units) above what its usual share predicts */
const WORD_Z = 3
/** posts of a flagged topic teach the usual vocabulary at this weight: a crisis must not become the norm */
const FLAGGED_WEIGHT = 0.2
const MAX_WORDS_PER_POST = 40
const BACKGROUND_SHARE = 0.01
/** a new query is assumed to have calm hours whose strongest word burst is z 1.5 and a quarter of bad posts */
const PRIOR_TOP_Z = 1.5
const PRIOR_BAD = 0.25
const USUAL_HALF_LIFE_DAYS = 3
/**
 * An established query (a day of history or more) gets topics of words it already uses scored at this
 * weight: its usual vocabulary and hours are known, and complaint clusters of a known kind ("crashes on
 * loading", a few voices an hour as a rule) come and go there. Words it never used, and every topic of a
 * query with no history, keep the full weight: the first hour may be all the warning there is.
 */
const WARM_WEIGHT = 0.7
const WARM_AFTER_MS = 24 * 3_600_000
/**
 * A burst of crisis vocabulary is weighed the same way once the query has a day and a few hundred posts of
 * history (its own clusters of complaints are then known); a query with little history, however old, keeps
 * the full weight: forty posts in a day teach little about what its bad hours look like.
 */
const BURST_WARM_WEIGHT = WARM_WEIGHT
/**
 * A post read as negative without crisis vocabulary nor a harsh emotion (anger, disgust, fear) counts as half
 * bad: a wave of mockery (a meme, "nobody: absolutely nobody:", 🤡) reads negative to the sentiment model, but
 * it is no crisis unless anger or crisis words come with it.
 */
const NEGATIVE_ONLY = 0.5
const WARM_AFTER_POSTS = 300

interface Topic {
  words: string[]
  voices: number
  expected: number
  /** the least usual of its words: the voices expected for it in the window */
  freshest: number
  z: number
  bad: number
  ids: string[]
}

/** "explosions" and "explosion" are one word of a topic (French and English plurals in -s; not -ss, -us, -is) */
const singular = (w: string) =>
  w.length > 4 && w.endsWith('s') && !/(?:ss|us|is)$/.test(w) ? w.slice(0, -1) : w
const anscombe = (x: number) => 2 * Math.sqrt(x + 3 / 8)
const clamp01 = (x: number) => Math.max(0, Math.min(1, x))

/**
 * An emerging topic: words that many distinct voices suddenly share in the last hour, against how often the
 * query's posts usually use them (an exponential memory of its vocabulary). It sees a crisis that does not
 * move the volume (a data leak among ordinary chatter), a surge of complaints sharing words in a sparse
 * stream, and the first hour of a query with no history (every word is then new, and a few voices suffice
 * only with crisis vocabulary). The score is the topic's rarity × its size × how bad it reads.
 */
export const createEmergingTopicDetector: CreateDetector = ({ query, settings, fold }) => {
  const { windowMinutes, halfLifeDays, minVoices } = settings.topic
  const windowMs = windowMinutes * 60_000
  const window = createTopicWindow(windowMs)
  // the same posts over the hours a slow crisis takes: a topic of a few voices an hour in a busy stream never
  // stands out in one hour, but its voices add up over six while the query's usual words do not gather
  const slowWindow = createTopicWindow(Math.max(windowMs, SLOW_WINDOW_HOURS * 3_600_000))
  // crisis terms pooled over a shorter window: a story breaking must alert within half an hour
  const burst = createCrisisBurst({
    windowMs: settings.sustainedMinutes * 60_000,
    bucketMs: intervalMsOf(settings),
    halfLifeMs: USUAL_HALF_LIFE_DAYS * 86_400_000,
  })
  const memory = createTermMemory(halfLifeDays * 86_400_000)
  const match = matcherFor(settings.lexicon)
  const own = queryWords(query)
  // the query's own words are kept: in an established stream their usual share is high and they never
  // burst, while the words of an OR-query (boston AND explosion) are news when they do
  const isTopicWord = (w: string) => w.length >= 3 && !STOPWORDS.has(w) && !/^\d+$/.test(w)
  const isQueryWord = (w: string) => own.words.has(w) || own.prefixes.some((p) => w.startsWith(p))
  const wordsOf = (folded: string): string[] => {
    const out = new Set<string>()
    for (const raw of folded.split(' ')) {
      if (raw.startsWith('@') || raw.length === 0) continue
      const w = singular(raw.replace(/^#+/, ''))
      if (isTopicWord(w)) out.add(w)
      if (out.size >= MAX_WORDS_PER_POST) break
    }
    return [...out]
  }
  /** the topic of the window, if words burst, and the strongest word burst even when none does */
  const find = (
    window: ReturnType<typeof createTopicWindow>,
    end: number,
  ): { topic?: Topic; topZ: number } => {
    const voices = window.voices()
    const burst: { word: string; voices: number; z: number; expected: number }[] = []
    let topZ = 0
    for (const [word, n] of window.sharedWords(minVoices)) {
      const expected = memory.share(word, end) * voices
      const z = anscombe(n) - anscombe(expected)
      topZ = Math.max(topZ, z)
      if (z >= WORD_Z) burst.push({ word, voices: n, z, expected })
    }
    if (burst.length === 0) return { topZ }
    burst.sort((a, b) => b.voices - a.voices || b.z - a.z || a.word.localeCompare(b.word))
    const top = burst.slice(0, 8)
    // shown: what the topic is about beyond the brand's own name, when there is such a word
    const about = top.filter((b) => !isQueryWord(b.word))
    const inTopic = new Set(top.map((b) => b.word))
    const posts = window.posts().filter((p) => p.words.some((w) => inTopic.has(w)))
    const speakers = new Set(posts.map((p) => p.voice))
    const bad = posts.reduce((n, p) => n + p.bad, 0) / Math.max(posts.length, 1)
    const topic = {
      words: (about.length > 0 ? about : top).map((b) => b.word),
      voices: speakers.size,
      expected: top[0]!.expected,
      freshest: Math.min(...top.map((b) => b.expected)),
      z: Math.max(...top.map((b) => b.z)),
      bad,
      ids: posts.slice(0, 3).map((p) => p.id),
    }
    return { topic, topZ }
  }

  // What this query's hours usually look like: the strongest word burst of a calm bucket, and the share of
  // posts that read bad. A complaint-heavy stream always has some cluster of "no network in my street": a topic
  // must stand out from those, and read worse than the query's usual talk, not merely worse than 30 %.
  const usual = { z: PRIOR_TOP_Z, bad: PRIOR_BAD }
  // and of its six-hour windows, whose strongest word burst is larger as more voices speak in them
  const usualSlow = { z: PRIOR_TOP_Z, bad: PRIOR_BAD }
  let firstAt = Number.NaN
  const seen = { posts: 0 }
  const decay = 2 ** (-1 / (USUAL_HALF_LIFE_DAYS * 24 * (60 / settings.intervalMinutes)))
  const scoreOf = (
    t: Topic,
    windowVoices: number,
    end: number,
    usual: { z: number; bad: number },
    usualPerHour: number,
  ): number => {
    if (t.voices < minVoices) return 0
    const warmth = Math.min(1, (end - firstAt) / WARM_AFTER_MS)
    // words the query never used (under one voice an hour expected) are news at full weight: IBANs for sale
    const novelty = clamp01((1 - usualPerHour) / 0.8)
    const weight = 1 - (1 - WARM_WEIGHT) * warmth * (1 - novelty)
    const rarity = 1 / (1 + Math.exp(-1.2 * (t.z - Math.max(3.5, usual.z + 2))))
    // a few voices are a story in a quiet stream, a murmur in a busy one: 1 % of the hour's voices is background
    const voices = t.voices - BACKGROUND_SHARE * windowVoices
    const size = 1 - Math.exp(-Math.max(0, voices - 2) / 4)
    const tone = clamp01((t.bad - Math.max(0.3, usual.bad + 0.15)) / 0.35)
    return weight * rarity * size * tone
  }
  const learnUsual = (into: { z: number; bad: number }, topZ: number, bad: number) => {
    into.z = into.z * decay + topZ * (1 - decay)
    into.bad = into.bad * decay + bad * (1 - decay)
  }
  /** marks the posts of a flagged topic, so they teach the usual vocabulary only a little */
  const flag = (t: Topic) => {
    const ids = new Set(t.words)
    for (const w of [window, slowWindow])
      for (const p of w.posts()) if (p.words.some((x) => ids.has(x))) p.flagged = true
  }

  // made once, not at every close: the posts leaving the window teach the usual vocabulary
  const forget = (p: WindowPost) => memory.learn(p.words, p.at, p.flagged ? FLAGGED_WEIGHT : 1)

  return createBucketedDetector<{ count: number }>(intervalMsOf(settings), {
    kind: 'emerging_topic',
    open: () => ({ count: 0 }),
    add(bucket, m: AnalyzedMention) {
      bucket.count += 1
      seen.posts += 1
      if (Number.isNaN(firstAt)) firstAt = m.createdAt.getTime()
      // the brand's own posts are not others speaking
      if (m.analysis.owned) return
      const folded = fold ? fold(m) : foldText(`${m.title ?? ''} ${m.text}`)
      const positive = m.analysis.sentiment.label === 'positive'
      const terms = positive ? [] : match.folded(folded)
      const author = isUnknownAuthor(m.author) ? undefined : m.author
      const at = m.createdAt.getTime()
      burst.add({ id: m.id, at, voice: voiceOf({ folded, repostOf: m.repostOf, author }), terms })
      // a reshare repeats its original's words: one post spreading is virality, not a topic many people raise
      if (m.repostOf || RETWEET.test(folded)) return
      const words = wordsOf(folded)
      const post: WindowPost = {
        id: m.id,
        at,
        voice: isUnknownAuthor(m.author) ? `text:${folded.slice(0, 120)}` : `author:${m.author.id}`,
        words,
        bad: terms.length > 0 || isHarsh(m) ? 1 : isNegative(m) ? NEGATIVE_ONLY : 0,
        flagged: false,
      }
      window.add(post)
      slowWindow.add({ ...post })
    },
    close(bucket, span) {
      const { end } = span
      window.expire(end, forget)
      slowWindow.expire(end, () => {})
      if (bucket.count === 0) {
        burst.pass(end)
        return undefined
      }
      const crisis = burst.close(end)
      const hour = find(window, end)
      const hourScore = hour.topic ? scoreOf(hour.topic, window.voices(), end, usual, hour.topic.expected) : 0
      const slow = find(slowWindow, end)
      // over hours, a topic is news when one of its words is one the query's usual talk of as many hours
      // would not hold even once (a hashtag nobody used); a cluster of known complaints gathers known words
      const slowScore = slow.topic
        ? scoreOf(slow.topic, slowWindow.voices(), end, usualSlow, slow.topic.freshest)
        : 0
      // the hour's topic is told when it is as strong: it is the more recent and the more precise
      const [topic, topicScore, minutes] =
        slowScore > hourScore
          ? [slow.topic, slowScore, Math.round(slowWindow.spanMs / 60_000)]
          : [hour.topic, hourScore, windowMinutes]
      const warmth = Math.min(1, (end - firstAt) / WARM_AFTER_MS, seen.posts / WARM_AFTER_POSTS)
      const burstScore = crisis.score * (1 - (1 - BURST_WARM_WEIGHT) * warmth)
      const score = Math.max(topicScore, burstScore)
      // a calm bucket teaches what the query's hours are like; a flagged one does not
      if (score < 0.3) {
        learnUsual(usual, hour.topZ, window.badShare())
        learnUsual(usualSlow, slow.topZ, slowWindow.badShare())
      }
      if (hour.topic && hourScore >= 0.3) flag(hour.topic)
      if (slow.topic && slowScore >= 0.3) flag(slow.topic)
      return new LazySignal(
        {
          detector: 'emerging_topic',
          queryId: query.id,
          at: new Date(end),
          value: burstScore > topicScore ? crisis.voices : (topic?.voices ?? 0),
          baseline: burstScore > topicScore ? crisis.expected : (topic?.expected ?? 0),
          score,
          mentions: burstScore > topicScore ? crisis.ids : (topic?.ids ?? []),
        },
        (lang) =>
          burstScore > topicScore
            ? describeBurst(crisis, settings.sustainedMinutes, lang)
            : topic
              ? describe(topic, minutes, lang)
              : noTopic(lang),
      )
    },
  })
}

const noTopic = (lang: AlertLang) => (lang === 'fr' ? 'aucun sujet nouveau' : 'no new topic')

const describe = (t: Topic, minutes: number, lang: AlertLang): string => {
  const words = quote(t.words.slice(0, 4).join(', '), lang, 60)
  const usual = formatCount(t.expected, lang)
  const bad = formatPct(t.bad, lang)
  return lang === 'fr'
    ? `nouveau sujet : ${t.voices} voix en ${minutes} min sur ${words} (d’habitude ${usual}), ${bad} négatives ou en termes de crise`
    : `new topic: ${t.voices} voices in ${minutes} min on ${words} (usually ${usual}), ${bad} negative or in crisis terms`
}

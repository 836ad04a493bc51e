import type { AnalyzedMention } from '../../core/index.ts'
import { createBucketedDetector } from '../bucketed-detector.ts'
import { bucketsPerHour, type CreateDetector, intervalMsOf } from '../detector-context.ts'
import { LazySignal } from '../lazy-signal.ts'
import { keepTop } from '../mention-reach.ts'
import { type AlertLang, quote } from '../phrases.ts'
import { createShareBaseline } from '../share-baseline.ts'
import { createTermMatcher } from '../term-matcher.ts'

interface LexiconBucket {
  total: number
  hits: number
  /** made at the first hit: most buckets have none */
  terms: Map<string, number> | undefined
  top: AnalyzedMention[]
}

// Every query of a detection shares its settings, hence its terms: one matcher for all (it keeps no state),
// instead of folding and compiling the whole lexicon again for each of a thousand queries.
type SharedMatcher = ((text: string) => readonly string[]) & { folded(text: string): readonly string[] }
const matchers = new WeakMap<object, SharedMatcher>()
export const matcherFor = (lexicon: {
  terms: readonly string[]
  extra: readonly string[]
}): SharedMatcher => {
  let match = matchers.get(lexicon)
  if (!match) {
    const matcher = createTermMatcher([...lexicon.terms, ...lexicon.extra])
    // the last folded text's terms, kept: four detectors of each of a mention's queries ask for the same
    // text in turn. Shared, hence read-only for the callers
    const last = { text: '', found: [] as readonly string[] }
    const folded = (text: string): readonly string[] => {
      if (text !== last.text) {
        last.found = matcher.folded(text)
        last.text = text
      }
      return last.found
    }
    match = Object.assign((text: string) => matcher(text), { folded })
    matchers.set(lexicon, match)
  }
  return match
}

/** The three most used terms with their counts, for the explanation. */
const topTerms = (terms: ReadonlyMap<string, number>, lang: AlertLang): string =>
  [...terms.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 3)
    .map(([t, n]) => `${quote(t.replace(/\*$/, ''), lang)} ×${n}`)
    .join(', ')

/** replies read before a post's reception is judged, and the share of them read positive that makes it welcome */
const MIN_REPLIES = 3
const WELCOME_SHARE = 0.6
/** the posts replied to whose replies a query keeps counting (the oldest forgotten first) */
const REPLIED_MEMORY = 2_000

/**
 * How the replies to each post read: a post most replies praise ("bravo", "le vrai service client c'est ça")
 * is a story people welcome, whatever words it tells it in. Replies are counted to the post they answer.
 */
const createReceptions = () => {
  const replies = new Map<string, { n: number; positive: number }>()
  return {
    reply(to: string, positive: boolean) {
      let r = replies.get(to)
      if (!r) {
        r = { n: 0, positive: 0 }
        replies.set(to, r)
        if (replies.size > REPLIED_MEMORY) replies.delete(replies.keys().next().value!)
      }
      r.n += 1
      if (positive) r.positive += 1
    },
    welcome(id: string): boolean {
      const r = replies.get(id)
      return r !== undefined && r.n >= MIN_REPLIES && r.positive >= WELCOME_SHARE * r.n
    },
  }
}

/** Crisis vocabulary (boycott, rappel, data breach...): the share of posts using it against its usual value. */
export const createLexiconDetector: CreateDetector = ({ query, settings, fold }) => {
  const match = matcherFor(settings.lexicon)
  const usual = createShareBaseline({
    prior: 0.03,
    priorWeight: 50,
    halfLifeBuckets: 48 * bucketsPerHour(settings),
    fullEffect: 0.3,
  })
  const receptions = createReceptions()
  return createBucketedDetector<LexiconBucket>(intervalMsOf(settings), {
    kind: 'lexicon',
    open: () => ({ total: 0, hits: 0, terms: undefined, top: [] }),
    add(bucket, m) {
      bucket.total += 1
      if (m.replyTo) receptions.reply(m.replyTo, m.analysis.sentiment.label === 'positive')
      // a reshare of a post most replies praise spreads a welcome story ("ma box en panne le jour de mon
      // entretien, le conseiller m'a prêté son bureau"): its words are no crisis cue, however its copy reads
      if (m.repostOf && receptions.welcome(m.repostOf)) return
      // a post the sentiment model reads as positive ("plus de panne depuis la fibre !") is no crisis cue
      if (m.analysis.sentiment.label === 'positive') return
      const found = fold ? match.folded(fold(m)) : match(`${m.title ?? ''} ${m.text}`)
      if (found.length === 0) return
      bucket.hits += 1
      keepTop(bucket.top, m, 3)
      bucket.terms ??= new Map()
      const terms = bucket.terms
      for (const term of found) terms.set(term, (terms.get(term) ?? 0) + 1)
    },
    close(bucket, span) {
      const { end } = span
      // an empty bucket yields no signal: reading it would be thrown away, only the learning counts
      if (bucket.total === 0) {
        usual.learn(0, 0)
        return undefined
      }
      const r = usual.read(bucket.hits, bucket.total)
      usual.learn(bucket.hits, bucket.total)
      // the sentence is written when read: when an alert is raised or a snapshot shown, not per bucket
      return new LazySignal(
        {
          detector: 'lexicon',
          queryId: query.id,
          at: new Date(end),
          value: r.share,
          baseline: r.usual,
          score: r.score,
          mentions: bucket.top.map((m) => m.id),
        },
        (lang) => {
          if (!(bucket.hits > 0 && bucket.terms))
            return lang === 'fr' ? 'aucun terme de crise' : 'no crisis terms'
          const terms = topTerms(bucket.terms, lang)
          return lang === 'fr'
            ? `termes de crise dans ${bucket.hits} publications (${terms})`
            : `crisis terms in ${bucket.hits} posts (${terms})`
        },
      )
    },
  })
}

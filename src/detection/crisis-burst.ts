import { type AlertLang, formatCount, formatPct, quote } from './phrases.ts'

/** A post as the crisis-term burst keeps it for its window. */
export interface BurstPost {
  id: string
  at: number
  /** who speaks (`voiceOf`): copies and reshares of one post are one voice */
  voice: string
  /** the crisis terms it uses; empty when none (or when it reads positive) */
  terms: readonly string[]
}

/** What the last window held against the query's usual rate of voices using crisis terms. */
export interface BurstReading {
  /** distinct voices using crisis terms in the window */
  voices: number
  /** the voices expected in such a window from the query's history (a prior while it has little) */
  expected: number
  /** share of the window's posts using crisis terms */
  share: number
  /** the most used terms, most used first */
  terms: string[]
  /** the first posts of the burst, one per voice (at most three): the alert's evidence */
  ids: string[]
  /** 0..1: how many voices × how unusual for the query × how much of its talk they are */
  score: number
}

const clamp01 = (x: number) => Math.max(0, Math.min(1, x))
/** the surprise (−log10 of the chance of so many voices at the query's usual rate) at which rarity is 0.5 */
const RARITY_MID = 3
/** voices beyond two at which the size factor reaches 1 − 1/e */
const SIZE_SCALE = 3

/**
 * −log10 P(X ≥ v) for X ~ Poisson(λ): how unlikely so many voices are at the usual rate. Summed from the
 * term at `v` down the tail in log space, so a handful of voices against a rate of 0.5 (1e-5) is exact.
 */
export const poissonSurprise = (v: number, lambda: number): number => {
  if (v <= 0) return 0
  const rate = Math.max(lambda, 1e-6)
  let logTerm = -rate + v * Math.log(rate)
  for (let k = 2; k <= v; k++) logTerm -= Math.log(k)
  let sum = 0
  let term = 1
  for (let k = v; k < v + 200 && term > 1e-12 * sum; k++) {
    sum += term
    term *= rate / (k + 1)
  }
  return Math.max(0, -(logTerm + Math.log(sum)) / Math.LN10)
}
/** below this share of the window's posts, crisis words are background talk (a busy brand's "crash" jokes) */
const MIN_SHARE = 0.2
const FULL_SHARE = 0.5
/** what a query with no history is assumed to hold: one voice using crisis terms per hour... */
const PRIOR_PER_HOUR = 1
/** ...with the weight of this much history, so a few hours of its own quiet already speak louder */
const PRIOR_HOURS = 6
/** a window that scored this much teaches the usual rate at a fifth of its weight: a crisis is not the norm */
const FLAGGED = 0.3
const FLAGGED_WEIGHT = 0.2

/**
 * An old-style retweet ("RT @bbcbreaking: ...") in folded text, with the account it quotes. Folded text
 * starts with one space, or two when the mention has no title (`${title ?? ''} ${text}`).
 */
export const RETWEET = /^ *rt (@[^ ]+)/

/**
 * Who speaks, for counting independent voices: an old-style retweet is the account it quotes (the original
 * author's own voice, however the reshare chain ran), another reshare its original's voice (one post spreading
 * is virality, not many sources), a known author their handle, and a post without author its text (so copies
 * count once). Posts without authors (research exports) thus still count news accounts and distinct texts,
 * never nobody.
 */
export const voiceOf = (m: { folded: string; repostOf?: string; author?: { handle: string } }): string => {
  const rt = RETWEET.exec(m.folded)
  if (rt) return rt[1]!
  if (m.repostOf) return `post:${m.repostOf}`
  if (m.author) return `@${m.author.handle.toLowerCase()}`
  return `text:${m.folded.trim().replace(/ +/g, ' ').slice(0, 120)}`
}

/**
 * A burst of crisis vocabulary (crash, dead, hostages, recall, breach...) from several independent voices,
 * pooled over every crisis term: a news story breaking about a brand the query had little or no history of
 * says "explosion", "bomb" and "injured" in many mouths before any one word, or the volume, stands out. The
 * voices of the last `windowMs` are compared with the query's usual rate of such voices (an exponential
 * memory over its buckets, quiet ones included, starting from a prior), and must make a good share of its
 * posts.
 */
export const createCrisisBurst = (opts: { windowMs: number; bucketMs: number; halfLifeMs: number }) => {
  const posts: BurstPost[] = []
  let head = 0
  const priorBuckets = (PRIOR_HOURS * 3_600_000) / opts.bucketMs
  const memory = { voices: (PRIOR_PER_HOUR * PRIOR_HOURS * opts.bucketMs) / 3_600_000, buckets: priorBuckets }
  const decay = 2 ** (-opts.bucketMs / opts.halfLifeMs)
  let arrived = 0
  // posts using crisis terms in the window: most windows hold none and are not scanned
  let hitsInWindow = 0
  const expectedNow = () => (memory.voices / memory.buckets) * (opts.windowMs / opts.bucketMs)

  const read = (): BurstReading => {
    const voices = new Set<string>()
    const terms = new Map<string, number>()
    const ids: string[] = []
    for (let i = head; i < posts.length; i++) {
      const p = posts[i]!
      if (p.terms.length === 0) continue
      if (!voices.has(p.voice) && ids.length < 3) ids.push(p.id)
      voices.add(p.voice)
      for (const t of p.terms) terms.set(t, (terms.get(t) ?? 0) + 1)
    }
    const expected = expectedNow()
    const share = hitsInWindow / (posts.length - head)
    const v = voices.size
    const rarity = 1 / (1 + Math.exp(-1.5 * (poissonSurprise(v, expected) - RARITY_MID)))
    const size = 1 - Math.exp(-Math.max(0, v - 2) / SIZE_SCALE)
    const score = rarity * size * clamp01((share - MIN_SHARE) / (FULL_SHARE - MIN_SHARE))
    const top = [...terms].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([t]) => t)
    return { voices: v, expected, share, terms: top, ids, score }
  }

  const expire = (end: number) => {
    while (head < posts.length && posts[head]!.at <= end - opts.windowMs) {
      if (posts[head]!.terms.length > 0) hitsInWindow--
      head++
    }
    if (head > 256 && head * 2 > posts.length) {
      posts.splice(0, head)
      head = 0
    }
  }
  /** what the closed bucket teaches the usual rate: its voices, less when they were flagged */
  const learn = (score: number) => {
    const weight = score >= FLAGGED ? FLAGGED_WEIGHT : 1
    memory.voices = memory.voices * decay + arrived * weight
    memory.buckets = memory.buckets * decay + 1
    arrived = 0
  }

  return {
    add(p: BurstPost) {
      posts.push(p)
      if (p.terms.length === 0) return
      arrived++
      hitsInWindow++
    },
    /** Closes the bucket ending at `end`: forgets posts older than the window, reads, then learns. */
    close(end: number): BurstReading {
      expire(end)
      const reading =
        hitsInWindow > 0
          ? read()
          : { voices: 0, expected: expectedNow(), share: 0, terms: [], ids: [], score: 0 }
      learn(reading.score)
      return reading
    },
    /**
     * `close` for a bucket whose reading nobody looks at (an empty one): the same learning, and no reading
     * made unless the window holds crisis terms (most closes are of quiet, empty buckets)
     */
    pass(end: number): void {
      expire(end)
      learn(hitsInWindow > 0 ? read().score : 0)
    },
  }
}

/** The burst as an alert explains it, in the workspace's language. */
export const describeBurst = (b: BurstReading, minutes: number, lang: AlertLang): string => {
  const terms = quote(
    b.terms
      .slice(0, 4)
      .map((t) => t.replace(/\*$/, ''))
      .join(', '),
    lang,
    60,
  )
  const usual = formatCount(b.expected, lang)
  const share = formatPct(b.share, lang)
  return lang === 'fr'
    ? `${b.voices} voix distinctes en ${minutes} min emploient des termes de crise (${terms} ; d’habitude ${usual}), ${share} des publications`
    : `${b.voices} distinct voices in ${minutes} min use crisis terms (${terms}; usually ${usual}), ${share} of posts`
}

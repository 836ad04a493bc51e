/**
 * What a query usually talks about: for each word, an exponential memory of how many posts used it (half-life
 * `halfLifeMs`), and the same memory of all posts. Decay is applied when an entry is touched, so learning a
 * post costs one map update per word. Rare words are pruned when the vocabulary grows past `maxWords`.
 */
export interface TermMemory {
  learn(words: readonly string[], at: number, weight: number): void
  /** posts remembered (decayed) at `at` */
  posts(at: number): number
  /** the usual share of posts using `word`, with a prior for words never seen: `(w + 0.5) / (posts + 20)` */
  share(word: string, at: number): number
  readonly size: number
}

interface Entry {
  weight: number
  at: number
}

const PRIOR_USES = 0.5
const PRIOR_POSTS = 20

export const createTermMemory = (halfLifeMs: number, maxWords = 20_000): TermMemory => {
  const words = new Map<string, Entry>()
  const all: Entry = { weight: 0, at: 0 }
  const decayed = (e: Entry, at: number) =>
    at > e.at ? e.weight * 2 ** (-(at - e.at) / halfLifeMs) : e.weight
  const prune = (at: number) => {
    // drop the words whose memory has faded below a tenth of a post, then the weakest half if still too many
    for (const [w, e] of words) if (decayed(e, at) < 0.1) words.delete(w)
    if (words.size <= maxWords) return
    const kept = [...words].sort((a, b) => decayed(b[1], at) - decayed(a[1], at)).slice(0, maxWords >> 1)
    words.clear()
    for (const [w, e] of kept) words.set(w, e)
  }
  return {
    learn(list, at, weight) {
      all.weight = decayed(all, at) + weight
      all.at = Math.max(all.at, at)
      for (const w of list) {
        const e = words.get(w)
        if (e) {
          e.weight = decayed(e, at) + weight
          e.at = Math.max(e.at, at)
        } else words.set(w, { weight, at })
      }
      if (words.size > maxWords) prune(at)
    },
    posts: (at) => decayed(all, at),
    share(word, at) {
      const e = words.get(word)
      return ((e ? decayed(e, at) : 0) + PRIOR_USES) / (decayed(all, at) + PRIOR_POSTS)
    },
    get size() {
      return words.size
    },
  }
}

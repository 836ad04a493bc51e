/** A post as the emerging-topic detector keeps it for an hour. */
export interface WindowPost {
  id: string
  at: number
  /** who speaks: the author, or the text itself when the author is unknown (so copies count once) */
  voice: string
  words: readonly string[]
  /**
   * how bad it reads, 0..1: 1 with crisis vocabulary (and not read as positive) or a harsh emotion (anger,
   * disgust, fear), half when it is merely read as negative (mockery, a meme, a sigh), 0 otherwise
   */
  bad: number
  /** part of a topic that was flagged: it teaches the usual vocabulary only a little */
  flagged: boolean
}

/**
 * The posts of the last `windowMs`, with, for each word, how many distinct voices used it: a topic is a
 * word many people suddenly share, not one account repeating itself.
 */
export const createTopicWindow = (windowMs: number) => {
  const posts: WindowPost[] = []
  let head = 0
  const voicesByWord = new Map<string, Map<string, number>>()
  const voiceCount = new Map<string, number>()
  const bump = (map: Map<string, number>, key: string, by: number) => {
    const n = (map.get(key) ?? 0) + by
    if (n > 0) map.set(key, n)
    else map.delete(key)
  }
  const index = (p: WindowPost, by: 1 | -1) => {
    bump(voiceCount, p.voice, by)
    for (const w of p.words) {
      let voices = voicesByWord.get(w)
      if (!voices) {
        voices = new Map()
        voicesByWord.set(w, voices)
      }
      bump(voices, p.voice, by)
      if (voices.size === 0) voicesByWord.delete(w)
    }
  }
  return {
    /** how far back the window reaches */
    spanMs: windowMs,
    add(p: WindowPost) {
      posts.push(p)
      index(p, 1)
    },
    /** Removes the posts older than `now - windowMs`, passing each to `gone` (oldest first). */
    expire(now: number, gone: (p: WindowPost) => void) {
      while (head < posts.length && posts[head]!.at <= now - windowMs) {
        const p = posts[head++]!
        index(p, -1)
        gone(p)
      }
      if (head > 256 && head * 2 > posts.length) {
        posts.splice(0, head)
        head = 0
      }
    },
    /** the posts in the window, oldest first */
    posts: (): readonly WindowPost[] => posts.slice(head),
    /** the share of the window's posts that read bad (each weighed by how bad) */
    badShare(): number {
      const n = posts.length - head
      if (n === 0) return 0
      let bad = 0
      for (let i = head; i < posts.length; i++) bad += posts[i]!.bad
      return bad / n
    },
    /** distinct voices in the window */
    voices: () => voiceCount.size,
    /** words used by at least `min` distinct voices, with their voice counts */
    sharedWords(min: number): [string, number][] {
      const out: [string, number][] = []
      for (const [w, voices] of voicesByWord) if (voices.size >= min) out.push([w, voices.size])
      return out
    },
  }
}

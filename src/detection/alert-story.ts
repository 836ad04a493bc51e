import type { AnalyzedMention, Cause } from '../core/index.ts'
import { isNegative, keepTop, reachOf } from './mention-reach.ts'

/** What detection remembers of a query's cascades, to lead a post back to its original. */
export interface CascadeLookup {
  rootOf(id: string): string | undefined
  original(id: string): AnalyzedMention | undefined
}

/** The posts an alert is about: where it started, who carries it, and what it seems to be about. */
export interface AlertStory {
  /** the post the wave leads back to: the original most reshared or answered, else the first negative post */
  origin: AnalyzedMention | undefined
  originId: string | undefined
  /** the posts of the episode: the origin's cascade and the negative posts, never the brand's own */
  relevant: AnalyzedMention[]
  /** relevant originals, largest reach first */
  top: AnalyzedMention[]
  /** relevant reshares, largest audience first */
  amplifiers: AnalyzedMention[]
  cause: Exclude<Cause, 'none'> | undefined
}

const TOP = 5

const parentOf = (m: AnalyzedMention) => m.repostOf ?? m.replyTo

/** The most reshared or answered original among the window's reactions; the brand's own only if alone. */
const busiestRoot = (
  mentions: readonly AnalyzedMention[],
  rootOf: (m: AnalyzedMention) => string | undefined,
  isOwned: (id: string) => boolean,
): string | undefined => {
  const activity = new Map<string, number>()
  for (const m of mentions) {
    const root = rootOf(m)
    if (root !== undefined && root !== m.id) activity.set(root, (activity.get(root) ?? 0) + 1)
  }
  let best: [string, number] | undefined
  for (const entry of activity) {
    if (entry[1] < 2) continue
    const better =
      !best ||
      (isOwned(best[0]) && !isOwned(entry[0])) ||
      (isOwned(best[0]) === isOwned(entry[0]) && entry[1] > best[1])
    if (better) best = entry
  }
  return best?.[0]
}

/** The cause of the origin when it has one, else the cause most carried by the episode's posts (by reach). */
const causeOf = (
  origin: AnalyzedMention | undefined,
  relevant: readonly AnalyzedMention[],
): Exclude<Cause, 'none'> | undefined => {
  const own = origin?.analysis.cause
  if (own && own !== 'none') return own
  const weights = new Map<Exclude<Cause, 'none'>, number>()
  for (const m of relevant) {
    const c = m.analysis.cause
    if (c !== 'none') weights.set(c, (weights.get(c) ?? 0) + 1 + Math.log10(1 + reachOf(m)))
  }
  let best: [Exclude<Cause, 'none'>, number] | undefined
  for (const entry of weights) if (!best || entry[1] > best[1]) best = entry
  return best?.[0]
}

/**
 * Tells an alert's story from the posts of its explanation window: the origin and its cascade first, then
 * the other negative posts. Posts that merely share the window (a results announcement, a question about
 * coverage) are left out, so the top posts and the cause speak of the crisis, not of the hour.
 */
export const tellStory = (mentions: readonly AnalyzedMention[], cascades: CascadeLookup): AlertStory => {
  const byId = new Map(mentions.map((m) => [m.id, m]))
  const rootOf = (m: AnalyzedMention): string | undefined => {
    const known = cascades.rootOf(m.id)
    if (known !== undefined) return known
    let at = m
    for (let hops = 0; hops < 50; hops++) {
      const parent = parentOf(at)
      if (parent === undefined) return at.id
      const next = byId.get(parent)
      if (!next) return cascades.rootOf(parent) ?? parent
      at = next
    }
    return at.id
  }
  const isOwned = (id: string) => (byId.get(id) ?? cascades.original(id))?.analysis.owned ?? false
  const firstNegative = mentions
    .filter((m) => !parentOf(m) && !m.analysis.owned && isNegative(m))
    .reduce<AnalyzedMention | undefined>((a, m) => (!a || m.createdAt < a.createdAt ? m : a), undefined)
  const originId = busiestRoot(mentions, rootOf, isOwned) ?? firstNegative?.id
  const origin = originId === undefined ? undefined : (byId.get(originId) ?? cascades.original(originId))
  const inCascade = (m: AnalyzedMention) => originId !== undefined && rootOf(m) === originId
  let relevant = mentions.filter((m) => !m.analysis.owned && (inCascade(m) || isNegative(m)))
  if (relevant.length === 0) relevant = mentions.filter((m) => !m.analysis.owned)
  const top: AnalyzedMention[] = []
  const amplifiers: AnalyzedMention[] = []
  for (const m of relevant) keepTop(m.repostOf ? amplifiers : top, m, TOP)
  return { origin, originId, relevant, top, amplifiers, cause: causeOf(origin, relevant) }
}

import type { Brand } from './brand.ts'
import type { createSerials, Draft, DraftKind } from './draft.ts'
import type { EventSpec } from './events.ts'
import type { Family } from './family.ts'
import type { Population, SimAuthor, SimLang } from './population.ts'
import type { Random } from './random.ts'
import { writeText } from './write-text.ts'

/** Everything the generators share for one run. */
export interface SimContext {
  brand: Brand
  population: Population
  start: number
  end: number
  events: EventSpec[]
  nextId: ReturnType<typeof createSerials>
  /** relative posting activity at a moment (the audience's rhythm): thins cascades and event waves */
  activity: (ms: number) => number
  /** the language a reaction in another language than its parent's is written in */
  switchLang: (lang: SimLang) => SimLang
}

export interface PostInput {
  at: number
  author: SimAuthor
  family: Family
  source?: string
  event?: number | undefined
  eventHashtag?: string | undefined
  virality?: number
}

const pickSource = (author: SimAuthor, random: Random): string => {
  if (author.kind === 'news') return random.chance(0.6) ? 'rss' : 'x'
  if (author.kind === 'brand') return random.chance(0.7) ? 'x' : 'facebook'
  const r = random.next()
  return r < 0.55 ? 'x' : r < 0.67 ? 'mastodon' : r < 0.8 ? 'bluesky' : r < 0.92 ? 'facebook' : 'forum'
}

const isCasual = (author: SimAuthor) => author.kind === 'person' || author.kind === 'influencer'

/** An original post. News articles (source `rss`) get a title. */
export const createPost = (context: SimContext, random: Random, input: PostInput): Draft => {
  const source = input.source ?? pickSource(input.author, random)
  const { lang } = input.author
  const textContext = {
    brand: context.brand,
    lang,
    eventHashtag: input.eventHashtag,
    casual: isCasual(input.author),
  }
  const text = writeText(input.family, textContext, random)
  return {
    ...context.nextId(source),
    source,
    at: input.at,
    author: input.author,
    lang,
    kind: 'post',
    text,
    ...(source === 'rss' ? { title: (text.split(/[.!?] /)[0] ?? text).trim() } : {}),
    family: input.family.name,
    tone: input.family.tone,
    ...(input.event !== undefined ? { event: input.event } : {}),
    virality: source === 'rss' ? 0 : (input.virality ?? 1),
  }
}

const rootOf = (draft: Draft): Draft =>
  draft.kind === 'repost' && draft.parent ? rootOf(draft.parent) : draft

/** A repost or a reply to `parent`, on the same source (ids are scoped by source). */
export const createResponse = (
  context: SimContext,
  random: Random,
  input: { parent: Draft; kind: Exclude<DraftKind, 'post'>; at: number; author: SimAuthor; family?: Family },
): Draft => {
  const { parent, author } = input
  const root = rootOf(parent)
  const family = input.kind === 'reply' && input.family ? input.family : undefined
  const text = family
    ? `@${parent.author.author.handle} ${writeText(family, { brand: context.brand, lang: author.lang, casual: isCasual(author) }, random)}`
    : `RT @${root.author.author.handle}: ${root.text}`
  return {
    ...context.nextId(parent.source),
    source: parent.source,
    at: input.at,
    author,
    lang: family ? author.lang : root.lang,
    kind: input.kind,
    text,
    parent,
    family: family?.name ?? root.family,
    tone: family?.tone ?? root.tone,
    ...(parent.event !== undefined ? { event: parent.event } : {}),
    virality: Math.min(3, 1 + (parent.virality - 1) * 0.1),
  }
}

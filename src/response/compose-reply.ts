import {
  type Audience,
  NETWORK_LIMITS,
  type Posture,
  type ReplyChannel,
  type ReplyNetwork,
} from '../core/index.ts'
import { bodyOf, FRAME, type PhraseFacts, type Sentence } from './reply-phrases.ts'

export interface ComposeInput {
  lang: 'fr' | 'en'
  posture: Posture
  audience: Audience
  channel: ReplyChannel
  /** for short posts and threads; the strictest common network (x) when absent */
  network?: ReplyNetwork | null
  facts: PhraseFacts
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' })

/** A text's length as people and networks count it: user-perceived characters (an emoji is one). */
export const lengthOf = (text: string): number => {
  let n = 0
  for (const _ of graphemes.segment(text)) n++
  return n
}

/** Cuts a text to at most `max` characters at a word boundary, with an ellipsis. */
const shorten = (text: string, max: number): string => {
  if (lengthOf(text) <= max) return text
  const chars = [...graphemes.segment(text)].map((s) => s.segment)
  const cut = chars.slice(0, Math.max(0, max - 1)).join('')
  const atWord = cut.replace(/\s+\S*$/, '')
  return `${atWord.length > 0 ? atWord : cut}…`
}

const join = (sentences: Sentence[]) => sentences.map((s) => s.text).join(' ')

/** A short post within the network's limit: optional sentences go first, then the issue's title shortens. */
const shortPost = (input: ComposeInput, limit: number): string => {
  const compose = (facts: PhraseFacts) => [
    ...bodyOf(input.lang, input.posture, input.audience, facts),
    { text: FRAME[input.lang].more, optional: true },
  ]
  let sentences = compose(input.facts)
  while (lengthOf(join(sentences)) > limit) {
    const last = sentences.findLastIndex((s) => s.optional)
    if (last < 0) break
    sentences = sentences.filter((_, i) => i !== last)
  }
  if (lengthOf(join(sentences)) <= limit) return join(sentences)
  // the title itself is too long for the post: shorten it as far as needed, keeping the sentences whole
  const essential = (facts: PhraseFacts) => compose(facts).filter((s) => !s.optional)
  const over = lengthOf(join(essential(input.facts))) - limit
  const issue = shorten(input.facts.issue, Math.max(12, lengthOf(input.facts.issue) - over))
  return shorten(join(essential({ ...input.facts, issue })), limit)
}

/** Splits sentences into posts of at most `limit` characters, numbered `k/n`. */
const thread = (input: ComposeInput, limit: number): string[] => {
  const sentences = [
    ...bodyOf(input.lang, input.posture, input.audience, input.facts),
    { text: FRAME[input.lang].more },
  ]
  const room = limit - ' (99/99)'.length
  const pieces = sentences.flatMap((s) => splitLong(s.text, room))
  const posts: string[] = []
  for (const piece of pieces) {
    const last = posts.at(-1)
    if (last !== undefined && lengthOf(`${last} ${piece}`) <= room)
      posts[posts.length - 1] = `${last} ${piece}`
    else posts.push(piece)
  }
  return posts.length === 1 ? posts : posts.map((p, i) => `${p} (${i + 1}/${posts.length})`)
}

/** A sentence longer than a post, cut between words. */
const splitLong = (text: string, room: number): string[] => {
  if (lengthOf(text) <= room) return [text]
  const out: string[] = []
  let current = ''
  for (const word of text.split(/\s+/)) {
    const next = current ? `${current} ${word}` : word
    if (lengthOf(next) > room && current) {
      out.push(current)
      current = word
    } else current = next
  }
  if (current) out.push(current)
  return out.map((p) => shorten(p, room))
}

/**
 * A first draft of a reply, from the incident's facts: what it says follows the posture and the
 * audience; its form follows the channel (a post within the network's length, a numbered thread, a press
 * statement, an internal message, a private reply). Gaps the team must fill are marked in brackets.
 */
export const composeReply = (input: ComposeInput): string[] => {
  const frame = FRAME[input.lang]
  const body = () => join(bodyOf(input.lang, input.posture, input.audience, input.facts))
  const limit = NETWORK_LIMITS[input.network ?? 'x']
  switch (input.channel) {
    case 'short_post':
      return [shortPost(input, limit)]
    case 'thread':
      return thread(input, limit)
    case 'press_statement':
      return [[frame.pressHeader(input.facts), body(), frame.pressContact].join('\n\n')]
    case 'internal_message':
      return [[frame.internalGreeting, body(), frame.internalGuidance, frame.internalSignature].join('\n\n')]
    case 'private_reply': {
      const ask = input.posture === 'acknowledge' ? [frame.privateAsk] : []
      return [[frame.privateGreeting, body(), ...ask, frame.privateSignature(input.facts)].join('\n\n')]
    }
  }
}

/** The parts of a draft that are longer than its network allows (posts and threads only). */
export const overLimit = (
  channel: ReplyChannel,
  network: ReplyNetwork | null,
  parts: readonly string[],
): { part: number; length: number; limit: number }[] => {
  if (channel !== 'short_post' && channel !== 'thread') return []
  const limit = NETWORK_LIMITS[network ?? 'x']
  return parts.flatMap((p, i) => (lengthOf(p) > limit ? [{ part: i, length: lengthOf(p), limit }] : []))
}

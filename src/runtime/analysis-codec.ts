import type { AnalysisResult, AnalyzerResult } from '../analysis/index.ts'
import { type Analysis, CAUSES, EMOTIONS, Lang, type Mention, SentimentLabel } from '../core/index.ts'

/**
 * Batches cross to and from analysis workers as a few flat arrays instead of one object graph per mention:
 * structured cloning then copies strings and typed arrays, which costs both threads (and their collectors)
 * several times less than cloning nested objects with dates.
 */

/** What the analysis reads of a mention, column by column. */
export interface MentionColumns {
  ids: string[]
  texts: string[]
  titles: (string | undefined)[]
  langs: (string | undefined)[]
  handles: string[]
  /** the source, address and author id: what owned accounts are matched by */
  sources: string[]
  urls: (string | undefined)[]
  authorIds: string[]
}

export const toColumns = (mentions: readonly Mention[]): MentionColumns => {
  const n = mentions.length
  const c: MentionColumns = {
    ids: new Array(n),
    texts: new Array(n),
    titles: new Array(n),
    langs: new Array(n),
    handles: new Array(n),
    sources: new Array(n),
    urls: new Array(n),
    authorIds: new Array(n),
  }
  for (let i = 0; i < n; i++) {
    const m = mentions[i]!
    c.ids[i] = m.id
    c.texts[i] = m.text
    c.titles[i] = m.title
    c.langs[i] = m.lang
    c.handles[i] = m.author.handle
    c.sources[i] = m.source
    c.urls[i] = m.url
    c.authorIds[i] = m.author.id
  }
  return c
}

/** The mention as the analysis sees it (the fields it reads; the rest stays on the main thread). */
export const mentionAt = (c: MentionColumns, i: number): Mention =>
  ({
    id: c.ids[i]!,
    text: c.texts[i]!,
    title: c.titles[i],
    lang: c.langs[i],
    source: c.sources[i]!,
    url: c.urls[i],
    author: { id: c.authorIds[i]!, handle: c.handles[i]! },
  }) as Mention

/** Numbers per analysed mention: sentiment score and confidence, then the six emotions. */
const NUMBERS = 2 + EMOTIONS.length

/** The results of a batch; its typed arrays are transferred, not copied. */
export interface ResultColumns {
  /** per mention: 0 ok, 1 skip, 2 fail */
  kinds: Uint8Array<ArrayBuffer>
  /** per mention: lang, sentiment label, cause (indexes in the core enums), owned */
  codes: Uint8Array<ArrayBuffer>
  numbers: Float64Array<ArrayBuffer>
  /** the matched queries' indexes in the spec's query list, `queryEnds[i]` ending mention i's */
  queries: Int32Array<ArrayBuffer>
  queryEnds: Int32Array<ArrayBuffer>
  /** reason and step of each skipped or failed mention, in order */
  reasons: string[]
}

const LANGS = Lang.options
const LABELS = SentimentLabel.options

export const encodeResults = (
  results: readonly AnalysisResult[],
  queryIndex: ReadonlyMap<string, number>,
): ResultColumns => {
  const n = results.length
  const r: ResultColumns = {
    kinds: new Uint8Array(n),
    codes: new Uint8Array(n * 4),
    numbers: new Float64Array(n * NUMBERS),
    queries: new Int32Array(
      results.reduce((k, x) => k + (x.kind === 'ok' ? x.analysis.queries.length : 0), 0),
    ),
    queryEnds: new Int32Array(n),
    reasons: [],
  }
  let q = 0
  for (let i = 0; i < n; i++) {
    const result = results[i]!
    if (result.kind !== 'ok') {
      r.kinds[i] = result.kind === 'skip' ? 1 : 2
      r.reasons.push(result.reason, result.step)
      r.queryEnds[i] = q
      continue
    }
    const a = result.analysis
    r.codes[i * 4] = LANGS.indexOf(a.lang)
    r.codes[i * 4 + 1] = LABELS.indexOf(a.sentiment.label)
    r.codes[i * 4 + 2] = CAUSES.indexOf(a.cause)
    r.codes[i * 4 + 3] = a.owned ? 1 : 0
    const at = i * NUMBERS
    r.numbers[at] = a.sentiment.score
    r.numbers[at + 1] = a.sentiment.confidence
    for (let e = 0; e < EMOTIONS.length; e++) r.numbers[at + 2 + e] = a.emotions[EMOTIONS[e]!]
    for (const id of a.queries) r.queries[q++] = queryIndex.get(id) ?? -1
    r.queryEnds[i] = q
  }
  return r
}

export const decodeResults = (
  r: ResultColumns,
  mentions: readonly Mention[],
  workspaceId: string,
  queryIds: readonly string[],
): AnalyzerResult[] => {
  const out: AnalyzerResult[] = new Array(mentions.length)
  let reason = 0
  let q = 0
  for (let i = 0; i < mentions.length; i++) {
    const kind = r.kinds[i]
    if (kind !== 0) {
      out[i] = {
        kind: kind === 1 ? 'skip' : 'fail',
        reason: r.reasons[reason]!,
        step: r.reasons[reason + 1]!,
      }
      reason += 2
      continue
    }
    const queries: string[] = []
    for (const end = r.queryEnds[i]!; q < end; q++) queries.push(queryIds[r.queries[q]!]!)
    const at = i * NUMBERS
    const n = r.numbers
    const analysis: Analysis = {
      lang: LANGS[r.codes[i * 4]!]!,
      sentiment: { label: LABELS[r.codes[i * 4 + 1]!]!, score: n[at]!, confidence: n[at + 1]! },
      emotions: {
        anger: n[at + 2]!,
        fear: n[at + 3]!,
        sadness: n[at + 4]!,
        joy: n[at + 5]!,
        surprise: n[at + 6]!,
        disgust: n[at + 7]!,
      },
      queries,
      owned: r.codes[i * 4 + 3] === 1,
      cause: CAUSES[r.codes[i * 4 + 2]!]!,
    }
    out[i] = { kind: 'ok', mention: { ...mentions[i]!, workspaceId, analysis } }
  }
  return out
}

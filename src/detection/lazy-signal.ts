import type { DetectorKind, Signal } from '../core/index.ts'
import type { AlertLang } from './phrases.ts'

/**
 * A signal whose sentence is written when read (an alert raised, a snapshot shown), not at every bucket.
 * A class rather than an object literal with a getter: V8 builds such a literal in its runtime with a
 * hidden class of its own, about a microsecond per bucket and detector. `toJSON` keeps the record's JSON.
 */
export class LazySignal implements Signal {
  detector: DetectorKind
  queryId: string
  at: Date
  value: number
  baseline: number
  score: number
  mentions: string[]
  readonly #describe: (lang: AlertLang) => string

  constructor(fields: Omit<Signal, 'explanation'>, describe: (lang: AlertLang) => string) {
    this.detector = fields.detector
    this.queryId = fields.queryId
    this.at = fields.at
    this.value = fields.value
    this.baseline = fields.baseline
    this.score = fields.score
    this.mentions = fields.mentions
    this.#describe = describe
  }

  get explanation(): string {
    return this.#describe('en')
  }

  /** The sentence in French or English. */
  explainIn(lang: AlertLang): string {
    return this.#describe(lang)
  }

  toJSON(): Signal {
    const { detector, queryId, at, value, baseline, score, explanation, mentions } = this
    return { detector, queryId, at, value, baseline, score, explanation, mentions }
  }
}

/** A signal's sentence in a language (a plain signal has only its one sentence). */
export const sentenceOf = (s: Signal, lang: AlertLang): string =>
  s instanceof LazySignal ? s.explainIn(lang) : s.explanation

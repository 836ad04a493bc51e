import { CAUSES, type Cause, type Lang } from '../../core/index.ts'
import { causeFeaturesScratch, unigramBucket } from './cause-features.ts'
import { type CauseModel, causeProbabilities, loadCauseModel } from './cause-model.ts'
import { type CauseResult, classifyByKeywords } from './classify-by-keywords.ts'
import { addCueEvidence, causeWords, SCORED_CAUSES, stem } from './cue-evidence.ts'

export type { CauseResult } from './classify-by-keywords.ts'

const C = CAUSES.length
const NONE = CAUSES.indexOf('none')
/** learnt words shown beside the cue terms, at most */
const LEARNT_TERMS = 3

/**
 * The answer from class probabilities: the most probable cause, unless that is `none` or its probability is
 * under the model's `minConfidence` (ordinary brand chatter is not a crisis). Confidence is the answered
 * cause's probability; for `none`, one minus the probability of the likeliest real cause.
 */
export const decideCause = (p: Float64Array, minConfidence: number): { cause: Cause; confidence: number } => {
  let best = 0
  let bestReal = -1
  for (let c = 0; c < C; c++) {
    if (p[c]! > p[best]!) best = c
    if (c !== NONE && (bestReal < 0 || p[c]! > p[bestReal]!)) bestReal = c
  }
  if (best !== NONE && p[best]! >= minConfidence) return { cause: CAUSES[best]!, confidence: p[best]! }
  return { cause: 'none', confidence: 1 - p[bestReal]! }
}

/** Mean class probabilities of the texts (one incident's mentions pool their evidence). */
const meanProbabilities = (model: CauseModel, texts: readonly string[]): Float64Array => {
  const mean = new Float64Array(C)
  const one = new Float64Array(C)
  if (texts.length === 0) mean[NONE] = 1
  for (const text of texts) {
    causeProbabilities(model, causeFeaturesScratch(text, model.features), one)
    for (let c = 0; c < C; c++) mean[c]! += one[c]! / texts.length
  }
  return mean
}

/** Function words never shown as learnt terms (they carry weight only through word pairs). */
const FUNCTION_WORDS = new Set(
  `about after again also avant apres avec been before could dans depuis does encore even from have just
  leur leurs mais meme nous only plus pour sans since still than that their them then they this tout toute
  tous vous were what when while will with would`
    .split(/\s+/)
    .map(stem),
)

/** The cue terms of `cause`, then the words whose learnt weight leans most towards it. */
const termsFor = (model: CauseModel, cause: Cause, texts: readonly string[]): string[] => {
  const slot = SCORED_CAUSES.indexOf(cause as (typeof SCORED_CAUSES)[number])
  if (slot < 0) return []
  const c = CAUSES.indexOf(cause)
  const found = SCORED_CAUSES.map(() => new Set<string>())
  const leaning = new Map<string, number>()
  for (const text of texts) {
    const words = causeWords(text)
    addCueEvidence(words, new Float64Array(SCORED_CAUSES.length), found)
    for (const word of words) {
      if (word.length < 4 || FUNCTION_WORDS.has(word) || leaning.has(word)) continue
      const base = unigramBucket(word) * C
      let mean = 0
      for (let k = 0; k < C; k++) mean += (model.hashed[base + k]! * model.scales[k]!) / C
      leaning.set(word, model.hashed[base + c]! * model.scales[c]! - mean)
    }
  }
  // "greve" and "greves" are one cue once plurals are folded
  const cues = [...new Map([...found[slot]!].map((t) => [causeWords(t).join(' '), t])).values()]
  const cueWords = new Set(cues.flatMap((t) => causeWords(t)))
  const learnt = [...leaning]
    .filter(([word, lean]) => lean > 0 && !cueWords.has(word))
    .sort((a, b) => b[1] - a[1])
    .slice(0, LEARNT_TERMS)
    .map(([word]) => word)
  return [...cues, ...learnt]
}

const classify = (texts: readonly string[]): CauseResult => {
  const model = loadCauseModel()
  const decision = decideCause(meanProbabilities(model, texts), model.minConfidence)
  return { ...decision, terms: termsFor(model, decision.cause, texts) }
}

/**
 * Cause of a crisis mention, learnt from labelled FR/EN sentences (docs/models.md): one model for both
 * languages, whatever `lang` says (mentions mix languages and brand vocabulary is often English).
 */
export const classifyCause = (text: string, _lang: Lang): CauseResult => classify([text])

/** Cause of a cluster of mentions (e.g. one incident): the mean of their class probabilities. */
export const classifyCluster = (texts: readonly string[]): CauseResult => classify(texts)

const scratch = new Float64Array(C)
/** `classifyCause(text, lang).cause` without the confidence and terms (the pipeline's question). */
export const causeOfText = (text: string): Cause => {
  const model = loadCauseModel()
  causeProbabilities(model, causeFeaturesScratch(text, model.features), scratch)
  return decideCause(scratch, model.minConfidence).cause
}

/** The first, keyword-rules classifier: the baseline the eval compares the model with. */
export const classifyCauseByKeywords = (text: string, _lang: Lang): CauseResult => classifyByKeywords([text])

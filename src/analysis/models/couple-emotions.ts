import type { Emotions, Lang, Sentiment } from '../../core/index.ts'
import type { EmotionModel, SentimentModel } from './port.ts'

/** [P(negative), P(neutral), P(positive)] recovered from a Sentiment (label, score = P(pos) − P(neg), P(label)). */
export const polarityOf = (s: Sentiment): [number, number, number] => {
  const c = s.confidence
  const [neg, pos] =
    s.label === 'negative'
      ? [c, c + s.score]
      : s.label === 'positive'
        ? [c - s.score, c]
        : [(1 - c - s.score) / 2, (1 - c + s.score) / 2]
  const clamp = (x: number) => Math.max(0, Math.min(1, x))
  return [clamp(neg), clamp(1 - neg - pos), clamp(pos)]
}

/** An emotion is absent while its compatible polarity is no likelier than chance among three classes... */
export const ABSENT_AT = 1 / 3
/** ...and at full strength once that polarity is twice as likely as chance. */
export const FULL_AT = 2 / 3

/** 0 at or below ABSENT_AT, 1 at or above FULL_AT, linear between. */
const gate = (p: number) => Math.max(0, Math.min(1, (p - ABSENT_AT) / (FULL_AT - ABSENT_AT)))

/**
 * The same gate between the two polarities alone: 0 while a polarity is no likelier than its opposite (chance
 * between two, 1/2), 1 once it is twice as likely (2/3). A text read as polar but as likely positive as negative
 * (P 0.48 / 0.05 / 0.46: a contest announcement) has no direction, so neither anger nor joy.
 */
const lead = (p: number, opposite: number) =>
  p + opposite > 0 ? Math.max(0, Math.min(1, (p / (p + opposite) - 1 / 2) / (2 / 3 - 1 / 2))) : 0

/**
 * Makes emotions agree with sentiment. Each emotion can only exist with some polarities: anger, fear,
 * sadness and disgust with a negative text, joy with a positive one, surprise with either; none with a
 * neutral one. An emotion's score is multiplied by a gate on the probability of its compatible polarity:
 * 0 while that polarity is no likelier than chance (1/3), 1 once it is twice as likely (2/3), linear
 * between. A complaint read as negative at 0.67 or more keeps its anger, and its joy (P(positive) ≈ 0.1)
 * goes to 0; a text read as neutral keeps little or nothing. The emotion models learn from data with no
 * neutral rows (XED) or little polarity (GoEmotions), so the sentiment model, trained on polarity, is the
 * better judge of whether a negative or a positive emotion can be there at all. Scores are only lowered.
 */
export const coupleEmotions = (emotions: Emotions, sentiment: Sentiment): Emotions => {
  const [neg, , pos] = polarityOf(sentiment)
  const negative = gate(neg) * lead(neg, pos)
  return {
    anger: emotions.anger * negative,
    fear: emotions.fear * negative,
    sadness: emotions.sadness * negative,
    joy: emotions.joy * gate(pos) * lead(pos, neg),
    surprise: emotions.surprise * gate(neg + pos),
    disgust: emotions.disgust * negative,
  }
}

/** An emotion model whose scores agree with a sentiment model's reading of the same text (see coupleEmotions). */
export const createCoupledEmotions = (emotions: EmotionModel, sentiment: SentimentModel): EmotionModel => ({
  name: `${emotions.name}, coupled to ${sentiment.name}`,
  score: (text: string, lang: Lang) =>
    coupleEmotions(emotions.score(text, lang), sentiment.score(text, lang)),
})

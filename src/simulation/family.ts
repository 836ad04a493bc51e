/** The tone a template was written with: the simulator's own ground truth, never shown in the text. */
export type Tone = 'negative' | 'neutral' | 'positive'

/**
 * A family of text templates. Slots: {brand} (name, sometimes mistyped), {@brand}, {@support}, {tag}
 * (brand hashtag), {event} (the event's hashtag), {product}, {city}, {duration}, {price}, {rival},
 * {ceo}, {n}, {e-} {e+} {e?} (negative, positive, neutral emoji).
 */
export interface Family {
  name: string
  tone: Tone
  fr: readonly string[]
  en: readonly string[]
  /** Spanish and German templates, for the profiles with other languages (else English is used) */
  es?: readonly string[]
  de?: readonly string[]
}

import type { Token } from './text-tokens.ts'

// a title's full stop (M., Mr., Dr.) does not end the sentence about the person it names
const END = /(?<!\b(?:M|Mr|Mrs|Ms|Dr|Pr|St|Mme|Mlle))\.+|[!?\n]+/g

/** The sentence number of each token: sentences end at `.`, `!`, `?` and line breaks. */
export const sentenceOf = (text: string, tokens: readonly Token[]): number[] => {
  const ends = [...text.matchAll(END)].map((m) => m.index)
  const out: number[] = []
  let sentence = 0
  for (const t of tokens) {
    while (sentence < ends.length && ends[sentence]! < t.start) sentence++
    out.push(sentence)
  }
  return out
}

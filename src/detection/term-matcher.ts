import { foldText } from './fold-text.ts'

export { foldText }

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * Finds which terms occur in a text, on whole words; a term ending in `*` matches any word ending
 * (`boycott*` matches "boycottez"). Returns each matched term once, in the configured order.
 * One regular expression per term set: a single pass over the text whatever the number of terms.
 */
export const createTermMatcher = (
  terms: readonly string[],
): ((text: string) => string[]) & { folded(text: string): string[] } => {
  const unique = [...new Set(terms.map((t) => t.trim()).filter((t) => t.length > 0))]
  const parsed = unique.map((term) => {
    const prefix = term.endsWith('*')
    return { term, words: foldText(prefix ? term.slice(0, -1) : term).trim(), prefix }
  })
  // one alternation over the words in front of each term (several terms may share a start: try each)
  const starts = [...new Set(parsed.map((f) => escapeRegExp(f.words.split(' ')[0] ?? '')))].filter((s) => s)
  const any = new RegExp(` (?:${starts.join('|')})`)
  const needles = parsed.map((f) => ({ term: f.term, needle: f.prefix ? ` ${f.words}` : ` ${f.words} ` }))
  // past that gate, a needle can only start at a space followed by its first letter: each space of the text
  // is tried against the needles of the next letter, instead of searching the whole text for every needle
  const byLetter = new Map<number, number[]>()
  const anywhere: number[] = []
  needles.forEach(({ needle }, i) => {
    const letter = needle.charCodeAt(1)
    if (Number.isNaN(letter) || letter === 32) anywhere.push(i)
    else byLetter.set(letter, [...(byLetter.get(letter) ?? []), i])
  })
  const seen = new Uint8Array(needles.length)
  /** matches a text already folded by `foldText` */
  const matchFolded = (folded: string): string[] => {
    // a hashtag is read as its word: #BoycottX uses boycott* (the words run together inside it are not split)
    const t = folded.includes(' #') ? folded.replace(/ #+/g, ' ') : folded
    if (!any.test(t)) return []
    seen.fill(0)
    for (const i of anywhere) if (t.includes(needles[i]!.needle)) seen[i] = 1
    for (let at = t.indexOf(' '); at >= 0; at = t.indexOf(' ', at + 1)) {
      const candidates = byLetter.get(t.charCodeAt(at + 1))
      if (candidates) for (const i of candidates) if (t.startsWith(needles[i]!.needle, at)) seen[i] = 1
    }
    const found: string[] = []
    for (let i = 0; i < needles.length; i++) if (seen[i]) found.push(needles[i]!.term)
    return found
  }
  return Object.assign((text: string) => matchFolded(foldText(text)), { folded: matchFolded })
}

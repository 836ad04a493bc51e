const ASCII = /^[\x20-\x7e]*$/

/** Lowercase, accents removed, punctuation turned to spaces: the form terms and texts are compared in. */
export const foldText = (text: string): string => {
  const plain = ASCII.test(text) ? text : text.normalize('NFD').replace(/[\u0300-\u036f]/g, '')
  return ` ${plain.toLowerCase().replace(/[^a-z0-9#@_]+/g, ' ')} `
}

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
  /** matches a text already folded by `foldText` */
  const matchFolded = (t: string): string[] => {
    if (!any.test(t)) return []
    const found: string[] = []
    for (const n of needles) if (t.includes(n.needle)) found.push(n.term)
    return found
  }
  return Object.assign((text: string) => matchFolded(foldText(text)), { folded: matchFolded })
}

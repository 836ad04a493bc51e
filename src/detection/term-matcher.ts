/** Lowercase, accents removed, punctuation turned to spaces: the form terms and texts are compared in. */
export const foldText = (text: string): string =>
  ` ${text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9#@]+/g, ' ')} `

/**
 * Finds which terms occur in a text, on whole words; a term ending in `*` matches any word ending
 * (`boycott*` matches "boycottez"). Returns each matched term once, as configured.
 */
export const createTermMatcher = (terms: readonly string[]): ((text: string) => string[]) => {
  const unique = [...new Set(terms.map((t) => t.trim()).filter((t) => t.length > 0))]
  const patterns = unique.map((term) => {
    const prefix = term.endsWith('*')
    const folded = foldText(prefix ? term.slice(0, -1) : term).trim()
    return { term, needle: prefix ? ` ${folded}` : ` ${folded} ` }
  })
  return (text) => {
    const folded = foldText(text)
    const found: string[] = []
    for (const p of patterns) if (folded.includes(p.needle)) found.push(p.term)
    return found
  }
}

/**
 * Turns what a user typed into an FTS5 MATCH expression: every word becomes a quoted string (quotes
 * doubled), so `"`, `AND`, `NEAR(` or `*` are searched for as text and can never break the syntax.
 * Words are ANDed. Undefined when nothing searchable is left (only punctuation).
 */
export const toFtsMatch = (text: string): string | undefined => {
  const words = text.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word))
  if (words.length === 0) return undefined
  return words.map((word) => `"${word.replaceAll('"', '""')}"`).join(' ')
}

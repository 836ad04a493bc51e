/**
 * Turns the words a user typed into an FTS5 MATCH expression: each becomes a quoted string (quotes
 * doubled), so `"`, `AND`, `NEAR(` or `*` are searched for as text and can never break the syntax.
 * Words are ANDed; a word the tokenizer splits (`l'usine`) stays a phrase.
 */
export const toFtsMatch = (words: readonly string[]): string =>
  words.map((word) => `"${word.replaceAll('"', '""')}"`).join(' ')

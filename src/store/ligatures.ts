// No import here: the search indexer thread loads this file, and loading core (zod) there cost a second thread
// start-up's worth of CPU per import (npm run bench -- store).

/**
 * Letters the full-text tokenizers keep whole though people spell them out (`écœurant` / `ecoeurant`,
 * `Straße` / `strasse`): both engines index and search the spelled-out form, as the query language does.
 * Changing this list changes what is indexed: bump `SEARCH_FORMAT` (SQLite) and add a PostgreSQL migration.
 */
export const LIGATURES: readonly (readonly [string, string])[] = [
  ['œ', 'oe'],
  ['Œ', 'oe'],
  ['æ', 'ae'],
  ['Æ', 'ae'],
  ['ß', 'ss'],
  ['ẞ', 'ss'],
  ['ø', 'o'],
  ['Ø', 'o'],
  ['đ', 'd'],
  ['Đ', 'd'],
  ['ł', 'l'],
  ['Ł', 'l'],
  ['ĳ', 'ij'],
  ['Ĳ', 'ij'],
  ['ﬀ', 'ff'],
  ['ﬁ', 'fi'],
  ['ﬂ', 'fl'],
  ['ﬃ', 'ffi'],
  ['ﬄ', 'ffl'],
  ['ﬅ', 'st'],
  ['ﬆ', 'st'],
]
const SPELLED = new Map(LIGATURES)
const LIGATURE = new RegExp(`[${LIGATURES.map(([l]) => l).join('')}]`, 'gu')

export const foldLigatures = (text: string): string => text.replace(LIGATURE, (l) => SPELLED.get(l) ?? l)

/**
 * The same folding in SQLite, as a function each SQLite connection is given (`registerFoldLigatures`):
 * in plain SQL, 21 nested `replace` calls copied every text 21 times, and a GLOB test to skip them still cost
 * the search indexer 10 % of its throughput (npm run bench -- store).
 */
export const FOLD_LIGATURES_SQL = 'vigie_fold_ligatures'

/** Gives a better-sqlite3 connection `vigie_fold_ligatures(text)`; NULL stays NULL. */
export const registerFoldLigatures = (db: {
  function(name: string, options: { deterministic: boolean }, fn: (value: unknown) => unknown): unknown
}) => {
  db.function(FOLD_LIGATURES_SQL, { deterministic: true }, (value) =>
    typeof value === 'string' ? foldLigatures(value) : value,
  )
}

import type { BrandQuery } from '../../core/index.ts'
import { ok, type Step, skip } from '../step.ts'
import type { QueryMatcher } from './compile-queries.ts'
import { normalizeHandle } from './normalize-text.ts'

/**
 * The pipeline step that keeps mentions of a brand: sets `analysis.queries` to the matched query ids and
 * `analysis.owned` when the author is one of a matched query's own accounts; skips unmatched mentions.
 * `lang:` is checked against `analysis.lang` (detected) or else the mention's declared language.
 */
export const matchQueries = (matcher: QueryMatcher, queries: readonly BrandQuery[]): Step => {
  const ownedBy = new Map(queries.map((q) => [q.id, new Set(q.owned.map(normalizeHandle))]))
  return {
    name: 'match-queries',
    run(draft) {
      const ids = matcher.match(draft.mention, draft.analysis.lang ?? draft.mention.lang)
      const handle = normalizeHandle(draft.mention.author.handle)
      draft.analysis.queries = ids
      draft.analysis.owned = ids.some((id) => ownedBy.get(id)?.has(handle) === true)
      return ids.length === 0 ? skip('no brand query matched') : ok
    },
  }
}

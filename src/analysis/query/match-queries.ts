import { type BrandQuery, isOwnedMention, type OwnedAccount } from '../../core/index.ts'
import { type Outcome, ok, type Step, skip } from '../step.ts'
import type { QueryMatcher } from './compile-queries.ts'
import { normalizeHandle } from './normalize-text.ts'

/**
 * The pipeline step that keeps mentions of a brand: sets `analysis.queries` to the matched query ids and
 * `analysis.owned` when the author is one of the workspace's owned accounts on the mention's network, or one
 * of a matched query's own accounts; skips unmatched mentions. A post of an owned account is kept even when
 * it names no brand (a reply, an announcement): it counts for every query, so detection knows the brand spoke.
 * `lang:` is checked against `analysis.lang` (detected) or else the mention's declared language.
 */
/** One shared, frozen outcome: most posts match no brand, and each would otherwise allocate its own. */
const NO_MATCH: Outcome = Object.freeze(skip('no brand query matched'))

export const matchQueries = (
  matcher: QueryMatcher,
  queries: readonly BrandQuery[],
  ownedAccounts: readonly OwnedAccount[] = [],
): Step => {
  const allIds = queries.map((q) => q.id)
  const ownedBy = new Map(queries.map((q) => [q.id, new Set(q.owned.map(normalizeHandle))]))
  const ownsOne = (ids: readonly string[], handle: string): boolean => {
    for (const id of ids) if (ownedBy.get(id)?.has(handle) === true) return true
    return false
  }
  return {
    name: 'match-queries',
    run(draft) {
      const matched = matcher.match(draft.mention, draft.analysis.lang ?? draft.mention.lang)
      const byAccount = isOwnedMention(ownedAccounts, draft.mention)
      const ids = matched.length === 0 && byAccount ? allIds : matched
      draft.analysis.queries = ids
      draft.analysis.owned =
        byAccount || (ids.length > 0 && ownsOne(ids, normalizeHandle(draft.mention.author.handle)))
      return ids.length === 0 ? NO_MATCH : ok
    },
  }
}

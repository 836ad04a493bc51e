const LISTS_KEPT = 1000
const lists = new Map<string, readonly string[]>()

/**
 * One list per content: a workspace's terms arrive as a fresh array on each request, and what is compiled from
 * them (phrase matchers, initials, hashtag forms) is kept per list. A copy is kept, so that a caller changing
 * its array later changes nothing here.
 */
export const sameList = (terms: readonly string[]): readonly string[] => {
  const key = terms.join('\u0000')
  let list = lists.get(key)
  if (list === undefined || list.length !== terms.length) {
    list = [...terms]
    if (lists.size >= LISTS_KEPT) lists.clear()
    lists.set(key, list)
  }
  return list
}

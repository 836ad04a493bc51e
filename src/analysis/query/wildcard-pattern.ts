/** A predicate on token keys for a wildcard pattern: `*` any run of characters, `?` exactly one. */
export const compileWildcard = (pattern: string): ((key: string) => boolean) => {
  const star = pattern.indexOf('*')
  if (!pattern.includes('?') && star === pattern.length - 1) {
    const prefix = pattern.slice(0, -1)
    return (key) => key.startsWith(prefix)
  }
  const source = [...pattern]
    .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('')
  const regex = new RegExp(`^${source}$`, 'u')
  return (key) => regex.test(key)
}

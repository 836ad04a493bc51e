/** A bounded map that forgets the least recently used entry; enough for caches of statements. */
export const createLru = <K, V>(max: number) => {
  const entries = new Map<K, V>()
  return {
    getOrCreate(key: K, create: () => V): V {
      const hit = entries.get(key)
      if (hit !== undefined) {
        // A Map iterates in insertion order: re-inserting marks the entry as most recently used.
        entries.delete(key)
        entries.set(key, hit)
        return hit
      }
      const value = create()
      entries.set(key, value)
      if (entries.size > max) entries.delete(entries.keys().next().value as K)
      return value
    },
  }
}

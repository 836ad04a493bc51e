import { createHash, type Hash } from 'node:crypto'

/**
 * SHA-256 of a file's first bytes, fed chunk by chunk as the file is read and asked for at item boundaries
 * (`digestAt`). Bytes not hashed yet are kept until hashed, so a boundary inside the last chunk read (or
 * several chunks back) is hashed exactly. Offsets never go backwards.
 */
export interface PrefixHash {
  /** the next bytes of the file, in order */
  feed(chunk: Buffer): void
  /** hashes the bytes before `offset` now (nothing before it will be asked for), so they need not be kept */
  advanceTo(offset: number): void
  /** hex SHA-256 of bytes [0, offset) */
  digestAt(offset: number): string
}

/** Bytes kept before hashing what may be hashed: one update per ~megabyte, not one per post. */
const KEEP_BYTES = 1 << 20

export const emptyPrefix = () => ({ hash: createHash('sha256'), offset: 0 })

/** `from` continues a hash already computed up to an offset (a resumed read starts there). */
export const createPrefixHash = (from: { hash: Hash; offset: number } = emptyPrefix()): PrefixHash => {
  const hash = from.hash
  let hashedTo = from.offset
  let keptBytes = 0
  const kept: Buffer[] = []
  const hashTo = (offset: number) => {
    while (hashedTo < offset) {
      const chunk = kept[0]
      if (chunk === undefined) throw new Error(`prefix hash asked for ${offset}, fed up to ${hashedTo}`)
      const take = Math.min(chunk.length, offset - hashedTo)
      hash.update(take === chunk.length ? chunk : chunk.subarray(0, take))
      if (take === chunk.length) kept.shift()
      else kept[0] = chunk.subarray(take)
      hashedTo += take
      keptBytes -= take
    }
  }
  return {
    feed(chunk) {
      kept.push(chunk)
      keptBytes += chunk.length
    },
    advanceTo(offset) {
      if (keptBytes > KEEP_BYTES) hashTo(offset)
    },
    digestAt(offset) {
      if (offset < hashedTo) throw new Error(`prefix hash asked for ${offset} after ${hashedTo}`)
      hashTo(offset)
      return hash.copy().digest('hex')
    },
  }
}

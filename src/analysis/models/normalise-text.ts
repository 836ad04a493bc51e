/**
 * The shared data's de-duplication key: NFKC, lower-cased, URLs removed, @handles → @user, whitespace
 * collapsed. Used for the train/dev/test split (no key in two splits) and for matching corrections.
 */
export const normaliseText = (text: string): string =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/https?:\/\/\S+|www\.\S+/g, '')
    .replace(/@\w+/g, '@user')
    .replace(/\s+/g, ' ')
    .trim()

/** 48-bit hex digest of the normalised text (two FNV-1a passes), stable across runs and machines. */
export const textKey = (text: string): string => {
  const s = normaliseText(text)
  let a = 0x811c9dc5
  let b = 0x01000193
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    a = Math.imul(a ^ c, 0x01000193)
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15)
  }
  return (a >>> 0).toString(16).padStart(8, '0') + ((b >>> 0) & 0xffff).toString(16).padStart(4, '0')
}

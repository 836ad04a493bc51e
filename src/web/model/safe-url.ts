/**
 * The link to put on a post's URL, or undefined when it must stay text: only http and https addresses
 * become links (`javascript:`, `data:`, `vbscript:`… never do, whatever their case or leading spaces).
 */
export const safeHref = (url: string | undefined | null): string | undefined => {
  if (!url) return undefined
  try {
    const parsed = new URL(url)
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined
  } catch {
    return undefined
  }
}

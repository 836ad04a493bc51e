import type { Finding } from './finding.ts'
import { quick } from './quick-pattern.ts'

const URL_IN_TEXT = quick(/\bhttps?:\/\/[^\s<>"']+/giu)
// where internal documents live: shared drives, wikis, trackers, intranets and private addresses
const INTERNAL_HOST = quick(
  /^(?:docs\.google\.com|drive\.google\.com|[\w-]+\.sharepoint\.com|[\w-]+\.atlassian\.net|(?:www\.)?notion\.so|[\w-]+\.slack\.com|intranet\.[\w.-]+|[\w.-]+\.(?:internal|intra|corp|local|lan)|localhost|127\.\d+\.\d+\.\d+|10\.\d+\.\d+\.\d+|192\.168\.\d+\.\d+|172\.(?:1[6-9]|2\d|3[01])\.\d+\.\d+)(?::\d+)?$/i,
)

const hostOf = (url: string): string | undefined => {
  try {
    return new URL(url).hostname
  } catch {
    return undefined
  }
}

/** Links to internal documents (a shared drive, a wiki, an intranet), in the text or in the draft's links. */
export const findInternalLinks = (text: string, links: readonly string[] = []): Finding[] => {
  const found: Finding[] = []
  for (const m of text.matchAll(URL_IN_TEXT)) {
    const host = hostOf(m[0])
    if (host && INTERNAL_HOST.test(host))
      found.push({
        kind: 'confidential',
        rule: 'internal_link',
        start: m.index,
        end: m.index + m[0].length,
        severity: 'high',
        term: host,
      })
  }
  for (const link of links) {
    const host = hostOf(link)
    if (host && INTERNAL_HOST.test(host) && !text.includes(link))
      found.push({
        kind: 'confidential',
        rule: 'internal_link',
        start: 0,
        end: text.length,
        severity: 'high',
        term: host,
      })
  }
  return found
}

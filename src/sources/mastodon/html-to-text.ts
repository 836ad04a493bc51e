import { decodeEntities } from '../decode-entities.ts'

/**
 * Mastodon's HTML `content` as plain text: paragraphs become blank lines, `<br>` new lines, tags go (a link's
 * text stays whole, the parts Mastodon hides included, so URLs, @mentions and #hashtags read as written),
 * entities are decoded.
 */
export const htmlToText = (html: string): string =>
  decodeEntities(
    html
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<\/p>\s*<p[^>]*>/gi, '\n\n')
      .replace(/<[^>]*>/g, ''),
  ).trim()

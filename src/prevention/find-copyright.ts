import type { Finding } from './finding.ts'

// a quotation between French guillemets or straight or curly double quotes
const QUOTE = /«([^»]+)»|“([^”]+)”|"([^"]+)"/gu
/** A quotation this long needs the author's permission (or a short excerpt, credited). */
export const LONG_QUOTE_WORDS = 25

const MEDIA =
  /\b(photos?|images?|vid[ée]os?|clips?|illustrations?|dessins?|drawings?|artworks?|pictures?|pics?|visuels?|gifs?|extraits?|footage|songs?|chansons?|musique|music|articles?|memes?|th[èe]me|soundtrack|bande[- ]son|paroles|lyrics)\b/iu
const BORROWED =
  /\b(trouv[ée]e?s? sur|found (?:it )?on|from google|google images|pinterest|sur (?:le )?net\b|sur internet|on the internet|off the internet|piqu[ée]e?s?|taken from|grabbed from|stolen|vol[ée]e?s?|repris(?:e|es)? (?:de|sur)|copi[ée]e?s?|copied|screenshot|capture d'[ée]cran|d'un internaute|from a fan|by a fan|d'un fan|d'une fan|from twitter|from instagram|from tiktok|from reddit|repost(?:ed|ing)?|sans (?:son |leur )?autorisation|sans (?:lui |leur )?demander|sans (?:son |leur )?accord|without asking|without (?:their |his |her )?permission|getty|shutterstock|afp|reuters|watermark|filigrane|on a trouv[ée])/iu
const CREDITED =
  /(©|\bcr[ée]dits?\b|\bcredits?\b|avec (?:son|leur) (?:accord|autorisation)|avec l'autorisation|with (?:their |his |her )?permission|courtesy|merci à @|thanks to @|📸|\bby @|\bpar @|\blicen[cs]e|droits acquis|rights cleared|\bphoto ?: ?@)/iu

const wordCount = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length

/** Long quotations, and someone else's photo, video or text used without credit (in the text or images). */
export const findCopyright = (text: string, imageDescriptions: readonly string[] = []): Finding[] => {
  const found: Finding[] = []
  for (const m of text.matchAll(QUOTE)) {
    const inner = m[1] ?? m[2] ?? m[3] ?? ''
    if (wordCount(inner) < LONG_QUOTE_WORDS) continue
    found.push({
      kind: 'copyright',
      rule: 'long_quote',
      start: m.index,
      end: m.index + m[0].length,
      severity: 'medium',
    })
  }
  const all = [text, ...imageDescriptions].join('\n')
  if (MEDIA.test(all) && BORROWED.test(all) && !CREDITED.test(all)) {
    const cue = BORROWED.exec(text)
    const span = cue ? { start: cue.index, end: cue.index + cue[0].length } : { start: 0, end: text.length }
    found.push({ kind: 'copyright', rule: 'uncredited_media', ...span, severity: 'high', term: cue?.[0] })
  }
  return found
}

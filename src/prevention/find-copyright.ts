import type { Finding } from './finding.ts'
import { quick } from './quick-pattern.ts'

// a quotation between French guillemets or straight or curly double quotes
const QUOTE = quick(/«([^»]+)»|“([^”]+)”|"([^"]+)"/gu)
/** A quotation this long needs the author's permission (or a short excerpt, credited). */
export const LONG_QUOTE_WORDS = 25

const MEDIA = quick(
  /\b(photos?|images?|vid[ée]os?|clips?|illustrations?|dessins?|drawings?|artworks?|pictures?|pics?|visuels?|gifs?|extraits?|footage|shots?|songs?|chansons?|musique|music|articles?|memes?|th[èe]me|soundtrack|bande[- ]son|paroles|lyrics)\b|\bclich[ée]s?(?![\p{L}])/iu,
)
const BORROWED = quick(
  /\b(trouv[ée]e?s? sur|found (?:it )?on|from google|google images|pinterest|sur (?:le )?net\b|sur internet|on the internet|off the internet|piqu[ée]e?s?|taken from|grabbed from|stolen|vol[ée]e?s?|repris(?:e|es)? (?:de|sur)|copi[ée]e?s?|copied|screenshot|captures? d'[ée]cran|screenshots?|d'un internaute|from a fan|by a fan|d'un fan|d'une fan|from twitter|from instagram|from tiktok|from reddit|repost(?:ed|ing)?|sans (?:son |leur )?autorisation|sans (?:lui |leur )?demander|sans (?:son |leur )?accord|without asking|without (?:their |his |her )?permission|getty|shutterstock|afp|reuters|watermark|filigrane|on a trouv[ée])/iu,
)
const CREDITED = quick(
  /(©|\bcr[ée]dits?\b|\bcredits?\b|avec (?:son|leur) (?:accord|autorisation)|avec l'autorisation|with (?:their |his |her )?permission|courtesy|merci à @|thanks to @|📸|\bby @|\bpar @|\blicen[cs]e|droits acquis|rights cleared|\bphoto ?: ?@)/iu,
)

// taken from somewhere or someone: "found this photo on Google", "nicked from a photographer's account"
const TAKEN_FROM = quick(
  /\b(?:found|trouv[ée]e?s?|pris(?:e|es)?|taken|took|nicked|pinched|borrowed|lifted|grabbed|ripped|piqu[ée]e?s?|chip[ée]e?s?|emprunt[ée]e?s?|r[ée]cup[ée]r[ée]e?s?|repris(?:e|es)?|t[ée]l[ée]charg[ée]e?s?|downloaded)\b[^.!?\n]{0,40}?\b(?:on|from|off|sur|de|chez|via)\s+(?:google|pinterest|instagram|insta|internet|the (?:internet|web|net)|le (?:net|web)|twitter|tiktok|facebook|youtube|reddit|(?:a|an|un|une|le|la|the)\s+(?:compte|account|photographer|photographe|artist|artiste|illustrat\w+|fan|internaute|agence|agency|site)|someone|quelqu'un|an? (?:random )?account|a photographer's|(?:d'|de l')\s*(?:un|une)?\s*(?:photographe|artiste|internaute))/iu,
)
// saying the rights are missing: "we don't have the rights but…", "pas encore eu de réponse de la prod"
const NO_RIGHTS = quick(
  /(?:(?:don't|do not|didn't|did not|haven't|have not|never)\s+(?:have|got|get|asked for|obtained|cleared|paid for)\s+(?:the\s+)?(?:rights?|licen[cs]es?|permission|clearance)|(?:n'avons|n'a|n'ont|ai|avons|a)\s+pas\s+(?:encore\s+)?(?:les|de|eu|obtenu|demand[ée])\s+(?:les\s+|l'|d'|de\s+)?(?:droits?|licences?|autorisations?|accords?|r[ée]ponses?|feu vert)|sans (?:les |aucun )?(?:droits?|licence|autorisation)|without (?:the |any )?(?:rights?|licen[cs]e|permission|clearance)|\bno (?:rights|licen[cs]e|permission)\b|sans permission|(?:still )?waiting to hear back|pas encore eu de retour|on attend (?:encore )?(?:leur|la|sa) r[ée]ponse|(?:didn't|did not|haven't|have not|never|not)\s+(?:really\s+|even\s+|properly\s+)?(?:check(?:ed)?|look(?:ed)? (?:into|at)|ask(?:ed)?(?: for)?|clear(?:ed)?)\s+(?:the\s+)?(?:rights?|licen[cs]es?|permission)|pas (?:trop |vraiment |encore |bien )?(?:regard[ée]|v[ée]rifi[ée]|demand[ée]|check[ée])\s+(?:pour |pour les |les |l')?(?:droits?|licences?|autorisations?)|on (?:lui|leur) demandera (?:apr[èe]s|plus tard)|(?:we'll|we will) ask (?:him|her|them) (?:later|after)|ask(?:ing)? (?:for )?(?:forgiveness|permission) later|demander (?:la permission )?apr[èe]s|on publie quand m[êe]me|publish(?:ing)? anyway|post(?:ing)? it anyway|can't remember whose|cannot remember whose|sais plus (?:de |à )?qui|no idea whose|aucune idée de qui|pour que (?:ça|ca) ne se voie pas|so (?:nobody|no one) (?:notices|will notice)|hope (?:nobody|no one) notices|pas vu pas pris)/iu,
)
// someone else's work put in our ad or post: a film clip, a series' theme, another brand's music
const OTHERS_WORK = quick(
  /\b(?:extraits?|sc[èe]nes?|clips?|g[ée]n[ée]riques?|musiques?|chansons?|bandes?[- ](?:son|annonce)|th[èe]mes?|soundtracks?|theme songs?|songs?|music|footage|scenes?|trailers?|images?|s[ée]quences?)\b[^.!?\n]{0,25}?\b(?:du film|de la s[ée]rie|d'une s[ée]rie|d'un film|de la (?:derni[èe]re )?pub|d'une pub|de l'[ée]mission|du match|de la retransmission|from the (?:film|movie|show|series|(?:latest |last )?ad|broadcast|match)|of the (?:film|movie|show|series)|from (?:a|an) (?:film|movie|tv show|series|ad)|from their (?:latest |last )?ad|de (?:la|leur) (?:derni[èe]re )?(?:pub|campagne) (?:de|d'|chez))/iu,
)
// a paid article or report given away: "l'article complet en captures d'écran", "full article for non-subscribers"
const PAYWALL = quick(
  /\b(?:paywall|pour ceux qui n'ont pas (?:l'|d')?abonnement|sans abonnement|for (?:those|anyone|everyone) without (?:a )?subscription|non-?subscribers|non[- ]abonn[ée]s)\b/iu,
)
const WHOLE_WORK = quick(
  /(?<![\p{L}\p{N}])(?:article complet|l'article en entier|tout l'article|rapport complet|[ée]tude compl[èe]te|full article|whole article|entire article|full report|whole report|full study|texte int[ée]gral|full text|(?:full|whole|entire|complete)\s+(?:[\p{L}'-]+\s+){1,3}?(?:article|report|study|piece|editorial|leader|issue|magazine)|(?:article|rapport|[ée]tude|[ée]dito(?:rial)?)\s+(?:[\p{L}'-]+\s+){1,4}?(?:complet|compl[èe]te|en entier|int[ée]gral(?:e)?))\b(?![^.!?\n]{0,20}\b(?:lien|link|linked|ici|here|bio)\b)/iu,
)
// a work's own price or size given with it: it was paid for ("normally $2,000", "120 pages", "[PDF]")
const PAID_WORK = quick(
  /\b(?:normally|usually|normalement|habituellement|vendu|sold (?:for|at))\b[^.!?\n]{0,15}\d|\b\d+\s?pages\b|\[pdf\]/iu,
)
// ours, or already public: "our annual report in full", "le rapport est public sur notre site"
const OWN_WORK = quick(
  /\b(?:our|notre|nos)\s+(?:[\p{L}-]+\s+)?(?:report|rapport|study|[ée]tude)|\b(?:is|est) public\b|\b(?:on our website|sur notre site)\b/iu,
)
const REPRODUCED = quick(
  /\b(?:captures? d'[ée]cran|screenshots?|screen ?caps?|copi[ée]e?s?|copied|pasted|coll[ée]e?s?|pdf|en int[ée]gralit[ée]|in full|texte int[ée]gral)\b/iu,
)
// verse: three short lines or more, with a music note or an attribution ("— June Calloway")
const VERSE_CUE = quick(/🎶|🎵|♪|♫|\blyrics\b|\bparoles\b|\bpo[eè]me\b|\bpoem\b|^\s*[—–-]\s*\p{Lu}/mu)
// lines of verse run on one line with slashes: « Tes yeux sont deux saisons / qui se disputent mon ciel / … »
const SLASHED_VERSE = quick(/\S[^/\n]{6,80}\s\/\s[^/\n]{6,80}\s\/\s[^/\n]{6,80}/u)
const isVerse = (text: string): boolean => {
  const lines = text.split('\n')
  let run = 0
  let best = 0
  for (const line of lines) {
    const words = line.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length
    const verse = words >= 3 && words <= 14 && !/\d/.test(line)
    run = verse ? run + 1 : 0
    best = Math.max(best, run)
  }
  return best >= 3 && VERSE_CUE.test(text)
}

// a whole programme of someone else's reposted: "voici le reportage entier", "the whole report", "8 minutes, reuploaded"
const WHOLE_PROGRAMME = quick(
  /\b(?:(?:reportage|[ée]mission|[ée]pisode|sketch|spectacle|documentaire|interview|passage|journal|sujet)s?\s+(?:entier|complet|en entier|en int[ée]gralit[ée]|int[ée]gral)|(?:whole|full|entire|complete)\s+(?:report|segment|episode|bit|show|set|documentary|programme|program|interview|broadcast|news item))\b/iu,
)
const REUPLOADED = quick(
  /\b(?:re-?upload\w*|re-?post(?:ed|é|ée)?|rediffus\w*|re-?shar(?:ed|ing))\b|📺|\[(?:video|vid[ée]o|clip)[^\]]*\]/iu,
)
const BROADCASTER = quick(
  /\b(?:BBC|ITV|Sky(?: Sports| News)?|CNN|Channel \d|TF1|France ?[2345]|France T[ée]l[ée]visions|M6|Canal\+|BFM\w*|LCI|Arte|Netflix|HBO|RTL|Europe 1|France Inter|news at \w+|20 ?h|13 ?h|JT)\b/iu,
)
// a scene or clip of a titled film or show: «the scene from "Midnight in Leeds"», "[clip from «…»]", "[2 min clip]"
const TITLED_CLIP = quick(
  /\b(?:sc[èe]nes?|clips?|extraits?|excerpts?|s[ée]quences?|footage|passages?)\s+(?:from|of|de|du|des|d')\s*(?:the\s+|la\s+|le\s+)?(?:film\s+|movie\s+|show\s+|s[ée]rie\s+)?["“«]|\[\s*\d+\s*(?:min|mn|s|sec)\w*\s+(?:clip|extrait|excerpt)\s*\]/iu,
)
// a photo credited to a press agency is the agency's, licensed per use: "Photo AFP", "Getty Images"
const AGENCY = quick(
  /\b(?:AFP|Reuters|Getty(?: Images)?|Associated Press|AP Photo|Shutterstock|Sipa|Gamma|Magnum|PA Images|Alamy)\b/u,
)
const LICENSED = quick(
  /©|\blicen[cs]e[ds]?\b|droits acquis|rights cleared|abonnement (?:afp|reuters|getty)|sous licence|with (?:their |its )?permission|avec (?:son|leur) autorisation/iu,
)
// someone's work taken by their handle: "we borrowed @mila_draws' illustration", "piqué à @photo_lise"
const TAKEN_FROM_HANDLE = quick(
  /\b(?:borrowed|took|taken|nicked|pinched|lifted|grabbed|used|emprunt[ée]e?s?|pris(?:e|es)?|piqu[ée]e?s?|repris(?:e|es)?|chip[ée]e?s?|r[ée]cup[ée]r[ée]e?s?)\s+(?:from\s+|[àa]\s+|chez\s+|de\s+|l'\w+\s+de\s+|la\s+\w+\s+de\s+|le\s+\w+\s+de\s+)?@[\w.]+(?:'s?)?\s*(?:photos?|pics?|illustrations?|drawings?|artwork|art|images?|videos?|designs?|visuels?)?/iu,
)

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
  const quoted = [...text.matchAll(QUOTE)].some((m) => SLASHED_VERSE.test(m[1] ?? m[2] ?? m[3] ?? ''))
  if (isVerse(text) || quoted)
    found.push({ kind: 'copyright', rule: 'long_quote', start: 0, end: text.length, severity: 'medium' })
  const all = [text, ...imageDescriptions].join('\n')
  const paywalled =
    PAYWALL.exec(text) ??
    ((REPRODUCED.test(text) || PAID_WORK.test(text)) && !OWN_WORK.test(text) ? WHOLE_WORK.exec(text) : null)
  if (paywalled)
    found.push({
      kind: 'copyright',
      rule: 'uncredited_media',
      start: paywalled.index,
      end: paywalled.index + paywalled[0].length,
      severity: 'high',
      term: paywalled[0],
    })
  const admitted = NO_RIGHTS.exec(text)
  if (admitted)
    found.push({
      kind: 'copyright',
      rule: 'uncredited_media',
      start: admitted.index,
      end: admitted.index + admitted[0].length,
      severity: 'high',
      term: admitted[0],
    })
  const programme = WHOLE_PROGRAMME.exec(text)
  const reused =
    (programme && (REUPLOADED.test(all) || BROADCASTER.test(text)) ? programme : null) ??
    TITLED_CLIP.exec(all) ??
    (MEDIA.test(all) && !LICENSED.test(all) ? AGENCY.exec(all) : null) ??
    TAKEN_FROM_HANDLE.exec(text)
  if (reused)
    found.push({
      kind: 'copyright',
      rule: 'uncredited_media',
      start: Math.min(reused.index, text.length),
      end: Math.min(reused.index + reused[0].length, text.length),
      severity: 'high',
      term: reused[0],
    })
  const borrowed = (MEDIA.test(all) && BORROWED.test(all)) || TAKEN_FROM.test(all) || OTHERS_WORK.test(all)
  if (borrowed && !CREDITED.test(all)) {
    const cue = TAKEN_FROM.exec(text) ?? OTHERS_WORK.exec(text) ?? BORROWED.exec(text)
    const span = cue ? { start: cue.index, end: cue.index + cue[0].length } : { start: 0, end: text.length }
    found.push({ kind: 'copyright', rule: 'uncredited_media', ...span, severity: 'high', term: cue?.[0] })
  }
  return found
}

import type { Finding } from './finding.ts'
import { quick } from './quick-pattern.ts'

// a quotation between French guillemets or straight or curly double quotes
const QUOTE = quick(/«([^»]+)»|“([^”]+)”|"([^"]+)"/gu)
/** A quotation this long needs the author's permission (or a short excerpt, credited). */
export const LONG_QUOTE_WORDS = 25

const MEDIA = quick(
  /\b(photos?|images?|vid[ée]os?|clips?|illustrations?|dessins?|drawings?|artworks?|pictures?|pics?|visuels?|gifs?|extraits?|footage|shots?|songs?|chansons?|musique|music|articles?|memes?|th[èe]me|soundtrack|bande[- ]son|paroles|lyrics|reels?)\b|\bclich[ée]s?(?![\p{L}])/iu,
)
const BORROWED = quick(
  /\b(trouv[ée]e?s? sur|found (?:it )?on|from google|google images|pinterest|sur (?:le )?net\b|sur internet|on the internet|off the internet|piqu[ée]e?s?|taken from|grabbed from|stolen|vol[ée]e?s?|repris(?:e|es)? (?:de|sur)|copi[ée]e?s?|copied|screenshot|captures? d'[ée]cran|screenshots?|d'un internaute|from a fan|by a fan|d'un fan|d'une fan|from twitter|from instagram|from tiktok|from reddit|repost(?:ed|ing)?|sans (?:son |leur )?autorisation|sans (?:lui |leur )?demander|sans (?:son |leur )?accord|without asking|without (?:their |his |her )?permission|getty|shutterstock|afp|reuters|watermark|filigrane|on a trouv[ée])/iu,
)
const CREDITED = quick(
  /(©|\bcr[ée]dits?\b|\bcredits?\b|avec (?:son|leur) (?:accord|autorisation)|avec l'autorisation|with (?:their |his |her )?permission|courtesy|merci à @|thanks to @|📸|\bby @|\bpar @|\blicen[cs]e(?<!\b(?:didn't|did not|no|not|sans|pas de|without|without a|without any|never|haven't|have not)\slicen[cs]e)|droits acquis|rights cleared|\bphoto ?: ?@)/iu,
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
const VERSE_CUE = quick(
  /🎶|🎵|♪|♫|\blyrics\b|\bparoles\b|\bpo[eè]me\b|\bpoem\b|^\s*[—–-]\s*\p{Lu}|^\s*[«"“]|\b(?:chante\w*|refrain|couplet|chorus|verse|sing|sang|sung|karaok[ée])\b/mu,
)
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
  /©|\blicen[cs]e[ds]?\b(?<!\b(?:didn't|did not|no|not|sans|pas de|without|without a|without any|never|haven't|have not)\slicen[cs]e[ds]?)|droits acquis|rights cleared|abonnement (?:afp|reuters|getty)|sous licence|with (?:their |its )?permission|avec (?:son|leur) autorisation/iu,
)
// someone's work taken by their handle: "we borrowed @mila_draws' illustration", "piqué à @photo_lise"
const TAKEN_FROM_HANDLE = quick(
  /\b(?:borrowed|took|taken|nicked|pinched|lifted|grabbed|used|emprunt[ée]e?s?|pris(?:e|es)?|piqu[ée]e?s?|repris(?:e|es)?|chip[ée]e?s?|r[ée]cup[ée]r[ée]e?s?)\s+(?:from\s+|[àa]\s+|chez\s+|de\s+|l'\w+\s+de\s+|la\s+\w+\s+de\s+|le\s+\w+\s+de\s+)?@[\w.]+(?:'s?)?\s*(?:photos?|pics?|illustrations?|drawings?|artwork|art|images?|videos?|designs?|visuels?)?/iu,
)

// a whole work of someone else's, by its length or its completeness: "titre complet", "all 40 minutes", "toute la BO",
// "tout le concert… 1h30 en ligne", "full video of Sunday's concert"
const WHOLE_WORK_MEDIA = quick(
  /\b(?:titre complet|version (?:studio )?compl[èe]te|full (?:track|song|album|concert|match|final|video of|set)|toute la (?:BO|bande originale)|the whole (?:soundtrack|score|concert|album)|tout le concert|(?:all|the full) \d+ minutes|\d+ ?h ?\d* en ligne|highlights in full|(?:le |the )?(?:concert|match|spectacle|film) (?:entier|complet|in full))\b/iu,
)
// recorded off a broadcast: "recorded off the telly", "ripped it off the SportsOne broadcast", "filmé sur Canal direct
// depuis notre télé", "enregistrée sur la chaîne payante", "une capture de la série"
const RECORDED_OFF = quick(
  /\b(?:(?:recorded|filmed|ripped|taped|clipped|pulled)\s+(?:it\s+|this\s+)?(?:straight\s+)?(?:off|from)\s+(?:the\s+)?(?:telly|tv|television|[\p{L}\d]+\s+broadcast|broadcast|stream|sky)|(?:film[ée]e?s?|enregistr[ée]e?s?|captur[ée]e?s?)\s+(?:sur|depuis|de)\s+(?:la\s+|notre\s+|le\s+)?(?:t[ée]l[ée]|cha[îi]ne|canal|retransmission|direct)|capture de la s[ée]rie|(?:clipped|clip) the bit from|the bit from)\b/iu,
)
// someone else's ad, slogan or visual copied with our logo on it: "on a juste changé le logo", "slapped our logo on it",
// "word for word", "à la virgule près", "shot-for-shot", "copiée-collée"
const COPIED_AD = quick(
  /\b(?:(?:chang\w*|mis|mettre|slapped|put|added|swapp\w*|enlev\w*|removed|retir\w*|remont[ée]e?)\s+(?:juste\s+|just\s+|only\s+)?(?:avec\s+)?(?:le|notre|nos|leur|leurs|our|their|the|un)\s+(?:logo|logos)|mot pour mot|word for word|[àa] la virgule pr[èe]s|shot[- ]for[- ]shot|copi[ée]e?s?[- ]coll[ée]e?s?|copy[- ]?past\w*|reprend\w*\s+(?:mot pour mot\s+)?le (?:slogan|texte|visuel)|borrowed it from|(?:repris|reprend)\s+la pub de|reposting\s+[\p{L}&' ]+'s\s+(?:\w+\s+)?ad)/iu,
)
// a meme or a mascot made of a stranger's picture: "mème fait avec la tête du monsieur de la vidéo virale", "made a meme
// out of that random lady's holiday pic", "that guy from the viral airport video? We made him our mascot"
const MEME_OF_SOMEONE = quick(
  /\b(?:m[èe]mes?|memes?|mascot|mascotte)\b[^.!?\n]{0,60}\b(?:photo|pic|picture|t[êe]te|face|vid[ée]o|video|viral\w*)\b|\b(?:photo|pic|picture|face|t[êe]te|vid[ée]o|video)\b[^.!?\n]{0,60}\b(?:into a meme|en m[èe]me|un m[èe]me|our mascot|notre mascotte|notre pub)\b|\bon en a fait un m[èe]me\b|\bviral\b[^.!?\n]{0,40}\b(?:mascot|mascotte|meme|m[èe]me|our ad|notre pub)\b/iu,
)
// a photographer's, an agency's or an artist's work taken: "Northwire agency shot", "la photo d'agence Presspix",
// "some photographer on Insta", "from Jake Morrow Photography's site", "that Etsy artist's fox illustration"
const SOMEONE_ELSES_IMAGE = quick(
  /\b(?:agency (?:shot|photo|pic|picture|image)s?|photos? d'agence|(?:prise|pris|shot|taken) par l'agence|some photographer|un photographe sur|photographer on (?:insta|instagram|twitter|facebook|tiktok)|\p{Lu}[\p{L}]+ Photography's (?:site|page|account)|(?:etsy|instagram|insta) artist's|artiste (?:d'etsy|sur insta\w*))\b/iu,
)
// music used in our video without its rights: "le dernier tube d'Orelia Kamsi en fond", "soundtrack is "Neon Hearts" by…"
const MUSIC_IN_VIDEO = quick(
  /\b(?:tube|titre|morceau|chanson|song|track|jingle|BO|soundtrack|score)\b[^.!?\n]{0,40}\b(?:en fond|in the background|en musique de fond|as (?:the )?soundtrack|over our|set to|sped it up|with its score)\b|\b(?:en fond|fond sonore|soundtrack is|set to|with its score)\b[^.!?\n]{0,10}[«"“]|\b(?:on a pas demand[ée]|didn't ask|did not ask|didn't license|did not license|pas de licence|hope (?:he|she|they) (?:doesn't|don't|won't) mind|hope that's (?:fine|ok|okay)|c'est pas grave c'est de la (?:promo|pub))\b/iu,
)
// a paid study, course or report handed out: "(achetée par la boîte 2 400 €)", "our team paid $4k for it", "réservé aux
// clients payants", "étude payante", "livre blanc payant", "paid course workbook", "paywalled article"
const PAID_SHARED = quick(
  /\b(?:achet[ée]e?s?\s+(?:par|pour)|(?:team |we |I )?paid \$?£?€?\d|pay[ée]e?\s+\d|(?:[ée]tude|livre blanc|rapport|formation)s?\s+payante?s?|r[ée]serv[ée]e? aux (?:clients|abonn[ée]s) payants|paid (?:course|report|study|workbook|masterclass)|paywalled|\(£\d|\(\$\d)/iu,
)
const HANDED_OUT = quick(
  /\b(?:int[ée]gralit[ée]|full|entire|whole|entier|compl[èe]te?|all \d+|les \d+ slides|chapitre \d+ complet|in full|en pj|pdf|copied below|ci-dessous|below|download|t[ée]l[ée]charge\w*|partage|sharing|recopi[ée]\w*)\b/iu,
)

// the cue first (rare), then whether the work is credited or licensed (a licence denied, "didn't license it", is none)
const unlessCredited = (m: RegExpExecArray | null, all: string) =>
  m && !LICENSED.test(all) && !CREDITED.test(all) ? m : null
const unlessLicensed = (m: RegExpExecArray | null, all: string) =>
  m && MEDIA.test(all) && !LICENSED.test(all) ? m : null

const POSTED = quick(/\b(?:vid[ée]o|video|uploaded|en ligne|online|notre cha[îi]ne|our page)\b/iu)
/** The sixth round's forms of someone else's work used without rights, the first that the draft shows. */
const takenWithoutRights = (text: string, all: string): RegExpExecArray | null =>
  (!OURS.test(text) && (REUPLOADED.test(all) || POSTED.test(all)) ? WHOLE_WORK_MEDIA.exec(text) : null) ??
  RECORDED_OFF.exec(text) ??
  COPIED_AD.exec(text) ??
  MEME_OF_SOMEONE.exec(text) ??
  unlessCredited(SOMEONE_ELSES_IMAGE.exec(text), all) ??
  unlessLicensed(MUSIC_IN_VIDEO.exec(text), all) ??
  (PAID_SHARED.test(text) && HANDED_OUT.test(text) && !OWN_WORK.test(text) ? PAID_SHARED.exec(text) : null)

const wordCount = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length

const OURS = quick(/\b(?:our own|notre propre|nos propres|de notre propre)\b/iu)
/**
 * The draft says the work is ours, credited or licensed: the learned reader then adds no copyright (it reads
 * "full video… all 40 minutes" as a reposted broadcast even when it is our own concert).
 */
export const ownOrCredited = (text: string): boolean =>
  OURS.test(text) || CREDITED.test(text) || LICENSED.test(text)

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
  // someone else's work reused: a programme, a titled clip, an agency photo, a handle's work; else (and only when
  // nothing above said so already) a whole work posted, a broadcast recorded, an ad copied, a meme of someone…
  const reused =
    (programme && (REUPLOADED.test(all) || BROADCASTER.test(text)) ? programme : null) ??
    TITLED_CLIP.exec(all) ??
    (MEDIA.test(all) && !LICENSED.test(all) ? AGENCY.exec(all) : null) ??
    TAKEN_FROM_HANDLE.exec(text) ??
    (found.some((f) => f.rule === 'uncredited_media') ? null : takenWithoutRights(text, all))
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

import { type Finding, findingAt } from './finding.ts'
import { quick } from './quick-pattern.ts'

// Internal news told as a plain fact, with no "internal" or "not yet announced" next to it: a pay freeze, a client
// lost, an audit failed, a supplier going under, a launch slipping. Each family starts from its rare words.

const MONTH =
  '(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)'

// "gel des salaires", "pas d'augment cette année pour personne", "0 % pour tous sauf la direction", "we froze
// salaries", "no salary increases in 2027"; not a price freeze for customers
const PAY_FREEZE = quick(
  /\b(?:gel (?:des|de nos|de vos) (?:salaires|augmentations|r[ée]mun[ée]rations)|#?gelsalaires|pas d'augment\w*\s+(?:de salaire\s+)?(?:cette ann[ée]e|en 20\d\d|pour (?:personne|tout le monde|les [ée]quipes))|(?:aucune|z[ée]ro) augmentation(?:s| de salaire)?\s+(?:cette ann[ée]e|en 20\d\d|pour)|augmentations? (?:de cette ann[ée]e|cette ann[ée]e)\s*:\s*0|0 ?% (?:d'augmentation )?pour (?:tous|tout le monde|personne)|(?:froze|freeze|freezing|frozen)\s+(?:all\s+|our\s+)?(?:salaries|pay|wages|raises)|(?:salary|pay|wage) freeze|no (?:salary|pay|wage) (?:increases?|rises?|raises?|bumps?)|no raises (?:this year|for anyone|for anybody))(?![\p{L}\p{N}])/iu,
)

const BRAND = "\\p{Lu}[\\p{L}'&-]+(?:\\s+\\p{Lu}[\\p{L}'&-]+){0,2}"
// a client lost: "on a perdu Decatrail comme client", "le client Maisons Vallier nous lâche", "our biggest
// customer just gave notice", "perdre X, c'est 30 % de notre chiffre"; not "we lost your parcel"
const LOST_CLIENT = quick(
  new RegExp(
    [
      // the rare words lead, what comes before is read behind them: the pattern runs only on drafts holding them
      `perdu(?<=\\b(?:[Oo]n a|[Nn]ous avons|[Jj]'ai|[Vv]ient de|[Vv]iennent de|[Vv]enons de)\\s+perdu)\\s+(?:le client|le compte|notre (?:plus gros|premier|principal|meilleur) (?:client|compte)|${BRAND}\\s+comme client)`,
      `nous (?:l[âa]che|quitte|abandonne)(?<=\\b(?:client|compte)\\s+${BRAND}\\s+nous \\p{L}+)`,
      `\\bnous (?:l[âa]che|l[âa]chent|quitte|quittent) pour (?:un|le|notre) concurrent`,
      `\\b(?:perdre|perdu|perte de)\\s+${BRAND}[^.!?\\n]{0,30}?\\d+\\s?%\\s+de\\s+(?:notre|nos)\\s+(?:chiffre|ca|ventes|volume)`,
      `\\b(?:gave notice|is leaving|has left|walked|dropped us|is dropping us|churned|pulled out|terminated)(?<=\\b(?:biggest|largest|main|key|top|major|best)\\s+(?:customer|client|account)\\b[^.!?\\n]{0,40}?\\b[\\p{L} ]+)`,
      `\\blost our (?:biggest|largest|main|key|top) (?:customer|client|account)`,
      `as a (?:client|customer)(?<=\\blost\\s+${BRAND}\\s+as a \\p{L}+)`,
      `\\b(?:leaving|dropping|dumping) us for (?:a|our|their) (?:competitor|rival)`,
    ].join('|'),
    'u',
  ),
)

// an audit or an inspection failed: "3 non-conformités majeures", "failed 3 of 5 food safety checks", "just
// failed the factory audit"; not "aucune non-conformité", "no major findings", "passed the audit"
const AUDIT_FAILED = quick(
  /\b(?:audit\w*|inspection)\b[^.!?\n]{0,80}?(?<!\b(?:aucune?|no|zero|z[ée]ro|sans|without|0)\s)(?:\d+\s+)?(?:non-?conformit[ée]s?\s+majeures?|major non-?conformit\w*|[ée]carts? majeurs?|major findings?)|\baudit\w*\s+(?:\p{L}+\s+)?(?:found|revealed|uncovered|a relev[ée]|a r[ée]v[ée]l[ée]|a trouv[ée]|a d[ée]couvert|a mis au jour)(?!\s+(?:no|nothing|aucun\w*|rien|pas))|\b(?:failed|fail|[ée]chou[ée]\w* [àa])\s+(?:the\s+|our\s+|l'|notre\s+|\d+\s+of\s+\d+\s+)?(?:[\p{L}-]+\s+){0,2}(?:audit|inspection|safety checks?|food safety|hygiene checks?|contr[ôo]les? (?:qualit[ée]|d'hygi[èe]ne|sanitaires?))\b/iu,
)

// a supplier going under: "notre fournisseur d'emballages dépose le bilan", "our vendor went bust"
const SUPPLIER_FAILING = quick(
  /\b(?:notre|nos|our)\s+(?:fournisseurs?|sous-traitants?|transporteurs?|suppliers?|vendors?|subcontractors?)\b[^.!?\n]{0,40}?\b(?:d[ée]pose(?:nt)? le bilan|en faillite|liquidation|redressement judiciaire|went bust|goes bust|going bust|bankrupt\w*|insolven\w*|into administration)/iu,
)

// a launch slipping: "le nouveau boîtier sort pas avant juin au final", "ouvre pas en janvier comme prévu",
// "won't ship until March", "pushed back to April"
const LAUNCH_SLIPS = quick(
  new RegExp(
    [
      `(?:pas|plus) (?:avant|en) ${MONTH}\\b(?<=\\b(?:sort|sortira|ouvre|ouvrira|arrive|arrivera|lanc[ée]e?|livr[ée]e?)\\s(?:pas|plus) \\p{L}+ \\p{L}+)`,
      `(?:before|until|till) ${MONTH}\\b(?<=\\b(?:won't|will not|doesn't|does not|isn't)\\s+(?:ship|launch|open|be out|come out|go live)\\w*\\s+\\p{L}+ \\p{L}+)`,
      `\\b(?:pushed|slipped|moved) (?:back )?(?:to|until|till) ${MONTH}\\b`,
      '\\b\\d+\\s+(?:mois|semaines|months|weeks) (?:de retard|behind schedule)\\b',
    ].join('|'),
    'iu',
  ),
)
// what makes a slipping date news of a launch, not a delivery: a new product, a site, a plan
const LAUNCH_NEWS = quick(
  /\b(?:nouveau|nouvelle|new|chantier|lancement|launch|ouverture|opening|comme pr[ée]vu|as planned|au final|finalement|after all|roadmap|release)\b/iu,
)

// a site of ours closing or moving at a date to come: "on ferme l'usine de Vierzon en juin", "the Leeds call centre
// shuts in March", "we're closing the Bristol plant next spring"; not opening hours ("closes at 6", "fermé
// exceptionnellement à 18h"), a closure for the day, or a move with its new address
const SITE =
  "(?:usine|site|entrep[ôo]t|d[ée]p[ôo]t|agence|magasin|boutique|si[èe]ge|plant|factory|warehouse|depot|call cent(?:re|er)|centre d'appels|store|branch|office)s?"
const LATER_ON = `(?:(?:en|in|au|à la|d'ici|dans|fin|end of|by|next|à l'|from)\\s+(?:\\d+\\s+(?:mois|semaines|months|weeks)|${MONTH}|printemps|été|automne|hiver|spring|summer|autumn|fall|winter|20\\d\\d|l'an prochain|next year|year|ann[ée]e)|l'an prochain|l'ann[ée]e prochaine|next year)`
const SITE_CLOSING = quick(
  new RegExp(
    [
      `\\b(?:ferme|fermera|va fermer|vont fermer|fermeront|d[ée]m[ée]nage|d[ée]localis[ée]e?|closes|will close|is closing|are closing|shuts|will shut|is shutting|moves to|is moving to)\\b(?<=\\b${SITE}\\b(?:\\s+[\\p{L}'-]+){0,3}\\s+\\p{L}+(?:\\s+\\p{L}+)?)[^.!?\\n]{0,40}?\\b${LATER_ON}`,
      `\\b(?:closing|close|shutting|shut|ferme|fermer|fermons|d[ée]m[ée]nage|d[ée]m[ée]nager|relocating|moving)\\s+(?:the|our|down the|down our|l'|le|la|les|notre|nos)\\s*(?:[\\p{L}'-]+\\s+){0,2}?${SITE}\\b(?<=\\b(?:we're|we are|we'll|we will|on va|on|nous allons|nous)\\s+\\p{L}+\\s+[^.!?\\n]*)[^.!?\\n]{0,40}?\\b${LATER_ON}`,
    ].join('|'),
    'iu',
  ),
)

// a decision of the board told before it is announced: "le conseil a tranché : on sort du marché italien", "validé en
// CA hier", "Board already voted"; not a city council's public vote
const BOARD_DECIDED = quick(
  /\b(?:(?:le|notre) (?:conseil|board|comit[ée]|codir|comex)(?! municipal)(?: d'administration)? a (?:tranch[ée]|d[ée]cid[ée]|vot[ée]|valid[ée]|act[ée])|(?:valid[ée]e?s?|d[ée]cid[ée]e?s?|vot[ée]e?s?|act[ée]e?s?) (?:hier |ce matin )?(?:en|au) (?:ca|conseil d'administration|comit[ée] de direction|codir|comex)\b|(?:the|our) board (?:has |have )?(?:already |just )?(?:voted|decided|signed off|approved)|\bboard already voted|(?:we|the board) voted to)/iu,
)

// words of news a company tells when it is ready (a sale, an exit, a launch, a recall, a cut, a resignation): a
// hush or a date to come next to them makes them a leak; looked up among the tokens, not scanned for
export const NEWS_WORDS = [
  'rapprochement',
  'cession',
  'ceder',
  'divest*',
  'exit the',
  'exiting the',
  'quitter le marche',
  'term sheet',
  'jobs',
  'coupe',
  'couper',
  'cut',
  'cuts',
  'cutting',
  'lancement',
  'lance',
  'lancee',
  'launch*',
  'sort',
  'sortira',
  'sortiront',
  'sortie',
  'debarqu*',
  'comes back',
  'coming back',
  'back on',
  'retour',
  'shelved',
  'shelving',
  'abandonne*',
  'scrapped',
  'recall*',
  'switched off',
  'switching off',
  'shut off',
  'shutting off',
  'gel',
  'freeze',
  'froze',
  'closed',
  'restructur*',
  'reorganisation',
  'reorg*',
  'bid',
  'tender',
  "appel d'offres",
  'remport*',
  'fee',
  'fees',
  'tarif',
  'tarifs',
  'prime',
  'primes',
  'bonus',
  'interessement',
  'rappel des',
  'rappel de',
  'ouvre',
  'ouvrir',
  'ouvrira',
  'sold',
  'vendu',
  'demissionne',
  'stepping down',
  'steps down',
  'successeur',
  'successor',
]
// a reorganisation or a merger of teams or sites with its date to come: "réorganisation du service client en
// janvier", "the two depots merge in May"; an announced one ("confirme un projet de…") is out already
const REORG_AHEAD = quick(
  new RegExp(
    `\\b(?:r[ée]organisation|restructuration|reorg(?:anisation|anization)?|restructur(?:e|ing))\\b[^.!?\\n]{0,60}?\\b${LATER_ON}|\\b(?:fusionnent|fusionneront|vont fusionner|merge|will merge|are merging)\\s+(?:[\\p{L}']+\\s+){0,3}?${LATER_ON}`,
    'iu',
  ),
)

// a deal about to be signed: "on signe avec Carrefour la semaine prochaine", "we're about to sign with Tesco"
const DEAL_AHEAD = quick(
  /\b(?:on (?:va )?signe[rs]?|nous (?:allons )?sign(?:ons|er)|va signer|about to sign|(?:are|'re) (?:signing|going to sign)|will sign)\s+(?:(?:un|le|the|a)\s+(?:contrat|deal|contract|partenariat|partnership)\s+)?(?:avec|with)\s+\p{Lu}[\p{L}'&-]*/u,
)
const DEAL_SOON = quick(
  /\b(?:la semaine prochaine|next week|demain|tomorrow|bient[ôo]t|soon|about to|lundi|mardi|mercredi|jeudi|vendredi|monday|tuesday|wednesday|thursday|friday|scoop|big news coming)\b/iu,
)
// a new head named before the announcement: "le nouveau DG arrive en janvier, c'est Marc Lemoine", "our new CFO
// starts in January: it's Priya Shah"
const NEW_HEAD = quick(
  new RegExp(
    `\\b(?:new|nouveau|nouvelle|next|prochain|prochaine)\\s+(?:CEO|CFO|COO|CTO|DG|PDG|DAF|DRH|directeur g[ée]n[ée]ral|directrice g[ée]n[ée]rale|managing director|MD|pr[ée]sident\\p{L}*)\\b[^.!?\\n]{0,30}?\\b(?:starts|arrives|joins|takes over|arrive|arrivera|commence|d[ée]bute|prend ses fonctions)\\s+${LATER_ON}`,
    'iu',
  ),
)

// opening hours or a day off, not a closure: "le dimanche en août", "at 5pm", "for the day", "exceptionnellement"
const HOURS = quick(
  /\b(?:lundis?|mardis?|mercredis?|jeudis?|vendredis?|samedis?|dimanches?|mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|week-?ends?|\d{1,2}\s?h\d{0,2}|\d{1,2}(?::\d\d)?\s?(?:am|pm)|for the day|pour la journ[ée]e|exceptionnellement|tous les|every)\b/iu,
)
const hoursOnly = (m: RegExpExecArray | null) => (m && !HOURS.test(m[0]) ? m : null)

/** Internal news (a pay freeze, a client lost, a failed audit…) told as a fact, while nothing says it is out. */
export const findUntoldNews = (text: string, alreadyOut: () => boolean): Finding[] => {
  const found: Finding[] = []
  const slip = LAUNCH_SLIPS.exec(text)
  for (const m of [
    PAY_FREEZE.exec(text),
    LOST_CLIENT.exec(text),
    AUDIT_FAILED.exec(text),
    SUPPLIER_FAILING.exec(text),
    BOARD_DECIDED.exec(text),
    hoursOnly(SITE_CLOSING.exec(text)),
    REORG_AHEAD.exec(text),
    DEAL_SOON.test(text) ? DEAL_AHEAD.exec(text) : null,
    NEW_HEAD.exec(text),
    slip && LAUNCH_NEWS.test(text) ? slip : null,
  ])
    if (m) found.push(findingAt(m, 'confidential', 'untold_news', 'medium'))
  return found.length > 0 && alreadyOut() ? [] : found
}

/**
 * Words that change the words around them rather than carry a polarity, for French and English together:
 * posts mix both, and a French negator in an English sentence (or the reverse) still negates.
 */
const words = (list: string): string[] => list.trim().split(/\s+/)

/** Negators look back over a short window; `ne` catches ne…pas/jamais/plus/rien whatever the second part. */
export const NEGATORS: ReadonlySet<string> = new Set(
  words(`
    not no never none nothing nobody nowhere neither nor without cannot cant can't dont don't doesnt doesn't
    didnt didn't isnt isn't wasnt wasn't arent aren't werent weren't wont won't wouldnt wouldn't shouldnt
    shouldn't couldnt couldn't hasnt hasn't havent haven't hadnt hadn't aint ain't neva nope
    ne pas jamais rien aucun aucune sans non ni nan
  `),
)

const INTENSIFIERS = words(`
  very really so too extremely absolutely totally completely utterly incredibly super hugely highly truly most
  deeply fucking freaking damn especially such
  très tres trop vraiment tellement grave hyper ultra méga mega extrêmement totalement complètement absolument
  carrément vachement franchement si tant archi profondément particulièrement putain
`)
const DAMPENERS = words(`
  slightly somewhat barely hardly little kinda kind sort sorta bit marginally
  peu moyennement légèrement assez plutôt presque
`)
/** Intensifiers (positive) and dampeners (negative), added to a polar word's magnitude on VADER's −4..4 scale. */
export const BOOSTERS: ReadonlyMap<string, number> = new Map([
  ...INTENSIFIERS.map((w) => [w, 0.3] as const),
  ...DAMPENERS.map((w) => [w, -0.3] as const),
])

/** A contrast: the clause after weighs more than the one before ("cher mais excellent"). */
export const CONTRASTS: ReadonlySet<string> = new Set(words('but however mais pourtant cependant toutefois'))

/** Skipped when counting the negation window, so "pas du tout un bon produit" still negates "bon". */
export const TRANSPARENT: ReadonlySet<string> = new Set(
  words(`
    a an the at all that this is be am are was were been it very
    un une le la les l du de des d tout toute ce cet cette est suis es sommes êtes sont était été c si
  `),
)

/** French elided prefixes, split off so that "j'adore" looks up "adore" and "n'aime" negates. */
export const ELISIONS: ReadonlyMap<string, string> = new Map([
  ['j', 'je'],
  ['n', 'ne'],
  ['l', 'l'],
  ['qu', 'que'],
  ['c', 'c'],
  ['d', 'd'],
  ['m', 'me'],
  ['t', 'te'],
  ['s', 'se'],
  ['jusqu', 'jusque'],
  ['lorsqu', 'lorsque'],
  ['puisqu', 'puisque'],
  ['quoiqu', 'quoique'],
])

/** Set phrases whose meaning is not the sum of their words (valence −4..4); the first word keys the lookup. */
export const PHRASES: ReadonlyMap<string, number> = new Map([
  ['pas terrible', -1.5],
  ['pas top', -1.5],
  ['pas ouf', -1.5],
  ['pas fou', -1.2],
  ['pas génial', -1.5],
  ['sans plus', -0.8],
  ['pas mal', 1.2],
  ['pas de souci', 1],
  ['pas de soucis', 1],
  ['pas de problème', 1],
  ['pas grave', 0.5],
  ['trop bien', 3],
  ['not bad', 1.2],
  ['no problem', 1],
  ['no worries', 1],
  ['no doubt', 1],
  ['not great', -1.5],
  ['fed up', -2.4],
  ['ras le bol', -2.6],
  ['foutage de gueule', -3],
  ['de rien', 0.5],
])

/** Words of one language that mean something else in the other: never borrowed across languages. */
export const FALSE_FRIENDS: ReadonlySet<string> = new Set(
  words(`
    pain sale lame rape con mine chat coin pet sue fit dire grave fine bras four pour rage ras prix hair mal
    pire bless blesse sot miss car tout
  `),
)

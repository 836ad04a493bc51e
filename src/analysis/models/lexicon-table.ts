import type { Lang } from '../../core/index.ts'

/** Bits of `LexiconTable.emotions`, in the order of EMOTIONS. */
export const EMOTION_BITS = ['anger', 'fear', 'sadness', 'joy', 'surprise', 'disgust'] as const

/** Role flags of a token, besides its valence. */
export const ROLE = {
  negation: 1,
  intensifier: 2,
  contrast: 4,
  sarcasmFollower: 8,
  sarcasmEmoji: 16,
} as const

/** What the lexicons know about one folded token: looked up once per token on the hot path. */
export interface LexiconEntry {
  /** valence in -4..4 (VADER scale; AFINN and FEEL rescaled) */
  valence: number
  /** emotion bit mask (EMOTION_BITS order) */
  emotions: number
  /** ROLE bits */
  roles: number
}

/** Prior word knowledge for one language, keyed by folded token (see tokenise). */
export interface LexiconTable {
  readonly lang: Lang
  readonly entries: ReadonlyMap<string, LexiconEntry>
}

/** Serialised form, written by `npm run train` and read by loadModelFiles. */
export interface LexiconJson {
  lang: Lang
  valence: Record<string, number>
  emotions: Record<string, number>
}

export const lexiconFromJson = (json: LexiconJson): LexiconTable => {
  const entries = new Map<string, LexiconEntry>()
  const entry = (token: string): LexiconEntry => {
    let e = entries.get(token)
    if (e === undefined) {
      e = { valence: 0, emotions: 0, roles: 0 }
      entries.set(token, e)
    }
    return e
  }
  for (const [token, v] of Object.entries(json.valence)) entry(token).valence = v
  for (const [token, mask] of Object.entries(json.emotions)) entry(token).emotions = mask
  const roles: [Set<string>, number][] = [
    [NEGATIONS, ROLE.negation],
    [INTENSIFIERS, ROLE.intensifier],
    [CONTRASTS, ROLE.contrast],
    [SARCASM_FOLLOWERS, ROLE.sarcasmFollower],
    [SARCASM_EMOJI, ROLE.sarcasmEmoji],
  ]
  for (const [set, role] of roles) for (const token of set) entry(token).roles |= role
  return { lang: json.lang, entries }
}

/** A set of the space-separated words of `list`. */
export const words = (list: string) => new Set(list.split(' '))

/** Negation cues, folded; a word ending in n't is a cue too. */
export const NEGATIONS = words(
  'not no never none nobody nothing neither nor cannot cant dont wont isnt aint without hardly ' +
    "ne n' pas jamais rien aucun aucune sans ni nullement guere",
)
export const INTENSIFIERS = words(
  'very really so extremely totally absolutely too super incredibly completely utterly truly ' +
    'tres vraiment trop tellement hyper archi completement totalement absolument grave carrement',
)
export const CONTRASTS = words('but however yet mais pourtant cependant sauf')
/** Emoji and cues used for irony: "great, another outage 🙄". */
export const SARCASM_EMOJI = new Set(['🙄', '😒', '🙃', '😑', '🤡', '🤦'])
export const SARCASM_FOLLOWERS = words('another again more encore nouveau nouvelle autre')

/**
 * Patterns with a quick pre-check. Most of the checker's patterns are long alternations of phrases
 * ("not yet announced", "pas encore annoncé"…) that a draft almost never holds, and running one still reads
 * the whole draft from each position. `quick(pattern)` reads, from the pattern's source, strings one of which
 * any match must contain ("announc", "annonc"…), and answers "no match" at once when the draft holds none of
 * them; otherwise the pattern runs as before. Matches are exactly those of the pattern: the strings are
 * necessary, never sufficient (see `requiredStrings`).
 */

/** What a part of a pattern can match: all its strings when they are few, and strings one of which it contains. */
interface Reading {
  /** every string the part can match, when few and known */
  exact: ReadonlySet<string> | undefined
  /** strings one of which every match contains; undefined when nothing is required */
  required: ReadonlySet<string> | undefined
}

type Node =
  | { type: 'char'; chars: readonly string[] | undefined } // one character among `chars` (undefined: any of many)
  | { type: 'empty' } // an assertion: \b, ^, $, a lookaround
  | { type: 'unknown' } // a back-reference: any string
  | { type: 'seq'; items: Node[] }
  | { type: 'alt'; items: Node[] }
  | { type: 'repeat'; min: number; max: number; item: Node }

const MAX_EXACT = 64
const MAX_CLASS = 8
/** Below this length a required string rules out too few drafts to be worth checking. */
const MIN_REQUIRED = 3

const ESCAPED_CHARS: Readonly<Record<string, string>> = {
  n: '\n',
  r: '\r',
  t: '\t',
  f: '\f',
  v: '\v',
  '0': '\0',
}

class Parser {
  i = 0
  constructor(
    readonly src: string,
    readonly fold: boolean,
  ) {}

  char(c: string): string {
    return this.fold ? c.toLowerCase() : c
  }

  /** One character of the source, a whole code point. */
  next(): string {
    const c = String.fromCodePoint(this.src.codePointAt(this.i)!)
    this.i += c.length
    return c
  }

  alternation(): Node {
    const items = [this.sequence()]
    while (this.src[this.i] === '|') {
      this.i++
      items.push(this.sequence())
    }
    return items.length === 1 ? items[0]! : { type: 'alt', items }
  }

  sequence(): Node {
    const items: Node[] = []
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const part = this.quantified(this.atom())
      // a split repeat's two halves join the sequence, so that the first half joins the strings around it
      if (part.type === 'seq') items.push(...part.items)
      else items.push(part)
    }
    return { type: 'seq', items }
  }

  quantified(item: Node): Node {
    const c = this.src[this.i]
    let min: number
    let max: number
    if (c === '*' || c === '+' || c === '?') {
      this.i++
      min = c === '+' ? 1 : 0
      max = c === '?' ? 1 : Number.POSITIVE_INFINITY
    } else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i))
      if (!m) return item
      this.i += m[0].length
      min = Number(m[1])
      max = m[2] === undefined ? min : m[3] === '' ? Number.POSITIVE_INFINITY : Number(m[3])
    } else return item
    if (this.src[this.i] === '?') this.i++ // lazy: the same strings
    // `u+` is `u` then `u*`: the first one joins the strings around it (`chu+t` requires "chu")
    if (min >= 1 && max > min)
      return {
        type: 'seq',
        items: [
          { type: 'repeat', min, max: min, item },
          { type: 'repeat', min: 0, max: max - min, item },
        ],
      }
    return { type: 'repeat', min, max, item }
  }

  atom(): Node {
    const c = this.next()
    if (c === '(') {
      let look = false
      if (this.src.startsWith('?:', this.i)) this.i += 2
      else if (/^\?<?[=!]/.test(this.src.slice(this.i, this.i + 3))) {
        look = true
        this.i += this.src[this.i + 1] === '<' ? 3 : 2
      } else if (this.src.startsWith('?<', this.i)) this.i = this.src.indexOf('>', this.i) + 1
      const inner = this.alternation()
      if (this.src[this.i] !== ')') throw new Error(`unbalanced group in /${this.src}/`)
      this.i++
      // a lookaround asks more of the text, never less: leaving it out keeps the strings necessary
      return look ? { type: 'empty' } : inner
    }
    if (c === '[') return this.charClass()
    if (c === '.') return { type: 'char', chars: undefined }
    if (c === '^' || c === '$') return { type: 'empty' }
    if (c === '\\') return this.escape()
    return { type: 'char', chars: [this.char(c)] }
  }

  escape(): Node {
    const c = this.next()
    if (c === 'b' || c === 'B') return { type: 'empty' }
    if (/^[1-9]$/.test(c) || c === 'k') return { type: 'unknown' }
    const one = this.escapedChar(c)
    return { type: 'char', chars: one === undefined ? undefined : [this.char(one)] }
  }

  /** The character an escape stands for, or undefined for a class of many (\d, \s, \w, \p{…}…). */
  escapedChar(c: string): string | undefined {
    if ('dDsSwW'.includes(c)) return undefined
    if (c === 'p' || c === 'P') {
      this.i = this.src.indexOf('}', this.i) + 1
      return undefined
    }
    if (c === 'x' || c === 'u' || c === 'c') return this.codeEscape(c)
    return ESCAPED_CHARS[c] ?? c
  }

  codeEscape(c: string): string | undefined {
    const rest = this.src.slice(this.i)
    const m =
      c === 'x'
        ? /^[0-9a-fA-F]{2}/.exec(rest)
        : c === 'u'
          ? (/^\{[0-9a-fA-F]+\}/.exec(rest) ?? /^[0-9a-fA-F]{4}/.exec(rest))
          : /^[a-zA-Z]/.exec(rest)
    if (!m) return c
    this.i += m[0].length
    if (c === 'c') return String.fromCharCode(m[0].charCodeAt(0) % 32)
    return String.fromCodePoint(Number.parseInt(m[0].replace(/[{}]/g, ''), 16))
  }

  charClass(): Node {
    const negated = this.src[this.i] === '^'
    if (negated) this.i++
    const chars: string[] = []
    let many = negated
    let first = true
    while (this.i < this.src.length && (first || this.src[this.i] !== ']')) {
      first = false
      const from = this.classChar()
      if (this.src[this.i] === '-' && this.src[this.i + 1] !== ']' && this.i + 1 < this.src.length) {
        this.i++
        const to = this.classChar()
        if (from === undefined || to === undefined) many = true
        else {
          const a = from.codePointAt(0)!
          const b = to.codePointAt(0)!
          if (b - a + 1 > MAX_CLASS) many = true
          else for (let x = a; x <= b; x++) chars.push(String.fromCodePoint(x))
        }
      } else if (from === undefined) many = true
      else chars.push(from)
    }
    this.i++ // ]
    if (many || chars.length > MAX_CLASS) return { type: 'char', chars: undefined }
    return { type: 'char', chars: [...new Set(chars.map((x) => this.char(x)))] }
  }

  classChar(): string | undefined {
    const c = this.next()
    if (c !== '\\') return c
    const e = this.next()
    return e === 'b' ? '\b' : this.escapedChar(e)
  }
}

const product = (a: ReadonlySet<string>, b: ReadonlySet<string>): Set<string> | undefined => {
  if (a.size * b.size > MAX_EXACT) return undefined
  const out = new Set<string>()
  for (const x of a) for (const y of b) out.add(x + y)
  return out
}

/** How much a set of required strings narrows: its shortest string, then fewer strings. */
const better = (a: ReadonlySet<string> | undefined, b: ReadonlySet<string> | undefined) => {
  if (!a) return b
  if (!b) return a
  const shortest = (s: ReadonlySet<string>) => Math.min(...[...s].map((x) => x.length))
  const la = shortest(a)
  const lb = shortest(b)
  return lb > la || (lb === la && b.size < a.size) ? b : a
}

/** Strings from an exact set, when the part can never match the empty string. */
const asRequired = (exact: ReadonlySet<string> | undefined) =>
  exact && !exact.has('') && exact.size > 0 ? exact : undefined

const read = (node: Node): Reading => {
  switch (node.type) {
    case 'char': {
      const exact = node.chars ? new Set(node.chars) : undefined
      return { exact, required: asRequired(exact) }
    }
    case 'empty':
      return { exact: new Set(['']), required: undefined }
    case 'unknown':
      return { exact: undefined, required: undefined }
    case 'alt': {
      const parts = node.items.map(read)
      let exact: Set<string> | undefined = new Set<string>()
      for (const p of parts) {
        if (!p.exact || !exact) exact = undefined
        else for (const s of p.exact) exact.add(s)
      }
      if (exact && exact.size > MAX_EXACT) exact = undefined
      // every branch must require something: a match is one branch's match
      let required: Set<string> | undefined = new Set<string>()
      for (const p of parts) {
        const r = p.required ?? asRequired(p.exact)
        if (!r || !required) required = undefined
        else for (const s of r) required.add(s)
      }
      return { exact, required }
    }
    case 'repeat': {
      const inner = read(node.item)
      if (node.min === 0) {
        const exact = node.max === 1 && inner.exact ? new Set(['', ...inner.exact]) : undefined
        return { exact, required: undefined }
      }
      let exact: Set<string> | undefined
      if (inner.exact && node.max === node.min && node.min <= 3) {
        exact = new Set([''])
        for (let k = 0; k < node.min && exact; k++) exact = product(exact, inner.exact)
      }
      // at least one repetition: whatever one requires, all do
      return { exact, required: better(inner.required, asRequired(inner.exact)) }
    }
    case 'seq': {
      // runs of parts whose strings are known are multiplied out; any run, or any part's requirement, is required
      let run: Set<string> | undefined = new Set([''])
      let best: ReadonlySet<string> | undefined
      let allExact = true
      for (const item of node.items) {
        const p = read(item)
        const next: Set<string> | undefined = p.exact && run ? product(run, p.exact) : undefined
        if (next) {
          run = next
          continue
        }
        best = better(best, asRequired(run))
        best = better(best, p.required)
        allExact = false
        run = p.exact ? new Set(p.exact) : new Set([''])
      }
      best = better(best, asRequired(run))
      return { exact: allExact ? run : undefined, required: best }
    }
  }
}

/**
 * Strings one of which every match of the pattern contains (lowercased when the pattern ignores case), or
 * undefined when no string of at least three characters is required.
 */
export const requiredStrings = (pattern: RegExp): readonly string[] | undefined => {
  const parser = new Parser(pattern.source, pattern.ignoreCase)
  const tree = parser.alternation()
  if (parser.i !== pattern.source.length) throw new Error(`cannot read /${pattern.source}/`)
  const r = read(tree)
  const required = r.required ?? asRequired(r.exact)
  // an emoji is two UTF-16 units, and rare enough to look for
  if (!required || [...required].some((s) => s.length < MIN_REQUIRED && !/[^\x00-\x7f]/.test(s)))
    return undefined
  return [...required]
}

// The pre-check reads pairs of characters: a required string can be in a text only if each of its pairs is.
// Each text's pairs are marked once in a table (hashed; a collision only lets the pattern run), stamped with
// a number per text so that the table is never cleared.
const PAIR_BITS = 16
const marks = new Uint32Array(1 << PAIR_BITS)
let stamp = 0
let markedText: string | undefined
const pairKey = (a: number, b: number) =>
  Math.imul(Math.imul(a, 0x9e3779b1) ^ b, 0x85ebca6b) >>> (32 - PAIR_BITS)

/**
 * Marks the pairs of the text as a case-ignoring pattern compares it: lowercase, and the long s (ſ), which
 * such a pattern reads as an s, as s. A case-sensitive pattern's strings are lowercased too: a text holding
 * "AFP" holds "afp" once lowercased.
 */
const markPairs = (text: string) => {
  if (text === markedText) return
  markedText = text
  stamp = (stamp + 1) >>> 0
  const folded = text.toLowerCase().replace(/ſ/g, 's')
  for (let i = 0; i + 1 < folded.length; i++)
    marks[pairKey(folded.charCodeAt(i), folded.charCodeAt(i + 1))] = stamp
}

const pairsOf = (s: string): Int32Array => {
  const f = s.toLowerCase()
  const keys = new Int32Array(f.length - 1)
  for (let i = 0; i + 1 < f.length; i++) keys[i] = pairKey(f.charCodeAt(i), f.charCodeAt(i + 1))
  return keys
}

/** A pattern whose matches are those of the plain one; it fails at once on a text that holds no required string. */
export class QuickPattern extends RegExp {
  static override get [Symbol.species]() {
    return RegExp
  }
  readonly required: readonly string[]
  readonly #pairs: readonly Int32Array[]

  constructor(pattern: RegExp, required: readonly string[]) {
    super(pattern.source, pattern.flags)
    this.required = required
    this.#pairs = required.map(pairsOf)
  }

  /** False when the text holds none of the required strings, so that the pattern cannot match it. */
  mayMatch(text: string): boolean {
    markPairs(text)
    for (const keys of this.#pairs) {
      let all = true
      for (let i = 0; i < keys.length; i++)
        if (marks[keys[i]!] !== stamp) {
          all = false
          break
        }
      if (all) return true
    }
    return false
  }

  private fail(): null {
    if (this.global || this.sticky) this.lastIndex = 0
    return null
  }

  // a text that may match is read by a plain copy of the pattern: the engine's fast paths are for plain ones
  readonly #plain = new RegExp(this.source, this.flags)
  #run<R>(read: (plain: RegExp) => R): R {
    const plain = this.#plain
    plain.lastIndex = this.lastIndex
    const result = read(plain)
    this.lastIndex = plain.lastIndex
    return result
  }

  override exec(text: string): RegExpExecArray | null {
    return this.mayMatch(text) ? this.#run((p) => p.exec(text)) : this.fail()
  }

  override test(text: string): boolean {
    return this.mayMatch(text) ? this.#run((p) => p.test(text)) : this.fail() !== null
  }

  override [Symbol.matchAll](text: string): RegExpStringIterator<RegExpMatchArray> {
    if (!this.mayMatch(text)) return ([] as RegExpMatchArray[])[Symbol.iterator]() as never
    return this.#run((p) => p[Symbol.matchAll](text))
  }

  override [Symbol.replace](text: string, replacement: string): string
  override [Symbol.replace](text: string, replacer: (substring: string, ...args: unknown[]) => string): string
  override [Symbol.replace](
    text: string,
    with_: string | ((substring: string, ...args: unknown[]) => string),
  ) {
    if (!this.mayMatch(text)) {
      this.fail()
      return text
    }
    return this.#run((p) => p[Symbol.replace](text, with_ as string))
  }
}

/** Every pattern given a pre-check, for the test that compares them with the plain patterns. */
export const QUICK_PATTERNS: QuickPattern[] = []

/** The pattern with a quick pre-check when its source requires some string; the pattern itself otherwise. */
export const quick = (pattern: RegExp): RegExp => {
  const required = requiredStrings(pattern)
  if (!required) return pattern
  const q = new QuickPattern(pattern, required)
  QUICK_PATTERNS.push(q)
  return q
}

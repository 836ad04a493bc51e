// Our own reading of the boolean brand-query language, used to check that the
// texts we write really match the brand's query (about 90 % must). Why strict:
// a plain term only matches a bare word (not a #tag or @handle), so whatever
// the detector's exact rules, our matching posts match there too.

type Node =
  | { k: 'term'; v: string; prefix: boolean }
  | { k: 'phrase'; words: string[] }
  | { k: 'and' | 'or'; a: Node; b: Node }
  | { k: 'not'; a: Node }

export function normalise(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
}

export function tokenize(text: string): string[] {
  return normalise(text).match(/[@#]?[\p{L}\p{N}_]+/gu) ?? []
}

function lex(query: string): string[] {
  const out: string[] = []
  const re = /\s*("[^"]*"|\(|\)|[^\s()"]+)/g
  for (const m of query.matchAll(re)) out.push(m[1])
  return out
}

function parse(tokens: string[]): Node {
  let i = 0
  const peek = (): string | undefined => tokens[i]
  const orExpr = (): Node => {
    let left = andExpr()
    while (peek() === 'OR') {
      i++
      left = { k: 'or', a: left, b: andExpr() }
    }
    return left
  }
  const andExpr = (): Node => {
    let left = notExpr()
    for (;;) {
      const t = peek()
      if (t === undefined || t === 'OR' || t === ')') return left
      if (t === 'AND') i++
      left = { k: 'and', a: left, b: notExpr() }
    }
  }
  const notExpr = (): Node => {
    if (peek() === 'NOT') {
      i++
      return { k: 'not', a: notExpr() }
    }
    return primary()
  }
  const primary = (): Node => {
    const t = tokens[i++]
    if (t === undefined) throw new Error('query ends too early')
    if (t === '(') {
      const n = orExpr()
      if (tokens[i++] !== ')') throw new Error('missing )')
      return n
    }
    if (t.startsWith('"'))
      return { k: 'phrase', words: tokenize(t.slice(1, -1)).map((w) => w.replace(/^[@#]/, '')) }
    const prefix = t.endsWith('*')
    return { k: 'term', v: normalise(prefix ? t.slice(0, -1) : t), prefix }
  }
  const n = orExpr()
  if (i !== tokens.length) throw new Error(`unexpected "${tokens[i]}"`)
  return n
}

function evaluate(n: Node, toks: string[], bare: string[]): boolean {
  switch (n.k) {
    case 'term':
      return toks.some((t) => (n.prefix ? t.startsWith(n.v) : t === n.v))
    case 'phrase':
      for (let i = 0; i + n.words.length <= bare.length; i++) {
        if (n.words.every((w, j) => bare[i + j] === w)) return true
      }
      return false
    case 'and':
      return evaluate(n.a, toks, bare) && evaluate(n.b, toks, bare)
    case 'or':
      return evaluate(n.a, toks, bare) || evaluate(n.b, toks, bare)
    case 'not':
      return !evaluate(n.a, toks, bare)
  }
}

/** Compile a query into a predicate over a post's text (and title). */
export function compileQuery(query: string): (text: string) => boolean {
  const tree = parse(lex(query))
  return (text: string) => {
    const toks = tokenize(text)
    const bare = toks.map((t) => t.replace(/^[@#]/, ''))
    return evaluate(tree, toks, bare)
  }
}

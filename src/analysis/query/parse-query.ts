import { type Lexeme, lexQuery } from './lex-query.ts'
import { parseWord, parseWords } from './parse-word.ts'
import { invalidQuery } from './query-error.ts'
import { isPositional, type QueryNode } from './query-node.ts'

/** Longer than any brand query people write (commercial tools stop at about 4,000 characters). */
export const MAX_QUERY_LENGTH = 10_000
/**
 * Levels of parentheses, NOT (or `-`) and NEAR one inside another. Far more than a person writes, and low
 * enough that parsing, indexing and matching (all recursive over the syntax tree) never exhaust the stack.
 */
export const MAX_QUERY_DEPTH = 100

const STARTS_TERM = new Set<Lexeme['type']>(['word', 'phrase', 'open', 'not', 'minus'])
const SPELLING: Partial<Record<Lexeme['type'], string>> = {
  and: 'AND',
  or: 'OR',
  not: 'NOT',
  minus: '-',
  near: 'NEAR',
}

/**
 * Parses a brand query (see docs/query-language.md). Precedence: NOT > NEAR > AND > OR; adjacent terms
 * are ANDed. Throws `AppError('invalid', message, { position, reason })` on a bad query.
 */
export const parseQuery = (text: string): QueryNode => {
  if (text.length > MAX_QUERY_LENGTH)
    throw invalidQuery(
      MAX_QUERY_LENGTH,
      `query too long: ${text.length} characters, at most ${MAX_QUERY_LENGTH}`,
    )
  const lexemes = lexQuery(text)
  if (lexemes.length === 1) throw invalidQuery(0, 'empty query')
  const root = new Parser(lexemes).parseQuery()
  rejectOnlyNegative(root)
  return root
}

/** Recursive descent, one method per precedence level. */
class Parser {
  private next = 0
  private depth = 0
  constructor(private readonly lexemes: readonly Lexeme[]) {}

  /** One level deeper (a group, a NOT, a NEAR link), refused past `MAX_QUERY_DEPTH` before recursing. */
  private enter(at: number): void {
    if (++this.depth > MAX_QUERY_DEPTH)
      throw invalidQuery(
        at,
        `too deeply nested: at most ${MAX_QUERY_DEPTH} levels of parentheses, NOT and NEAR`,
      )
  }

  parseQuery(): QueryNode {
    const root = this.parseOr()
    const rest = this.peek()
    if (rest.type === 'close') throw invalidQuery(rest.at, 'unbalanced parenthesis: nothing to close')
    if (rest.type !== 'end') throw invalidQuery(rest.at, 'unexpected input')
    return root
  }

  private peek(): Lexeme {
    return this.lexemes[this.next] ?? this.lexemes[this.lexemes.length - 1]!
  }

  private take(): Lexeme {
    const lexeme = this.peek()
    if (lexeme.type !== 'end') this.next++
    return lexeme
  }

  private expectTerm(after: Lexeme): void {
    const found = this.peek()
    if (!STARTS_TERM.has(found.type)) {
      throw invalidQuery(found.at, `expected a term after ${SPELLING[after.type] ?? after.type}`)
    }
  }

  private parseOr(): QueryNode {
    const operands = [this.parseAnd()]
    while (this.peek().type === 'or') {
      this.expectTerm(this.take())
      operands.push(this.parseAnd())
    }
    return operands.length === 1 ? operands[0]! : { kind: 'or', operands, at: operands[0]!.at }
  }

  private parseAnd(): QueryNode {
    const operands = [this.parseNear()]
    for (;;) {
      const found = this.peek()
      if (found.type === 'and') this.expectTerm(this.take())
      else if (!STARTS_TERM.has(found.type)) break
      operands.push(this.parseNear())
    }
    return operands.length === 1 ? operands[0]! : { kind: 'and', operands, at: operands[0]!.at }
  }

  private parseNear(): QueryNode {
    const depth = this.depth
    let left = this.parseUnary()
    // each link of a chain nests the left side one level deeper in the tree
    for (let found = this.peek(); found.type === 'near'; found = this.peek()) {
      this.enter(found.at)
      this.take()
      this.expectTerm(found)
      const right = this.parseUnary()
      for (const side of [left, right]) {
        if (!isPositional(side))
          throw invalidQuery(side.at, 'NEAR needs words, phrases or wildcards on both sides')
      }
      left = { kind: 'near', distance: found.distance, left, right, at: left.at }
    }
    this.depth = depth
    return left
  }

  private parseUnary(): QueryNode {
    const found = this.peek()
    if (found.type !== 'not' && found.type !== 'minus') return this.parsePrimary()
    this.enter(found.at)
    this.take()
    this.expectTerm(found)
    const operand = this.parseUnary()
    this.depth--
    return { kind: 'not', operand, at: found.at }
  }

  private parsePrimary(): QueryNode {
    const found = this.take()
    switch (found.type) {
      case 'word':
        return parseWord(found.text, found.at)
      case 'phrase':
        return parseWords(found.text, found.at, 'empty phrase')
      case 'open':
        return this.parseGroup(found)
      case 'close':
        throw invalidQuery(found.at, 'unbalanced parenthesis: nothing to close')
      case 'end':
        throw invalidQuery(found.at, 'expected a term')
      default:
        throw invalidQuery(found.at, `expected a term before ${SPELLING[found.type] ?? found.type}`)
    }
  }

  private parseGroup(open: Lexeme): QueryNode {
    if (this.peek().type === 'close') throw invalidQuery(open.at, 'empty parentheses')
    this.enter(open.at)
    const inner = this.parseOr()
    if (this.take().type !== 'close') throw invalidQuery(open.at, 'unbalanced parenthesis: never closed')
    this.depth--
    return inner
  }
}

/** True when the node requires something to be present, so it cannot match every post. */
const requiresSomething = (node: QueryNode): boolean => {
  if (node.kind === 'not') return false
  if (node.kind === 'and') return node.operands.some(requiresSomething)
  if (node.kind === 'or') return node.operands.every(requiresSomething)
  return true
}

/** `NOT sfr` (or `orange OR NOT sfr`) would match nearly every post ever collected: refused. */
const rejectOnlyNegative = (node: QueryNode): void => {
  if (requiresSomething(node)) return
  const negative = node.kind === 'or' ? (node.operands.find((o) => !requiresSomething(o)) ?? node) : node
  throw invalidQuery(negative.at, 'a query cannot be only NOT terms: add a term to match')
}

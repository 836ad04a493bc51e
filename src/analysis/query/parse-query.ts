import { type Lexeme, lexQuery } from './lex-query.ts'
import { parseWord, parseWords } from './parse-word.ts'
import { invalidQuery } from './query-error.ts'
import { isPositional, type QueryNode } from './query-node.ts'

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
  const lexemes = lexQuery(text)
  if (lexemes.length === 1) throw invalidQuery(0, 'empty query')
  let next = 0
  const peek = (): Lexeme => lexemes[next] ?? lexemes[lexemes.length - 1]!
  const take = (): Lexeme => lexemes[next++] ?? lexemes[lexemes.length - 1]!

  const expectTerm = (after: Lexeme): void => {
    const found = peek()
    if (STARTS_TERM.has(found.type)) return
    throw invalidQuery(found.at, `expected a term after ${SPELLING[after.type] ?? after.type}`)
  }
  const parseOr = (): QueryNode => {
    const operands = [parseAnd()]
    while (peek().type === 'or') {
      expectTerm(take())
      operands.push(parseAnd())
    }
    return operands.length === 1 ? operands[0]! : { kind: 'or', operands, at: operands[0]!.at }
  }
  const parseAnd = (): QueryNode => {
    const operands = [parseNear()]
    for (;;) {
      const found = peek()
      if (found.type === 'and') expectTerm(take())
      else if (!STARTS_TERM.has(found.type)) break
      operands.push(parseNear())
    }
    return operands.length === 1 ? operands[0]! : { kind: 'and', operands, at: operands[0]!.at }
  }
  const parseNear = (): QueryNode => {
    let left = parseUnary()
    for (let found = peek(); found.type === 'near'; found = peek()) {
      take()
      expectTerm(found)
      const right = parseUnary()
      for (const side of [left, right]) {
        if (!isPositional(side))
          throw invalidQuery(side.at, 'NEAR needs words, phrases or wildcards on both sides')
      }
      left = { kind: 'near', distance: found.distance, left, right, at: left.at }
    }
    return left
  }
  const parseUnary = (): QueryNode => {
    const found = peek()
    if (found.type !== 'not' && found.type !== 'minus') return parsePrimary()
    take()
    expectTerm(found)
    return { kind: 'not', operand: parseUnary(), at: found.at }
  }
  const parsePrimary = (): QueryNode => {
    const found = take()
    switch (found.type) {
      case 'word':
        return parseWord(found.text, found.at)
      case 'phrase':
        return parseWords(found.text, found.at, 'empty phrase')
      case 'open':
        return parseGroup(found)
      case 'close':
        throw invalidQuery(found.at, 'unbalanced parenthesis: nothing to close')
      case 'end':
        throw invalidQuery(found.at, 'expected a term')
      default:
        throw invalidQuery(found.at, `expected a term before ${SPELLING[found.type] ?? found.type}`)
    }
  }
  const parseGroup = (open: Lexeme): QueryNode => {
    if (peek().type === 'close') throw invalidQuery(open.at, 'empty parentheses')
    const inner = parseOr()
    if (take().type !== 'close') throw invalidQuery(open.at, 'unbalanced parenthesis: never closed')
    return inner
  }

  const root = parseOr()
  const rest = peek()
  if (rest.type === 'close') throw invalidQuery(rest.at, 'unbalanced parenthesis: nothing to close')
  if (rest.type !== 'end') throw invalidQuery(rest.at, 'unexpected input')
  rejectOnlyNegative(root)
  return root
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

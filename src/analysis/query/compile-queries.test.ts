import assert from 'node:assert/strict'
import { test } from 'node:test'
import { AppError, type BrandQuery } from '../../core/index.ts'
import { compileQueries } from './index.ts'

const brandQuery = (id: string, query: string): BrandQuery => ({
  id,
  workspaceId: 'w',
  brand: id,
  query,
  owned: [],
})

interface Post {
  text: string
  title?: string
  lang?: string
  handle?: string
}
const matches = (query: string, post: string | Post): boolean => {
  const p = typeof post === 'string' ? { text: post } : post
  const mention = { text: p.text, title: p.title, lang: p.lang, author: { handle: p.handle ?? 'someone' } }
  return compileQueries([brandQuery('q', query)]).match(mention).length === 1
}

test('a term matches a whole word, not a part of one', () => {
  assert.ok(matches('orange', 'Mon forfait Orange a encore augmenté'))
  assert.ok(!matches('orange', 'les orangeraies de Séville'))
})

test('matching ignores case and accents, both ways', () => {
  assert.ok(matches('"Numéricable"', 'NUMERICABLE ne répond plus'))
  assert.ok(matches('numericable', 'numéricable ne répond plus'))
  assert.ok(matches('Société Générale', 'la SOCIETE GENERALE'))
  assert.ok(matches('œuvre', 'une belle oeuvre'))
})

test('French elisions with straight or curly apostrophes expose the word', () => {
  assert.ok(matches('orange', "Je quitte l'Orange store"))
  assert.ok(matches('orange', 'Le service d’Orange est nul'))
  assert.ok(matches('"service d\'orange"', 'le service d’Orange'))
})

test('AND needs both sides, OR either, NOT excludes', () => {
  assert.ok(matches('orange AND panne', 'Orange en panne'))
  assert.ok(!matches('orange AND panne', 'Orange au top'))
  assert.ok(matches('sfr OR orange', 'Orange au top'))
  assert.ok(!matches('sfr OR orange', 'Free au top'))
  assert.ok(matches('orange NOT fruit', 'Orange en panne'))
  assert.ok(!matches('orange NOT fruit', 'un fruit, une orange'))
  assert.ok(!matches('orange -fruit', 'un fruit, une orange'))
})

test('implicit AND joins adjacent terms', () => {
  assert.ok(matches('orange panne', 'panne chez Orange'))
  assert.ok(!matches('orange panne', 'Orange au top'))
})

test('NOT binds tighter than AND, and AND tighter than OR', () => {
  // (free AND mobile) OR (orange AND NOT fruit)
  assert.ok(matches('free mobile OR orange NOT fruit', 'Free mobile au top'))
  assert.ok(matches('free mobile OR orange NOT fruit', 'Orange au top'))
  assert.ok(!matches('free mobile OR orange NOT fruit', 'jus de fruit orange'))
  assert.ok(!matches('free mobile OR orange NOT fruit', 'free wifi'))
})

test('a phrase matches consecutive words only', () => {
  assert.ok(matches('"service client"', 'Le Service-Client de SFR'))
  assert.ok(!matches('"service client"', 'le client du service'))
})

test('NEAR matches both words within n words, in either order', () => {
  assert.ok(matches('livebox NEAR/3 panne', 'ma livebox est en panne'))
  assert.ok(matches('livebox NEAR/3 panne', 'panne de la livebox'))
  assert.ok(matches('livebox NEAR/1 panne', 'livebox panne totale'))
  assert.ok(!matches('livebox NEAR/2 panne', 'ma livebox est encore en panne'))
  assert.ok(!matches('livebox NEAR/3 panne', 'ma livebox marche bien sans aucune panne'))
})

test('NEAR takes phrases, wildcards and OR groups as operands', () => {
  assert.ok(matches('"service client" NEAR/2 nul*', 'service client vraiment nullissime'))
  assert.ok(!matches('"service client" NEAR/1 nul', 'nul vraiment le service client'))
  assert.ok(matches('(livebox OR decodeur) NEAR/2 panne', 'décodeur en panne'))
})

test('NEAR does not join a word of the title with a word of the text', () => {
  assert.ok(!matches('livebox NEAR/3 panne', { title: 'Panne', text: 'Livebox' }))
  assert.ok(matches('livebox panne', { title: 'Panne', text: 'Livebox' }))
})

test('a trailing * matches any ending and ? exactly one character', () => {
  assert.ok(matches('numeri*', 'Numéricable'))
  assert.ok(matches('numeri*', 'numeri'))
  assert.ok(!matches('numeri*', 'le numéro'))
  assert.ok(matches('wo?d', 'the word'))
  assert.ok(!matches('wo?d', 'the woood'))
  assert.ok(matches('ora*ge', 'Orange'))
})

test('a #hashtag or @mention term matches only the tag, a bare word also matches tags', () => {
  assert.ok(matches('#orange', 'Bravo #Orange'))
  assert.ok(!matches('#orange', 'Bravo Orange'))
  assert.ok(!matches('@orange', 'Bravo Orange'))
  assert.ok(matches('@orange', 'Merci @Orange'))
  assert.ok(matches('orange', 'Bravo #Orange'))
  assert.ok(!matches('@orange', 'écrivez à support@orange.fr'))
})

test('a bare word does not match inside a longer hashtag, a wildcard does', () => {
  assert.ok(!matches('orange', 'Bravo #OrangeFrance'))
  assert.ok(matches('orange*', 'Bravo #OrangeFrance'))
  assert.ok(matches('#orange*', 'Bravo #OrangeFrance'))
})

test('from: matches the author handle, with or without @, in any case', () => {
  assert.ok(matches('orange from:orange_fr', { text: 'nouvelle offre orange', handle: '@Orange_FR' }))
  assert.ok(matches('from:@ORANGE_FR', { text: 'nouvelle offre', handle: 'orange_fr' }))
  assert.ok(!matches('from:orange_fr', { text: 'nouvelle offre', handle: 'orange_france' }))
  assert.ok(matches('from:orange', { text: 'hello', handle: 'orange@mastodon.social' }))
})

test('lang: matches the language given to match, or else the mention language', () => {
  assert.ok(matches('orange lang:fr', { text: 'Orange en panne', lang: 'fr' }))
  assert.ok(matches('orange lang:fr', { text: 'Orange en panne', lang: 'fr-CA' }))
  assert.ok(!matches('orange lang:fr', { text: 'Orange is down', lang: 'en' }))
  assert.ok(!matches('orange lang:fr', { text: 'Orange is down' }))
  const matcher = compileQueries([brandQuery('q', 'orange lang:en')])
  assert.deepEqual(matcher.match({ text: 'Orange is down', lang: 'fr', author: { handle: 'a' } }, 'en'), [
    'q',
  ])
})

test('a query with no word to look up (lang: alone) is still evaluated', () => {
  assert.ok(matches('lang:fr', { text: 'rien à voir', lang: 'fr' }))
  assert.ok(matches('lang:fr NOT orange', { text: 'rien à voir', lang: 'fr' }))
  assert.ok(!matches('lang:fr NOT orange', { text: 'Orange', lang: 'fr' }))
})

test('the matcher returns every matching query id in the order the queries were given', () => {
  const matcher = compileQueries([
    brandQuery('sfr', 'sfr OR "red by sfr"'),
    brandQuery('orange', 'orange OR sosh'),
    brandQuery('free', 'free mobile'),
  ])
  const post = { text: 'Sosh, SFR ou Free ? Je reste chez Orange', author: { handle: 'a' } }
  assert.deepEqual(matcher.match(post), ['sfr', 'orange'])
  assert.deepEqual(matcher.match({ text: 'rien', author: { handle: 'a' } }), [])
})

test('an invalid query is reported with its id and position', () => {
  assert.throws(
    () => compileQueries([brandQuery('ok', 'orange'), brandQuery('broken', 'orange AND')]),
    (error: unknown) =>
      error instanceof AppError &&
      error.code === 'invalid' &&
      error.message === 'query broken: expected a term after AND at column 11' &&
      (error.details as { position: number }).position === 10,
  )
})

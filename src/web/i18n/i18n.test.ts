import assert from 'node:assert/strict'
import { test } from 'node:test'
import { chooseLanguage, MESSAGES, translator } from './i18n.ts'

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()

test('every key exists in French and in English, none empty, with the same placeholders', () => {
  const en = MESSAGES.en
  const fr = MESSAGES.fr
  assert.deepEqual(Object.keys(fr).sort(), Object.keys(en).sort())
  for (const key of Object.keys(en) as (keyof typeof en)[]) {
    assert.ok(en[key].trim() && fr[key].trim(), key)
    assert.deepEqual(placeholders(fr[key]), placeholders(en[key]), key)
  }
})

test('placeholders are replaced as text, and unknown ones are left visible', () => {
  const t = translator('fr')
  assert.equal(t('mention.followers', { count: '<b>3</b>' }), '<b>3</b> abonnés')
  assert.equal(t('mention.followers'), '{count} abonnés')
})

test('the language is the account’s, else the one asked for, else remembered, else the browser’s, else English', () => {
  assert.equal(chooseLanguage({ account: 'en', asked: 'fr', remembered: 'fr' }), 'en')
  assert.equal(chooseLanguage({ account: null, asked: 'fr', remembered: 'en' }), 'fr')
  assert.equal(chooseLanguage({ asked: 'de', remembered: 'fr' }), 'fr')
  assert.equal(chooseLanguage({ browser: ['de-DE', 'fr-CA', 'en'] }), 'fr')
  assert.equal(chooseLanguage({ browser: ['es'] }), 'en')
})

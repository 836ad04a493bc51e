import assert from 'node:assert/strict'
import { test } from 'node:test'
import { QuickPattern, quick, requiredStrings } from './quick-pattern.ts'

test('a pattern requires the strings one of which each of its branches must contain, lowercased when it ignores case', () => {
  // the longest of the required sets is kept: "not yet" or "pas encore" rather than "annonc"
  assert.deepEqual(requiredStrings(/\b(?:not yet|pas encore)\s+annonc\w*/iu), ['not yet', 'pas encore'])
  assert.deepEqual(requiredStrings(/\b(?:yet|encore)\s+Announc\w*/iu), ['announc'])
  assert.deepEqual(requiredStrings(/\bchu+t\b|\bShh+/u), ['chu', 'Shh'])
  assert.deepEqual([...(requiredStrings(/\bd[ée]j[àa]\b/iu) ?? [])].sort(), ['deja', 'dejà', 'déja', 'déjà'])
  assert.deepEqual(requiredStrings(/🤫|(?<!\d)top secret(?=\s)/u), ['🤫', 'top secret'])
})

test('a pattern with a branch that requires nothing long enough gets no pre-check', () => {
  assert.equal(requiredStrings(/\bembargo\b|\d{2}/u), undefined)
  assert.equal(requiredStrings(/\b(?:ok|no)\b/iu), undefined)
  assert.deepEqual(requiredStrings(/(?:internal)?\s+only/iu), ['only'])
  assert.ok(!(quick(/\d+ %/u) instanceof QuickPattern))
})

test('a quick pattern finds exactly what the plain pattern finds, by exec, test, matchAll and replace', () => {
  const texts = ['Sous embargo jusqu’à jeudi, EMBARGO levé lundi', 'nothing to see here', 'ſous emBargo', '']
  for (const plain of [/\bembargo\b/iu, /\bembargo\b/giu, /Embargo|EMBARGO/gu]) {
    const fast = quick(plain)
    assert.ok(fast instanceof QuickPattern)
    for (const text of texts) {
      const slow = new RegExp(plain.source, plain.flags)
      assert.deepEqual(fast.exec(text)?.index, slow.exec(text)?.index, `${plain} exec «${text}»`)
      assert.equal(fast.lastIndex, slow.lastIndex)
      assert.equal(fast.test(text), slow.test(text))
      assert.equal(fast.lastIndex, slow.lastIndex)
      fast.lastIndex = 0
      slow.lastIndex = 0
      if (plain.global)
        assert.deepEqual(
          [...text.matchAll(fast)].map((m) => m.index),
          [...text.matchAll(slow)].map((m) => m.index),
        )
      assert.equal(text.replace(fast, '#'), text.replace(slow, '#'))
    }
  }
})

test('a case-ignoring quick pattern reads the long s as an s, as the plain pattern does', () => {
  const plain = /\bsecret\b/iu
  assert.equal(plain.test('top ſecret'), true)
  assert.equal(quick(plain).test('top ſecret'), true)
})

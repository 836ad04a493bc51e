import assert from 'node:assert/strict'
import { test } from 'node:test'
import { foldUnicode, normalizeText, normalizeToAsciiWords } from './normalize-text.ts'

const NON_ASCII_WORD = /(?![\x00-\x7f])[\p{L}\p{N}]/u

test('the character-by-character fold equals the whole-text fold, whatever the neighbours', () => {
  for (let point = 0; point < 0x30000; point++) {
    if (point >= 0xd800 && point < 0xe000) continue
    const char = String.fromCodePoint(point)
    for (const text of [`a${char}B`, `${char}${char}`, `É${char}\u0301`, `Σ${char} ﬁ`, `${char}\u0327x`]) {
      assert.equal(normalizeText(text), foldUnicode(text), text)
      const simple = normalizeToAsciiWords(text)
      if (simple === undefined) continue
      assert.equal(simple, foldUnicode(text), text)
      assert.ok(!NON_ASCII_WORD.test(simple), text)
    }
  }
})

test('lone surrogates and context-dependent letters take the whole-text fold', () => {
  for (const text of ['a\ud83d b', 'ΟΔΟΣ οδός', 'x\u0301\u0327'])
    assert.equal(normalizeText(text), foldUnicode(text), text)
})

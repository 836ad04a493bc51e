import assert from 'node:assert/strict'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
import { dedupe, readJsonl } from './read-cause-rows.ts'

const file = (text: string) => {
  const path = join(mkdtempSync(join(tmpdir(), 'cause-rows-')), 'rows.jsonl')
  writeFileSync(path, text)
  return path
}

test('reads one labelled sentence per line and skips blank lines', () => {
  const rows = readJsonl(
    file(
      '{"text":"Explosion à l’usine","lang":"fr","cause":"accident"}\n\n{"text":"nice","lang":"en","cause":"none"}\n',
    ),
    'rows.jsonl',
  )
  assert.deepEqual(
    rows.map((r) => [r.cause, r.source]),
    [
      ['accident', 'rows.jsonl'],
      ['none', 'rows.jsonl'],
    ],
  )
})

test('a line with an unknown cause stops the reading with its line number', () => {
  assert.throws(() => readJsonl(file('{"text":"x","lang":"en","cause":"weather"}\n'), 'rows.jsonl'), /:1:/)
})

test('a text labelled twice, up to case and spacing, is learnt once', () => {
  const row = (text: string) => ({ text, lang: 'en' as const, cause: 'none' as const, source: 't' })
  assert.equal(dedupe([row('Hello  there'), row('hello there'), row('other')]).length, 2)
})

/**
 * The checker's flags on every development draft, pinned: a change of speed must not change a single flag.
 * Each split is checked twice (language given, language detected) and every flag (kind, clause, span, severity,
 * message, suggestion) goes into a SHA-256 per split and mode. The expected digests were produced by this test's
 * `flagDigests()` on the checker of commit a1976c0 (main, 2026-12-07), before the speed work of issue 14; a
 * deliberate change of the checker's behaviour updates them and says so in its commit.
 * `test3.jsonl`, the untouched test split, is not read here.
 */
import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { test } from 'node:test'
import { checkPost, QUICK_PATTERNS } from '../src/prevention/index.ts'
import { LabelledDraft } from './checker-scores.ts'

const SPLITS = ['dev', 'dev2', 'dev3', 'test'] as const
const MODES = ['lang given', 'lang detected'] as const

const EXPECTED: Record<string, string> = {
  'dev / lang given': '9442f207e4c70bf744a15fed9c6ce5a11fb0ed4041a95d15adac77d74b8cd4c3',
  'dev / lang detected': '693eea4dd24dbe94e80991e331bc29a2b8b416bc9adc2450a8f72f97be6b8c64',
  'dev2 / lang given': '0f8fb95072dfca7eed9782efaa67e6872ff252b96aac7bf02926282abffdb9b9',
  'dev2 / lang detected': '0f8fb95072dfca7eed9782efaa67e6872ff252b96aac7bf02926282abffdb9b9',
  'dev3 / lang given': 'f621b3904f733d17493aa2715012c156d0799a64089129b4e03c5943a35ff696',
  'dev3 / lang detected': 'f621b3904f733d17493aa2715012c156d0799a64089129b4e03c5943a35ff696',
  'test / lang given': 'f687e1290dbde01c5c26414ba5bdee7252d45f7a159da1a8c2879e63e74e3afb',
  'test / lang detected': 'f687e1290dbde01c5c26414ba5bdee7252d45f7a159da1a8c2879e63e74e3afb',
}

const readSplit = (split: string): LabelledDraft[] =>
  readFileSync(new URL(`./data/checker/${split}.jsonl`, import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => LabelledDraft.parse(JSON.parse(line)))

/** One digest per split and mode over every flag of every draft, in file order. */
export const flagDigests = (): Record<string, string> => {
  const out: Record<string, string> = {}
  for (const split of SPLITS) {
    const drafts = readSplit(split)
    for (const mode of MODES) {
      const hash = createHash('sha256')
      for (const d of drafts) {
        const flags = checkPost(
          {
            text: d.text,
            lang: mode === 'lang given' ? d.lang : undefined,
            network: d.network,
            audience: d.audience,
            authorRole: d.authorRole,
          },
          { confidentialTerms: d.context?.confidentialTerms, activeIncident: d.context?.activeIncident },
        )
        hash.update(`${d.id}\t${JSON.stringify(flags)}\n`)
      }
      out[`${split} / ${mode}`] = hash.digest('hex')
    }
  }
  return out
}

test('the checker flags every development draft exactly as the pinned run did, language given or detected', () => {
  assert.deepEqual(flagDigests(), EXPECTED)
})

test('no pattern pre-check of the checker turns away a development draft that the plain pattern matches', () => {
  const texts = SPLITS.flatMap((split) => readSplit(split).map((d) => d.text.replace(/[’ʼ‘]/g, "'")))
  assert.ok(QUICK_PATTERNS.length > 40)
  for (const fast of QUICK_PATTERNS) {
    const plain = new RegExp(fast.source, fast.flags)
    for (const text of texts) {
      plain.lastIndex = 0
      if (!fast.mayMatch(text)) assert.equal(plain.test(text), false, `/${fast.source}/ on «${text}»`)
    }
  }
})

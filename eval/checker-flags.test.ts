/**
 * The checker's flags on every development draft, pinned: a change of speed must not change a single flag.
 * Each split is checked twice (language given, language detected) and every flag (kind, clause, span, severity,
 * message, suggestion) goes into a SHA-256 per split and mode. The expected digests were produced by this test's
 * `flagDigests()`; last regenerated on purpose for the sixth round of the checker (2026-12-08: new rules, the
 * learned reader of five kinds, `dev5`–`dev8` added). A deliberate change of the checker's behaviour updates them
 * and says so in its commit.
 * The test splits (`test3.jsonl`, `test4.jsonl`) are not read here.
 */
import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { test } from 'node:test'
import { checkPost, QUICK_PATTERNS } from '../src/prevention/index.ts'
import { LabelledDraft } from './checker-scores.ts'

const SPLITS = ['dev', 'dev2', 'dev3', 'test', 'dev5', 'dev6', 'dev7', 'dev8'] as const
const MODES = ['lang given', 'lang detected'] as const

const EXPECTED: Record<string, string> = {
  'dev / lang given': '94f07034720a33a4c4623482732c7a98284ff3aabed85e08e743b86c5a8aa66e',
  'dev / lang detected': '09ce0505214c8fbd5c471f67f802fba4942889db26018f5757068780d62442dc',
  'dev2 / lang given': '3a31232c30069e6ee29c67b6917fed254df52cee8d5d76009d224ece5398ccff',
  'dev2 / lang detected': '3a31232c30069e6ee29c67b6917fed254df52cee8d5d76009d224ece5398ccff',
  'dev3 / lang given': '185a5fde2463b5bc7b9b25b8e742fe41a3ba46dec6725b6b74f81f0a4c8b3015',
  'dev3 / lang detected': '185a5fde2463b5bc7b9b25b8e742fe41a3ba46dec6725b6b74f81f0a4c8b3015',
  'test / lang given': 'ded5a30ed5f5085ad07c32cd4389f3732a0532eef0796d40174deac8fa9c1462',
  'test / lang detected': 'ded5a30ed5f5085ad07c32cd4389f3732a0532eef0796d40174deac8fa9c1462',
  'dev5 / lang given': '2454c6c2834d1b11c28d478ca26dd7f503d47e353e2e48702a52da325177062d',
  'dev5 / lang detected': '2454c6c2834d1b11c28d478ca26dd7f503d47e353e2e48702a52da325177062d',
  'dev6 / lang given': '8a90e6d5b9a538bcfd54a6a7e985dc8668ee3e18638e7717cc8d9f6d4a0ea910',
  'dev6 / lang detected': '8a90e6d5b9a538bcfd54a6a7e985dc8668ee3e18638e7717cc8d9f6d4a0ea910',
  'dev7 / lang given': 'e4620ab728844c266db5cbcd58c1bce67a9efb23591f7f22a7c02869c740c06e',
  'dev7 / lang detected': 'e4620ab728844c266db5cbcd58c1bce67a9efb23591f7f22a7c02869c740c06e',
  'dev8 / lang given': 'fdce613b53c0802d4e5c8917a3438cb307cbb71b37443be94092e780a9e98369',
  'dev8 / lang detected': '2e768c7bb0dcb587d9cd2986520599c563bad11d55f3eac348374d015c634a03',
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

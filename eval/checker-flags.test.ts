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
  'dev / lang given': '66be4ee7ae096019223543ab1a5f0819b7f56f8fdc0d4399d5ec1658cb0b0fd6',
  'dev / lang detected': '96f3a914260c6d883429665aa3f60a6ffbd842a548b011dff8a283aa24f2abb3',
  'dev2 / lang given': '3a31232c30069e6ee29c67b6917fed254df52cee8d5d76009d224ece5398ccff',
  'dev2 / lang detected': '3a31232c30069e6ee29c67b6917fed254df52cee8d5d76009d224ece5398ccff',
  'dev3 / lang given': 'b7e1001576a141b2923e4d19e08cb7dcf69cff8b2254922261d5b89cf17812e2',
  'dev3 / lang detected': 'b7e1001576a141b2923e4d19e08cb7dcf69cff8b2254922261d5b89cf17812e2',
  'test / lang given': '953e4a8af74214056e0aff519a6350b7026febbbf7b654945c6a3e65cb817707',
  'test / lang detected': '953e4a8af74214056e0aff519a6350b7026febbbf7b654945c6a3e65cb817707',
  'dev5 / lang given': '13faf0255295c5d29e448bfade9e285f98f2686e8761643109ac8b8418b1d3bf',
  'dev5 / lang detected': '13faf0255295c5d29e448bfade9e285f98f2686e8761643109ac8b8418b1d3bf',
  'dev6 / lang given': '86abf2fd35c1d1cd1b5e093d7f87eab3ef2da759ffc385d735851ea0a0e66a2e',
  'dev6 / lang detected': '86abf2fd35c1d1cd1b5e093d7f87eab3ef2da759ffc385d735851ea0a0e66a2e',
  'dev7 / lang given': '18fe394ee7f1084b86b9d66d1ea4d3154029cea466625933937eca4790878cf0',
  'dev7 / lang detected': '18fe394ee7f1084b86b9d66d1ea4d3154029cea466625933937eca4790878cf0',
  'dev8 / lang given': 'c76a82c3cc642fabf9881bf02e95861a2782c8b98817d0742ad3dbc311972409',
  'dev8 / lang detected': '278a67a4f7bcf86bc6d322f503aedf1e5d1d5d320fb4ea13d96747a21204628b',
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

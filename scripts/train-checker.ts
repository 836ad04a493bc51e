/**
 * Trains the checker's learned reader of tone and topic (src/prevention/learned-tone.ts) and writes
 * src/prevention/model/tone.json.gz with its record, src/prevention/model/TRAINING.md.
 *
 * Data: the labelled drafts of eval/data/checker/{dev,dev2,test,dev3}.jsonl (CC0, written by helpers who never
 * saw the checker) and the team-written drafts of scripts/train/checker-written/*.jsonl (CC0, declared
 * `origin: written`). One logistic regression per kind, L2, AdaGrad.
 *
 * Honest figures: leave one file out (train on the other files and the written drafts, read the one left out). One
 * threshold for every kind (0.5 by default, FIXED=…; FIXED=0 lets 5 inner folds choose per kind by the
 * precision of what the model adds). The shipped model is then trained on every file.
 *
 *   node --import tsx scripts/train-checker.ts            # cross-validate, train, write the model
 *   node --import tsx scripts/train-checker.ts --cv-only  # figures only
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { CHECK_KINDS, type CheckKind } from '../src/core/index.ts'
import { abuseMatcher } from '../src/prevention/find-abuse.ts'
import { ownOrCredited } from '../src/prevention/find-copyright.ts'
import { misuseCue } from '../src/prevention/find-sensitive-topics.ts'
import { checkPost } from '../src/prevention/index.ts'
import {
  addedKinds,
  LEARNED_KINDS as DEFAULT_KINDS,
  featureValue,
  LEARNABLE_KINDS,
  type LearnedKind,
  TONE_HASH_BITS,
  type ToneModel,
  toneFeatures,
  toneToJson,
} from '../src/prevention/learned-tone.ts'
import { tokenise } from '../src/prevention/text-tokens.ts'

interface Draft {
  id: string
  file: string
  lang: 'fr' | 'en'
  text: string
  network?: string
  audience?: string
  authorRole?: string
  context?: { confidentialTerms?: string[]; activeIncident?: { terms: string[]; summary: string } }
  kinds: CheckKind[]
}

const ROOT = new URL('../', import.meta.url)
// every labelled file but the test splits (test3, test4: never trained on)
const FILES = ['dev', 'dev2', 'test', 'dev3', 'dev5', 'dev6', 'dev7', 'dev8'].filter((f) =>
  existsSync(new URL(`eval/data/checker/${f}.jsonl`, ROOT)),
)
// leave one WRITER out: dev and test were written by the same helper
const writerOf = (file: string) => (file === 'test' ? 'dev' : file)
const WRITERS = [...new Set(FILES.map(writerOf))]
// KINDS=insult,aggressive_tone,mockery,confidential (the kinds to learn; the default ones otherwise)
const LEARNED_KINDS: readonly LearnedKind[] = process.env.KINDS
  ? process.env.KINDS.split(',').map((k) => {
      if (!(LEARNABLE_KINDS as readonly string[]).includes(k))
        throw new Error(`KINDS: ${k} cannot be learned`)
      return k as LearnedKind
    })
  : DEFAULT_KINDS
const WRITTEN = new URL('scripts/train/checker-written/', ROOT)
const SIZE = 1 << TONE_HASH_BITS

const readJsonl = (url: URL, file: string): Draft[] =>
  readFileSync(url, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => ({ ...(JSON.parse(l) as Omit<Draft, 'file'>), file }))

const labelled: Draft[] = FILES.flatMap((f) => readJsonl(new URL(`eval/data/checker/${f}.jsonl`, ROOT), f))
const written: Draft[] = existsSync(WRITTEN)
  ? readdirSync(WRITTEN)
      .filter((n) => n.endsWith('.jsonl'))
      .flatMap((n) => readJsonl(new URL(n, WRITTEN), 'written'))
  : []

interface Example {
  d: Draft
  idx: Int32Array
  v: number
  rules: Set<CheckKind>
  /** the draft carries a pitch, a joke or a side taken: the model may add a sensitive topic (check-post.ts) */
  cue: boolean
  /** the draft says the work is ours, credited or licensed: the model adds no copyright (check-post.ts) */
  own: boolean
}
const isWord = abuseMatcher().isWord
const toExample = (d: Draft): Example => {
  const text = d.text.replace(/[’ʼ‘]/g, "'")
  const tokens = tokenise(text, isWord)
  const f = toneFeatures(tokens)
  const rules = new Set(
    checkPost(
      { text: d.text, lang: d.lang, network: d.network, audience: d.audience, authorRole: d.authorRole },
      {
        confidentialTerms: d.context?.confidentialTerms,
        activeIncident: d.context?.activeIncident,
        toneModel: null,
      },
    ).map((x) => x.kind),
  )
  return {
    d,
    idx: Int32Array.from(f.idx),
    v: featureValue(f),
    rules,
    cue: misuseCue(text, tokens),
    own: ownOrCredited(text),
  }
}
const examples = labelled.map(toExample)
const writtenExamples = written.map(toExample)

const EPOCHS = Number(process.env.EPOCHS ?? 40)
const L2 = Number(process.env.L2 ?? 1e-4)
const RATE = Number(process.env.RATE ?? 1)
const POSITIVE_WEIGHT = Number(process.env.POS ?? 2)

/** Deterministic shuffle (mulberry32). */
const shuffled = <T>(xs: readonly T[], seed: number): T[] => {
  let a = seed >>> 0
  const rnd = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const out = [...xs]
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1))
    ;[out[i], out[j]] = [out[j]!, out[i]!]
  }
  return out
}

const trainKind = (train: readonly Example[], kind: LearnedKind): { w: Float32Array; b: number } => {
  const w = new Float32Array(SIZE)
  const g2 = new Float32Array(SIZE).fill(1e-6)
  // the bias stays at the base rate: learned, it drifted up while every common word learned to pull down,
  // and a two-word draft then read as an insult
  const positives = train.filter((e) => e.d.kinds.includes(kind)).length
  const b = Math.log(Math.max(1, positives) / Math.max(1, train.length - positives))
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (const ex of shuffled(train, epoch + 1)) {
      const y = ex.d.kinds.includes(kind) ? 1 : 0
      let z = b
      for (const i of ex.idx) z += w[i]! * ex.v
      const p = 1 / (1 + Math.exp(-z))
      const g = (p - y) * (y === 1 ? POSITIVE_WEIGHT : 1)
      for (const i of ex.idx) {
        const gi = g * ex.v + L2 * w[i]!
        g2[i]! += gi * gi
        w[i]! -= (RATE * gi) / Math.sqrt(g2[i]!)
      }
    }
  }
  return { w, b }
}

const trainModel = (train: readonly Example[], thresholds: readonly number[]): ToneModel => {
  const parts = LEARNED_KINDS.map((k) => trainKind(train, k))
  return { kinds: LEARNED_KINDS, weights: parts.map((p) => p.w), bias: parts.map((p) => p.b), thresholds }
}

const prob = (m: ToneModel, k: number, ex: Example) => {
  let z = m.bias[k]!
  const w = m.weights[k]!
  for (const i of ex.idx) z += w[i]! * ex.v
  return 1 / (1 + Math.exp(-z))
}

const foldOf = (id: string, folds: number) => {
  let h = 7
  for (const c of id) h = (Math.imul(h, 31) + c.charCodeAt(0)) >>> 0
  return h % folds
}

/** Out-of-fold probabilities (5 folds by draft id) of each example, per learned kind. */
const outOfFold = (exs: readonly Example[], extra: readonly Example[]): number[][] => {
  const out: number[][] = exs.map(() => [])
  for (let fold = 0; fold < 5; fold++) {
    const train = [...exs.filter((e) => foldOf(e.d.id, 5) !== fold), ...extra]
    const m = trainModel(train, [])
    exs.forEach((e, i) => {
      if (foldOf(e.d.id, 5) === fold) out[i] = LEARNED_KINDS.map((_, k) => prob(m, k, e))
    })
  }
  return out
}

const CANDIDATES = [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95]
// precision counts more than recall: a false alarm on every tenth post would teach people to ignore them all
const MARGINAL_PRECISION = Number(process.env.PMIN ?? 0.8)
const MIN_ADDED = 3

/**
 * Each kind's threshold: the lowest at which the drafts the model adds to the rules (out of fold) are right
 * at least MARGINAL_PRECISION of the time, and at least MIN_ADDED of them; otherwise the model stays silent.
 */
// FIXED=0.7 (one threshold for every kind) or FIXED=0.6,0.8,0.8,1.01,0.65 (per kind, in LEARNED_KINDS order)
// the default: one threshold for every kind, 0.5, chosen over the leave-one-file-out runs (TRAINING.md)
// because the thresholds the inner folds chose swung from 0.3 to "never" between runs
const FIXED = (process.env.FIXED ?? '0.5').split(',').map(Number)
const chooseThresholds = (exs: readonly Example[], probs: readonly number[][]): number[] =>
  FIXED[0]! > 0 ? LEARNED_KINDS.map((_, k) => FIXED[k] ?? FIXED[0]!) : chooseByPrecision(exs, probs)
const chooseByPrecision = (exs: readonly Example[], probs: readonly number[][]): number[] =>
  LEARNED_KINDS.map((kind, k) => {
    for (const t of CANDIDATES) {
      let tp = 0
      let fp = 0
      exs.forEach((e, i) => {
        if (e.rules.has(kind) || probs[i]![k]! < t) return
        if (e.d.kinds.includes(kind)) tp++
        else fp++
      })
      if (tp >= MIN_ADDED && tp / (tp + fp) >= MARGINAL_PRECISION) return t
    }
    return 1.01
  })

interface Counts {
  tp: number
  fp: number
  fn: number
}
const fmt = (c: Counts) => {
  const p = c.tp + c.fp === 0 ? '-' : (c.tp / (c.tp + c.fp)).toFixed(3)
  const r = c.tp + c.fn === 0 ? '-' : (c.tp / (c.tp + c.fn)).toFixed(3)
  return `P ${p} R ${r} (tp ${c.tp} fp ${c.fp} fn ${c.fn})`
}

/** Scores of "rules" and "rules ∪ model" on held-out examples, per kind and overall. */
const score = (exs: readonly Example[], said: (e: Example, kind: CheckKind) => boolean) => {
  const rows: Record<string, Counts> = {}
  const all: Counts = { tp: 0, fp: 0, fn: 0 }
  for (const kind of CHECK_KINDS) {
    const c: Counts = { tp: 0, fp: 0, fn: 0 }
    for (const e of exs) {
      const s = said(e, kind)
      const t = e.d.kinds.includes(kind)
      if (s && t) c.tp++
      else if (s) c.fp++
      else if (t) c.fn++
    }
    rows[kind] = c
    all.tp += c.tp
    all.fp += c.fp
    all.fn += c.fn
  }
  rows.overall = all
  return rows
}

const lines: string[] = []
const log = (s: string) => {
  console.log(s)
  lines.push(s)
}

log('## Leave one writer out (train on the other writers + written drafts; scores on the writer left out)\n')
for (const held of WRITERS) {
  const train = examples.filter((e) => writerOf(e.d.file) !== held)
  const test = examples.filter((e) => writerOf(e.d.file) === held)
  const thresholds = chooseThresholds(train, outOfFold(train, writtenExamples))
  const m = trainModel([...train, ...writtenExamples], thresholds)
  const probs = test.map((e) => LEARNED_KINDS.map((_, k) => prob(m, k, e)))
  const rules = score(test, (e, kind) => e.rules.has(kind))
  const added = test.map((e, i) =>
    addedKinds({ kinds: LEARNED_KINDS, thresholds }, probs[i]!, e.rules).filter(
      (k) => (k !== 'sensitive_topic' || e.cue) && (k !== 'copyright' || !e.own),
    ),
  )
  const both = score(
    test,
    (e, kind) => e.rules.has(kind) || added[test.indexOf(e)]!.includes(kind as LearnedKind),
  )
  if (process.env.DIAG)
    LEARNED_KINDS.forEach((kind, k) => {
      const added = CANDIDATES.map((t) => {
        let tp = 0
        let fp = 0
        test.forEach((e, i) => {
          if (
            e.rules.has(kind) ||
            probs[i]![k]! < t ||
            (kind === 'sensitive_topic' && !e.cue) ||
            (kind === 'copyright' && e.own)
          )
            return
          if (e.d.kinds.includes(kind)) tp++
          else fp++
        })
        return `${t}:+${tp}/-${fp}`
      })
      console.log(`  ${held} ${kind} added ${added.join(' ')}`)
      if (process.env.DIAG === '2')
        test.forEach((e, i) => {
          if (!e.rules.has(kind) && probs[i]![k]! >= 0.6)
            console.log(
              `    ${e.d.kinds.includes(kind) ? 'TP' : 'FP'} ${probs[i]![k]!.toFixed(2)} ${e.d.id} [${e.d.kinds}] ${e.d.text.slice(0, 110)}`,
            )
        })
    })
  const name = held === 'dev' ? 'dev + test (one writer)' : held
  log(`### held out: ${name} (${test.length} drafts); thresholds ${thresholds.join(' ')}\n`)
  log('| kind | rules | rules ∪ model |')
  log('|---|---|---|')
  for (const kind of [...CHECK_KINDS, 'overall'])
    log(`| ${kind} | ${fmt(rules[kind]!)} | ${fmt(both[kind]!)} |`)
  log('')
}

if (!process.argv.includes('--cv-only')) {
  const thresholds = chooseThresholds(examples, outOfFold(examples, writtenExamples))
  const model = trainModel([...examples, ...writtenExamples], thresholds)
  const gz = gzipSync(JSON.stringify(toneToJson(model)), { level: 9 })
  writeFileSync(new URL('src/prevention/model/tone.json.gz', ROOT), gz)
  const record = [
    '# Training record of the learned tone reader (generated by `scripts/train-checker.ts`; do not edit)',
    '',
    `Drafts: ${FILES.map((f) => `${f} ${examples.filter((e) => e.d.file === f).length}`).join(', ')}, team-written ${writtenExamples.length}.`,
    `Kinds: ${LEARNED_KINDS.join(', ')}. Hash bits ${TONE_HASH_BITS}; epochs ${EPOCHS}, L2 ${L2}, rate ${RATE}, positive weight ${POSITIVE_WEIGHT}; thresholds ${FIXED[0]! > 0 ? `fixed (${FIXED.join(', ')})` : `the lowest whose added drafts are right ≥ ${MARGINAL_PRECISION} of the time over 5 folds`}.`,
    `Shipped thresholds: ${LEARNED_KINDS.map((k, i) => `${k} ${thresholds[i]}`).join(', ')}. File: ${gz.length} gzip bytes.`,
    '',
    ...lines,
  ]
  writeFileSync(new URL('src/prevention/model/TRAINING.md', ROOT), `${record.join('\n')}\n`)
  console.log(`wrote tone.json.gz (${gz.length} bytes), thresholds ${thresholds.join(' ')}`)
}

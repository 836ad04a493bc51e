/**
 * Dev-only exploration of brand-sentiment settings (not part of `npm run train`): featurises once, trains
 * each setting asked for (about a second each) and prints the shared dev metric and the brand dev macro-F1
 * (overall and per source), then how many sentences of fixtures/brand-sentences.json it misreads.
 * Never reads test rows. Findings are in docs/models.md ("Re-measured on the rebuilt brand set").
 * `node --import tsx scripts/train/explore-brand.ts <shared> <en|fr> <setting...>`, a setting being
 * `mix:<brand weight>:<epochs>[:<weak weight>]`, `only:<epochs>` (brand rows alone),
 * `sw:<brand weight>:<epochs>:<shared weight>`, `l2:<brand weight>:<epochs>:<l2>`, or
 * `gate:<general model's brand weight>:<brand model's brand weight>:<sharpness>`.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { DENSE, extractFeatures, FEATURE_SIZE, HASH_SIZE } from '../../src/analysis/models/features.ts'
import { lexiconFromJson } from '../../src/analysis/models/lexicon-table.ts'
import { textKey } from '../../src/analysis/models/normalise-text.ts'
import { buildLexicons } from './build-lexicons.ts'
import { macroScores } from './metrics.ts'
import { brandDataDir, readBrandRows } from './read-brand.ts'
import { type Lang, type Row, readDatasets } from './read-datasets.ts'
import { type Example, predict, trainLinear } from './sgd.ts'
import { assignSplits } from './split.ts'
import { weakSentiment } from './weak-sentiment.ts'

const [shared = '../shared', lang = 'en', ...exps] = process.argv.slice(2)
const dir = join(shared, 'data', 'sentiment')
const lex = buildLexicons(dir)
const lexicon = lexiconFromJson(lex[lang as 'en' | 'fr'])
const rows = readDatasets(dir)
const brandDir = brandDataDir(shared)!
const brand = readBrandRows(brandDir, lang as 'en' | 'fr')
const IDX = { negative: 0, neutral: 1, positive: 2 } as const
const allRows: Row[] = [
  ...rows,
  ...brand.map((r) => ({
    dataset: `brand-${lang}`,
    text: r.text,
    lang: lang as Lang,
    sentiment: IDX[r.label],
    stratum: r.label,
    split: r.split,
  })),
]
const splits = assignSplits(allRows)
type Ex = Example & { source: string }
const seen = new Set<string>()
const take = (
  pred: (r: Row) => boolean,
  split: string,
  target: (r: Row) => number | undefined,
  source: (r: Row) => string,
) => {
  const out: Ex[] = []
  for (const r of allRows) {
    if (r.lang !== lang || !pred(r)) continue
    const key = textKey(r.text)
    if (splits.get(key) !== split) continue
    const k2 = `${split}:${r.dataset.startsWith('brand') ? 'b' : 's'}:${key}`
    if (seen.has(k2)) continue
    const t = target(r)
    if (t === undefined) continue
    seen.add(k2)
    out.push({ fv: extractFeatures(r.text, lexicon), target: t, weight: 1, source: source(r) })
  }
  return out
}
const isShared = (r: { dataset: string; sentiment?: number }) =>
  !r.dataset.startsWith('brand') && r.sentiment !== undefined
const isBrand = (r: { dataset: string }) => r.dataset.startsWith('brand')
const brandSource = new Map(brand.map((b) => [b.text, b.source]))
const t0 = Date.now()
const sharedTrain = take(
  isShared,
  'train',
  (r) => r.sentiment,
  (r) => r.dataset,
)
const sharedDev = take(
  isShared,
  'dev',
  (r) => r.sentiment,
  (r) => r.dataset,
)
const brandTrain = take(
  isBrand,
  'train',
  (r) => r.sentiment,
  (r) => brandSource.get(r.text) ?? '?',
)
const brandDev = take(
  isBrand,
  'dev',
  (r) => r.sentiment,
  (r) => brandSource.get(r.text) ?? '?',
)
const weak =
  lang === 'fr'
    ? take(
        (r) => r.emotions !== undefined,
        'train',
        weakSentiment,
        () => 'weak',
      )
    : []
console.log({
  sharedTrain: sharedTrain.length,
  sharedDev: sharedDev.length,
  brandTrain: brandTrain.length,
  brandDev: brandDev.length,
  weak: weak.length,
  ms: Date.now() - t0,
})

const balance = (examples: Example[]): Example[] => {
  const counts = [0, 0, 0]
  for (const e of examples) counts[e.target as number]! += e.weight
  const total = counts.reduce((a, b) => a + b, 0)
  return examples.map((e) => ({ ...e, weight: (e.weight * total) / (3 * counts[e.target as number]!) }))
}
const sarcasmIndex = HASH_SIZE + DENSE.sarcasm
const train = (ex: Example[], epochs: number, l2 = 0, seed = 7) => {
  const init = new Float32Array(FEATURE_SIZE * 3)
  ;[1.2, 0, -1.2].forEach((v, c) => {
    init[sarcasmIndex * 3 + c] = v
  })
  return trainLinear(balance(ex.filter((e) => e.weight > 0)), {
    classes: 3,
    loss: 'softmax',
    epochs,
    learningRate: 0.15,
    l2,
    seed,
    frozen: new Set([sarcasmIndex]),
    init,
  })
}
const logits = (w: Float32Array, ex: Example[]) =>
  ex.map((e) => {
    const o = new Float64Array(3)
    predict(w, 3, e.fv, o, 'softmax')
    return o.map(Math.log)
  })
const am = (l: Float64Array, o: number[]) => {
  const s = [l[0]! + o[0]!, l[1]!, l[2]! + o[2]!]
  return s[0]! >= s[1]! && s[0]! >= s[2]! ? 0 : s[2]! > s[1]! ? 2 : 1
}
const OFF = Array.from({ length: 21 * 21 }, (_, i) => [Math.floor(i / 21) / 10 - 1, 0, (i % 21) / 10 - 1])
const metric = lang === 'en' ? 'macroRecall' : 'macroF1'
const gold = (ex: Example[]) => ex.map((e) => e.target as number)
const report = (name: string, sl: Float64Array[], bl: Float64Array[]) => {
  // best offsets for shared alone, and for the sum
  let bestS = -1,
    bestSum = -1,
    oSum = [0, 0, 0]
  const sg = gold(sharedDev),
    bg = gold(brandDev)
  for (const o of OFF) {
    const s = macroScores(
      sg,
      sl.map((l) => am(l, o)),
      3,
    )[metric]
    const b = macroScores(
      bg,
      bl.map((l) => am(l, o)),
      3,
    ).macroF1
    if (s > bestS) bestS = s
    if (s + b > bestSum) {
      bestSum = s + b
      oSum = o
    }
  }
  const s = macroScores(
    sg,
    sl.map((l) => am(l, oSum)),
    3,
  )[metric]
  const b = macroScores(
    bg,
    bl.map((l) => am(l, oSum)),
    3,
  ).macroF1
  const b0 = macroScores(
    bg,
    bl.map((l) => am(l, [0, 0, 0])),
    3,
  ).macroF1
  const per: Record<string, number> = {}
  for (const src of new Set(brandDev.map((e) => e.source))) {
    const idx = brandDev.map((e, i) => (e.source === src ? i : -1)).filter((i) => i >= 0)
    per[src] = +macroScores(
      idx.map((i) => bg[i]!),
      idx.map((i) => am(bl[i]!, oSum)),
      3,
    ).macroF1.toFixed(3)
  }
  console.log(
    JSON.stringify({
      name,
      sharedBest: +bestS.toFixed(3),
      shared: +s.toFixed(3),
      brand: +b.toFixed(3),
      brandNoOffset: +b0.toFixed(3),
      offsets: oSum,
      per,
    }),
  )
}
const w = (ex: Ex[], weight: number) => ex.map((e) => ({ ...e, weight }))
const run = (name: string, ex: Example[], epochs: number, l2 = 0) => {
  const wts = train(ex, epochs, l2)
  report(name, logits(wts, sharedDev), logits(wts, brandDev))
  const fx = JSON.parse(readFileSync('src/analysis/models/fixtures/brand-sentences.json', 'utf8'))
  const lab = (t: string) => {
    const o = new Float64Array(3)
    predict(wts, 3, extractFeatures(t, lexicon), o, 'softmax')
    return am(o.map(Math.log), [0, 0, 0])
  }
  const bad = [
    ...fx.negative[lang].filter((t: string) => lab(t) !== 0),
    ...fx.neutral[lang].filter((t: string) => lab(t) !== 1),
    ...fx.calm[lang].filter((t: string) => lab(t) === 0),
  ]
  console.log(`  fixture misses: ${bad.length} ${JSON.stringify(bad)}`)
  return wts
}
for (const e of exps) {
  const [kind, a, b, c] = e.split(':')
  if (kind === 'mix')
    run(e, [...sharedTrain, ...w(brandTrain, Number(a)), ...w(weak, Number(c ?? 0))], Number(b))
  if (kind === 'only') run(e, w(brandTrain, 1), Number(a), Number(b ?? 0))
  if (kind === 'sw') run(e, [...w(sharedTrain, Number(c)), ...w(brandTrain, Number(a))], Number(b))
  if (kind === 'gate') {
    // general model (brand weight a1), brand model (brand weight b), gate brand-vs-shared rows
    const [g1, g2] = [Number(a), Number(b)]
    const wg = train([...sharedTrain, ...w(brandTrain, g1)], 4)
    const wb = train([...w(sharedTrain, 0.3), ...w(brandTrain, g2)], 8)
    const gex = [
      ...sharedTrain.map((e) => ({ ...e, target: 0, weight: 1 })),
      ...brandTrain.map((e) => ({ ...e, target: 1, weight: sharedTrain.length / brandTrain.length })),
    ]
    const wd = trainLinear(gex, {
      classes: 2,
      loss: 'softmax',
      epochs: 3,
      learningRate: 0.15,
      l2: 0,
      seed: 7,
    })
    const gp = (ex: Example[]) =>
      ex.map((e) => {
        const o = new Float64Array(2)
        predict(wd, 2, e.fv, o, 'softmax')
        return o[1]!
      })
    for (const sharp of [1, Number(c ?? 1)]) {
      const blend = (ex: Example[]) => {
        const lg = logits(wg, ex),
          lb = logits(wb, ex),
          g = gp(ex)
        return ex.map((_, i) => {
          const gi = Math.min(1, Math.max(0, (g[i]! - 0.5) * sharp + 0.5))
          return lg[i]!.map((v, k) => (1 - gi) * v + gi * lb[i]![k]!)
        })
      }
      const gs = gp(sharedDev),
        gb = gp(brandDev)
      console.log(
        'gate mean on shared dev',
        (gs.reduce((x, y) => x + y, 0) / gs.length).toFixed(3),
        'on brand dev',
        (gb.reduce((x, y) => x + y, 0) / gb.length).toFixed(3),
      )
      report(`${e} sharp ${sharp}`, blend(sharedDev), blend(brandDev))
    }
  }
  if (kind === 'l2') run(e, [...sharedTrain, ...w(brandTrain, Number(a))], Number(b), Number(c))
}

import { z } from 'zod'
import { CHECK_KINDS, type CheckKind } from '../src/core/index.ts'

/** One labelled draft of eval/data/checker/*.jsonl (written by someone who never saw the checker). */
export const LabelledDraft = z.object({
  id: z.string(),
  lang: z.enum(['fr', 'en']),
  text: z.string(),
  network: z.string().optional(),
  audience: z.string().optional(),
  authorRole: z.string().optional(),
  context: z
    .object({
      confidentialTerms: z.array(z.string()).optional(),
      activeIncident: z.object({ terms: z.array(z.string()), summary: z.string() }).optional(),
    })
    .optional(),
  kinds: z.array(z.enum(CHECK_KINDS)),
  note: z.string().optional(),
})
export type LabelledDraft = z.infer<typeof LabelledDraft>

export interface KindScore {
  kind: CheckKind | 'overall'
  /** drafts labelled with the kind */
  positives: number
  truePositives: number
  falsePositives: number
  precision: number | undefined
  recall: number | undefined
}

const ratio = (a: number, b: number) => (b === 0 ? undefined : a / b)

/**
 * Draft-level multi-label scores: for each kind, a draft is positive when its labels list the kind and
 * predicted positive when the checker flags it at least once; `overall` sums the counts of every kind.
 */
export const scoreKinds = (
  pairs: readonly { labels: readonly CheckKind[]; predicted: readonly CheckKind[] }[],
): KindScore[] => {
  const scores = CHECK_KINDS.map((kind) => {
    let tp = 0
    let fp = 0
    let fn = 0
    for (const { labels, predicted } of pairs) {
      const truth = labels.includes(kind)
      const said = predicted.includes(kind)
      if (truth && said) tp++
      else if (said) fp++
      else if (truth) fn++
    }
    return { kind, positives: tp + fn, truePositives: tp, falsePositives: fp, fn }
  })
  const total = scores.reduce(
    (s, k) => ({ tp: s.tp + k.truePositives, fp: s.fp + k.falsePositives, fn: s.fn + k.fn }),
    { tp: 0, fp: 0, fn: 0 },
  )
  return [
    ...scores.map(({ fn, ...k }) => ({
      ...k,
      precision: ratio(k.truePositives, k.truePositives + k.falsePositives),
      recall: ratio(k.truePositives, k.truePositives + fn),
    })),
    {
      kind: 'overall',
      positives: total.tp + total.fn,
      truePositives: total.tp,
      falsePositives: total.fp,
      precision: ratio(total.tp, total.tp + total.fp),
      recall: ratio(total.tp, total.tp + total.fn),
    },
  ]
}

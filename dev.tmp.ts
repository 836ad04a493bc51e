import { readFileSync } from 'node:fs'
import { LabelledDraft, scoreKinds } from './eval/checker-scores.ts'
import { predictKinds } from './eval/checker.eval.ts'
import { checkPost } from './src/prevention/index.ts'
const drafts = readFileSync('/tmp/hcheck-dev.jsonl', 'utf8').split('\n').filter(Boolean).map((l) => LabelledDraft.parse(JSON.parse(l)))
const pairs = drafts.map((d) => ({ d, labels: d.kinds, predicted: predictKinds(d) }))
for (const s of scoreKinds(pairs)) console.log(s.kind.padEnd(16), String(s.positives).padStart(4), s.precision?.toFixed(3), s.recall?.toFixed(3))
const only = process.argv[2]
for (const { d, labels, predicted } of pairs) {
  const fn = labels.filter((k) => !predicted.includes(k) && (!only || k === only))
  const fp = predicted.filter((k) => !labels.includes(k) && (!only || k === only))
  if (fn.length + fp.length === 0) continue
  const flags = checkPost({ text: d.text, lang: d.lang, network: d.network, audience: d.audience }, { confidentialTerms: d.context?.confidentialTerms, activeIncident: d.context?.activeIncident })
  console.log(`\n${d.id} FN=${fn} FP=${fp} labels=${labels} net=${d.network ?? ''} aud=${d.audience ?? ''}\n  ${d.text}\n  note: ${d.note ?? ''}\n  flags: ${JSON.stringify(flags.filter(f => fp.includes(f.kind)).map((f) => [f.kind, d.text.slice(f.start, f.end)]))}`)
}

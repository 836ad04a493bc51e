/**
 * `node --import tsx eval/record-previous-written-check.ts <commit>`: measures the sentiment model currently in
 * src/analysis/models/data/ on eval/data/written-check/ and stores the figures as `writtenCheck` in
 * eval/previous-sentiment.json, the "previous" line `npm run eval -- sentiment` shows. Run it before replacing
 * the weights.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { createLinearSentiment } from '../src/analysis/models/index.ts'
import { LABELS } from './brand-figures.ts'
import { writtenCheckFigures } from './written-check.ts'

const [commit = 'unknown'] = process.argv.slice(2)
const model = createLinearSentiment()
const figures = writtenCheckFigures((t, l) => LABELS.indexOf(model.score(t, l).label))
const file = new URL('./previous-sentiment.json', import.meta.url)
const previous = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>
writeFileSync(file, `${JSON.stringify({ ...previous, writtenCheck: { commit, figures } }, null, 2)}\n`)
console.log(JSON.stringify(figures, null, 2))

/**
 * `node --import tsx eval/record-previous-sentiment.ts <sharedDir> <commit>`: measures the sentiment model
 * currently in src/analysis/models/data/ and writes eval/previous-sentiment.json, the "previous" figures
 * `npm run eval` shows next to the current model. Run it before replacing the weights.
 */
import { writeFileSync } from 'node:fs'
import { brandDataDir } from '../scripts/train/read-brand.ts'
import { createLinearSentiment } from '../src/analysis/models/index.ts'
import { LABELS } from './brand-figures.ts'
import { sentimentFigures } from './sentiment-figures.ts'

const [sharedDir = '../shared', commit = 'unknown'] = process.argv.slice(2)
const model = createLinearSentiment()
const figures = sentimentFigures(sharedDir, brandDataDir(sharedDir), (t, l) =>
  LABELS.indexOf(model.score(t, l).label),
)
const out = new URL('./previous-sentiment.json', import.meta.url)
writeFileSync(out, `${JSON.stringify({ commit, ...figures }, null, 2)}\n`)
console.log(JSON.stringify(figures, null, 2))

import { parseQuery, compileQueries } from './src/analysis/query/index.ts'
import { createQueryGenerator, createRandom } from './bench/query-matcher-corpus.ts'
const random = createRandom(20_261_125)
const queries = createQueryGenerator(random)(1000)
for (let r = 0; r < 4; r++) {
let s = performance.now(); for (const q of queries) parseQuery(q.query); const parse = performance.now() - s
s = performance.now(); compileQueries(queries); console.log('parse', parse.toFixed(0), 'compile', (performance.now() - s).toFixed(0)) }

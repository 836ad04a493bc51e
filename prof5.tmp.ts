import { compileQueries } from './src/analysis/query/index.ts'
import { createPostGenerator, createQueryGenerator, createRandom } from './bench/query-matcher-corpus.ts'
const random = createRandom(20_261_125)
const queries = createQueryGenerator(random)(1000)
const posts = createPostGenerator(random, queries)(20000)
const m = compileQueries(queries)
for (let r = 0; r < 8; r++) for (const p of posts) m.match(p)

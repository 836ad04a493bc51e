import { parseQuery } from './src/analysis/query/index.ts'
import { buildQueryIndex } from './src/analysis/query/query-index.ts'
import { indexPost } from './src/analysis/query/post-index.ts'
import { createPostGenerator, createQueryGenerator, createRandom } from './bench/query-matcher-corpus.ts'
const random = createRandom(20_261_125)
const queries = createQueryGenerator(random)(1000)
const posts = createPostGenerator(random, queries)(5000)
const idx = buildQueryIndex(queries.map(q => parseQuery(q.query)))
let c = 0, keys = 0, wc = 0
for (const p of posts) { const post = indexPost(p); const s = new Set<number>(); for (const k of post.keys()) { keys++; for (const q of idx.byKey.get(k) ?? []) s.add(q); for (const e of idx.wildcards.collect(k) ?? []) { wc++; for (const q of e.anchoredQueries) s.add(q) } } c += s.size }
console.log('candidates/post', c / posts.length, 'keys/post', keys / posts.length, 'wildcard hits/post', wc / posts.length, 'always', idx.always.length, 'wildcards', idx.wildcards.size)

import { compileQueries, tokenize } from './src/analysis/query/index.ts'
import { indexPost } from './src/analysis/query/post-index.ts'
import { createPostGenerator, createQueryGenerator, createRandom } from './bench/query-matcher-corpus.ts'
const random = createRandom(20_261_125)
const queries = createQueryGenerator(random)(1000)
const posts = createPostGenerator(random, queries)(20000)
console.log(queries.slice(0, 5).map((q) => q.query), posts.slice(0, 3).map((p) => p.text))
const time = (label: string, f: () => void) => { const s = performance.now(); f(); const ms = performance.now() - s; console.log(label, Math.round(posts.length / (ms / 1000)), 'posts/s') }
time('normalize', () => { for (const p of posts) p.text.normalize('NFKD') })
time('tokenize', () => { for (const p of posts) tokenize(p.text) })
time('tokenize', () => { for (const p of posts) tokenize(p.text) })
time('indexPost', () => { for (const p of posts) indexPost(p) })
const m = compileQueries(queries)
time('match', () => { for (const p of posts) m.match(p) })
time('match', () => { for (const p of posts) m.match(p) })

import { parseQuery, compileQueries } from './src/analysis/query/index.ts'
import { buildQueryIndex } from './src/analysis/query/query-index.ts'
import { indexPost } from './src/analysis/query/post-index.ts'
import { createPostGenerator, createQueryGenerator, createRandom } from './bench/query-matcher-corpus.ts'
const random = createRandom(20_261_125)
const queries = createQueryGenerator(random)(1000)
const posts = createPostGenerator(random, queries)(20000)
const idx = buildQueryIndex(queries.map(q => parseQuery(q.query)))
const m = compileQueries(queries)
const time = (label: string, f: (p: (typeof posts)[0]) => unknown) => {
  let best = 1e9
  for (let r = 0; r < 5; r++) { const s = process.cpuUsage(); for (const p of posts) f(p); const u = process.cpuUsage(s); best = Math.min(best, (u.user + u.system) / 1e6) }
  console.log(label.padEnd(16), Math.round(posts.length / best), 'posts/s (cpu)')
}
let sink = 0
time('indexPost', (p) => indexPost(p))
time('+byKey', (p) => { const post = indexPost(p); for (const k of post.keys()) if (idx.byKey.get(k)) sink++ })
time('+trie', (p) => { const post = indexPost(p); for (const k of post.keys()) { if (idx.byKey.get(k)) sink++; if (idx.wildcards.collect(k)) sink++ } })
time('match', (p) => m.match(p))
time('indexPost', (p) => indexPost(p))

import { compileQueries, tokenize } from './src/analysis/query/index.ts'
import { indexPost } from './src/analysis/query/post-index.ts'
import { createPostGenerator, createQueryGenerator, createRandom } from './bench/query-matcher-corpus.ts'
const random = createRandom(20_261_125)
const queries = createQueryGenerator(random)(1000)
const posts = createPostGenerator(random, queries)(20000)
const time = (label: string, f: (p: (typeof posts)[0]) => unknown) => {
  let best = 1e9
  for (let r = 0; r < 3; r++) { const s = process.cpuUsage(); for (const p of posts) f(p); const u = process.cpuUsage(s); best = Math.min(best, (u.user + u.system) / 1e6) }
  console.log(label.padEnd(12), Math.round(posts.length / best), 'posts/s (cpu)')
}
time('tokenize', (p) => tokenize(p.text))
time('indexPost', (p) => indexPost(p))
const m = compileQueries(queries)
time('match', (p) => m.match(p))
time('calib split+map', (p) => { const m = new Map<string, number>(); const w = p.text.toLowerCase().match(/[a-z0-9]+/g) ?? []; for (let i = 0; i < w.length; i++) if (!m.has(w[i]!)) m.set(w[i]!, i); return m })
time('calib split', (p) => p.text.toLowerCase().match(/[a-z0-9]+/g))

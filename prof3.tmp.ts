import { parseQuery } from './src/analysis/query/index.ts'
import { findAnchors } from './src/analysis/query/query-anchors.ts'
import { indexPost } from './src/analysis/query/post-index.ts'
import { createPostGenerator, createQueryGenerator, createRandom } from './bench/query-matcher-corpus.ts'
const random = createRandom(20_261_125)
const queries = createQueryGenerator(random)(1000)
const posts = createPostGenerator(random, queries)(2000)
const anchors = queries.map(q => findAnchors(parseQuery(q.query)))
console.log('always', anchors.filter(a => !a).length)
const keyCount = new Map<string, number>()
for (const a of anchors) for (const x of a ?? []) { const k = x.kind === 'key' ? x.key : x.kind === 'wildcard' ? x.node.pattern : 'author:' + x.handle; keyCount.set(k, (keyCount.get(k) ?? 0) + 1) }
console.log([...keyCount].sort((a, b) => b[1] - a[1]).slice(0, 15))
let total = 0
for (const p of posts) { const idx = indexPost(p); for (const a of anchors) if (!a || a.some(x => x.kind === 'key' ? idx.keys.has(x.key) : x.kind === 'wildcard' ? [...idx.keys.keys()].some(k => k.startsWith(x.node.prefix)) : false)) total++ }
console.log('candidates/post', total / posts.length)

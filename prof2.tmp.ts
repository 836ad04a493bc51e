import { normalizeText, tokenize } from './src/analysis/query/index.ts'
import { indexPost } from './src/analysis/query/post-index.ts'
import { createPostGenerator, createQueryGenerator, createRandom } from './bench/query-matcher-corpus.ts'
const random = createRandom(20_261_125)
const queries = createQueryGenerator(random)(1000)
const posts = createPostGenerator(random, queries)(20000)
const texts = posts.map(p => p.text)
const time = (label: string, f: (t: string) => unknown) => { let best = 1e9; for (let r = 0; r < 5; r++) { const s = performance.now(); for (const t of texts) f(t); best = Math.min(best, performance.now() - s) } console.log(label.padEnd(20), Math.round(texts.length / (best / 1000)), 'posts/s') }
time('nfkd', t => t.normalize('NFKD'))
time('lower', t => t.toLowerCase())
time('marks u', t => t.normalize('NFKD').replace(/\p{M}/gu, ''))
time('marks range', t => t.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''))
time('normalizeText', normalizeText)
time('tokenize', tokenize)
time('indexPost', t => indexPost({ text: t, author: { handle: 'x' } }))
time('split', t => t.toLowerCase().split(/[^a-z0-9]+/))
const ASCII_RUN = /([#@]?)([a-z0-9_]+(?:'[a-z0-9_]+)*)/g
const tokA = (t: string) => { const f = normalizeText(t); const out: string[] = []; ASCII_RUN.lastIndex = 0; let m; while ((m = ASCII_RUN.exec(f)) !== null) { out.push(m[2]!) } return out }
time('regex exec ascii', tokA)
const RUN2 = /[#@]?[a-z0-9_]+(?:'[a-z0-9_]+)*/g
const tokB = (t: string) => { const f = normalizeText(t); const out: string[] = []; RUN2.lastIndex = 0; let m; while ((m = RUN2.exec(f)) !== null) { out.push(m[0]) } return out }
time('regex exec nocap', tokB)
const tokC = (t: string) => normalizeText(t).match(RUN2) ?? []
time('match all nocap', tokC)

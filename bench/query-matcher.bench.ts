/**
 * Brand-query matching throughput: 1,000 generated brand queries (names, products, phrases, NOT clauses,
 * wildcards, tags, NEAR, lang:) over ~20k generated French and English posts. The baseline is what a
 * naive tool does: one case-insensitive regex per query (an alternation of its words) run on each post.
 * The baseline ignores the boolean logic and accents, so the ratio it gives is a lower bound.
 */
import { compileQueries } from '../src/analysis/query/index.ts'
import type { BrandQuery } from '../src/core/index.ts'
import { createPostGenerator, createQueryGenerator, createRandom } from './query-matcher-corpus.ts'
import type { BenchRow } from './row.ts'

const QUERY_COUNT = 1_000
const POST_COUNT = 20_000
/** The baseline is ~1,000× slower: a sample of posts is enough to measure it. */
const BASELINE_POSTS = 1_000

const WORDS = /[a-z0-9]+/g

type Post = { text: string; lang: string; author: { handle: string } }

/**
 * Posts per second of this process's CPU time, best of `rounds`: on a shared machine, wall time mostly
 * measures the other processes.
 */
const timePostsPerSecond = (posts: readonly Post[], matchOne: (post: Post) => number, rounds = 3): number => {
  let best = Number.POSITIVE_INFINITY
  let sink = 0
  for (let round = 0; round < rounds; round++) {
    const start = process.cpuUsage()
    for (const post of posts) sink += matchOne(post)
    const used = process.cpuUsage(start)
    best = Math.min(best, (used.user + used.system) / 1e6)
  }
  if (sink < 0) console.log(sink) // keeps the work observable
  return posts.length / best
}

/** One `/\b(?:word|word)\b/i` per query, from the words and phrases it mentions. */
const baselineRegex = (query: BrandQuery): RegExp => {
  const words = query.query
    .replace(/\b(AND|OR|NOT|NEAR\/\d+)\b|lang:\w+|[()*?#@-]/g, ' ')
    .match(/"[^"]+"|[^\s"]+/g)
    ?.map((w) => w.replaceAll('"', '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  return new RegExp(`\\b(?:${(words ?? []).join('|')})\\b`, 'i')
}

export default async (): Promise<BenchRow[]> => {
  const random = createRandom(20_261_125)
  const queries = createQueryGenerator(random)(QUERY_COUNT)
  const posts = createPostGenerator(random, queries)(POST_COUNT)

  const compileStart = process.hrtime.bigint()
  const matcher = compileQueries(queries)
  const compileMs = Number(process.hrtime.bigint() - compileStart) / 1e6

  const matchOne = (post: Post) => matcher.match(post).length
  timePostsPerSecond(posts.slice(0, 2_000), matchOne, 1) // warm-up
  let matched = 0
  for (const post of posts) matched += matchOne(post) > 0 ? 1 : 0
  const indexed = timePostsPerSecond(posts, matchOne)

  // what reading each post once costs at the least, to tell matching costs from machine speed
  const bare = compileQueries([])
  const readOnly = timePostsPerSecond(posts, (post) => bare.match(post).length)
  const floor = timePostsPerSecond(
    posts,
    (post) => new Map(post.text.toLowerCase().match(WORDS)?.entries()).size,
  )

  const regexes = queries.map(baselineRegex)
  const regexOne = (post: Post) => regexes.reduce((n, regex) => n + (regex.test(post.text) ? 1 : 0), 0)
  const sample = posts.slice(0, BASELINE_POSTS)
  timePostsPerSecond(sample.slice(0, 100), regexOne, 1) // warm-up
  const baseline = timePostsPerSecond(sample, regexOne, 1)

  return [
    {
      name: `match ${QUERY_COUNT.toLocaleString('en-US')} queries, ${posts.length.toLocaleString('en-US')} posts`,
      unit: 'posts/s',
      value: indexed,
      baseline: { name: 'one /i regex per query per post', value: baseline },
    },
    {
      name: 'tokenise and index only (no query)',
      unit: 'posts/s',
      value: readOnly,
      baseline: { name: 'lower-case, split, word map', value: floor },
    },
    { name: `compile ${QUERY_COUNT.toLocaleString('en-US')} queries`, unit: 'ms', value: compileMs },
    { name: 'posts matching at least one query', unit: '%', value: (100 * matched) / posts.length },
  ]
}

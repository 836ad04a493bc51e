import type { DocumentMapper, MappedPost } from '../map-post.ts'
import type { ReadContext } from './read-context.ts'
import { type FilePosition, type NumberedLine, readLines } from './read-lines.ts'
import type { Positioned } from './with-checkpoints.ts'

const invalidJson = (error: unknown) => ({
  ok: false as const,
  reason: `invalid JSON (${error instanceof Error ? error.message : String(error)})`,
  kind: 'invalid JSON',
})

/**
 * The posts of one line: all but the last are done only up to the line before (an import stopped among
 * them reads the line again), the last up to the line's end. A line of several posts (an API page) names
 * each rejected one.
 */
function* postsOfLine(posts: MappedPost[], at: NumberedLine, before: FilePosition): Generator<Positioned> {
  for (const [index, post] of posts.entries()) {
    const result =
      posts.length > 1 && !post.result.ok
        ? { ...post.result, reason: `post ${index + 1} of ${posts.length}: ${post.result.reason}` }
        : post.result
    const done = index === posts.length - 1 ? at.end : before
    yield { result, payload: post.payload, line: at.line, done }
  }
}

function* linesOneByOne(
  lines: NumberedLine[],
  mapper: DocumentMapper,
  from: FilePosition,
): Generator<Positioned> {
  let before = from
  for (const at of lines) {
    if (at.text.trim() !== '') {
      let value: unknown
      try {
        value = JSON.parse(at.text)
      } catch (error) {
        yield { result: invalidJson(error), payload: at.text, line: at.line, done: at.end }
        before = at.end
        continue
      }
      yield* postsOfLine(mapper(value), at, before)
    }
    before = at.end
  }
}

/**
 * A network's export, read as one JSON document per line (twarc, `jq -c`, API pages saved one by one) or,
 * when the first line is not JSON on its own, as one document for the whole file (a saved API response,
 * pretty-printed or not), whose posts are then numbered (`item`) since they have no line of their own. If
 * the whole file is not one document either, it is read line by line, each bad line rejected.
 */
export const readJsonDocuments = (mapper: DocumentMapper) =>
  async function* readDocuments(c: ReadContext): AsyncGenerator<Positioned> {
    let mode: 'lines' | 'document' | undefined
    const held: NumberedLine[] = []
    let before = c.from
    for await (const at of readLines(c.path, c.from, c.scan)) {
      if (mode === 'document' || (mode === undefined && at.text.trim() === '')) {
        held.push(at)
        continue
      }
      if (mode === undefined) {
        try {
          JSON.parse(at.text)
          mode = 'lines'
        } catch {
          mode = c.from.offset === 0 ? 'document' : 'lines'
        }
        if (mode === 'document') {
          held.push(at)
          continue
        }
        held.length = 0
      }
      yield* linesOneByOne([at], mapper, before)
      before = at.end
    }
    if (mode !== 'document') return
    const end = held.at(-1)?.end ?? c.from
    let document: unknown
    try {
      document = JSON.parse(held.map((at) => at.text).join('\n'))
    } catch {
      yield* linesOneByOne(held, mapper, c.from)
      return
    }
    const posts = mapper(document)
    for (const [index, post] of posts.entries())
      yield {
        result: post.result,
        payload: post.payload,
        item: index + 1,
        done: index === posts.length - 1 ? end : c.from,
      }
  }

import { once } from 'node:events'
import { createWriteStream, type WriteStream, writeFileSync } from 'node:fs'

/**
 * An output file opened on its first write, so that a command failing before it has anything to write
 * leaves no empty file behind. `finish()` (success) creates it even when nothing was written.
 */
export const createLazyOutput = (path: string) => {
  let stream: WriteStream | undefined
  const end = async () => {
    if (!stream) return
    stream.end()
    await once(stream, 'finish')
  }
  return {
    write(text: string) {
      stream ??= createWriteStream(path)
      stream.write(text)
    },
    async finish() {
      if (stream) await end()
      else writeFileSync(path, '')
    },
    /** after a failure: what was written stays (it is true), nothing is created */
    abandon: end,
  }
}

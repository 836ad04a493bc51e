/** One Server-Sent Event; `oversized` when its data went over the limit (the data is then dropped). */
export interface SseEvent {
  event: string
  data: string
  oversized?: boolean
}

/**
 * A Server-Sent Events parser fed text chunks as they come: `event:` and `data:` fields (several data lines
 * joined by new lines), a blank line dispatches, comment lines (`:thump`, Mastodon's heartbeat) are skipped.
 * An event longer than `maxEventBytes` is dispatched as oversized without its data, so one huge event
 * neither fills the memory nor stops the stream.
 */
export const createSseParser = (onEvent: (event: SseEvent) => void, maxEventBytes: number) => {
  let pending = ''
  let event = ''
  let data: string[] = []
  let size = 0
  let oversized = false
  /** the rest of a line too long to keep is skipped up to its end */
  let skippingLine = false

  const dispatch = () => {
    if (data.length > 0 || oversized)
      onEvent({
        event: event || 'message',
        data: oversized ? '' : data.join('\n'),
        ...(oversized && { oversized }),
      })
    event = ''
    data = []
    size = 0
    oversized = false
  }
  const field = (line: string) => {
    if (line === '') return dispatch()
    if (line.startsWith(':')) return
    const colon = line.indexOf(':')
    const name = colon < 0 ? line : line.slice(0, colon)
    const value = colon < 0 ? '' : line.slice(colon + (line[colon + 1] === ' ' ? 2 : 1))
    if (name === 'event') event = value
    if (name !== 'data' || oversized) return
    size += value.length + 1
    if (size > maxEventBytes) {
      oversized = true
      data = []
    } else data.push(value)
  }
  return {
    push(chunk: string) {
      pending += chunk
      for (let end = pending.indexOf('\n'); end >= 0; end = pending.indexOf('\n')) {
        const line = pending.slice(0, end).replace(/\r$/, '')
        pending = pending.slice(end + 1)
        if (skippingLine) skippingLine = false
        else field(line)
      }
      if (pending.length > maxEventBytes) {
        oversized = true
        data = []
        pending = ''
        skippingLine = true
      }
    },
  }
}

/** Dead letters keep at most this many bytes (UTF-8) of the raw payload. */
export const MAX_PAYLOAD_BYTES = 64 * 1024

const encoder = new TextEncoder()

/** The longest prefix that fits in `maxBytes` of UTF-8 without cutting a character in two. */
export const truncatePayload = (payload: string, maxBytes = MAX_PAYLOAD_BYTES): string => {
  if (payload.length * 3 <= maxBytes) return payload
  const { read } = encoder.encodeInto(payload, new Uint8Array(maxBytes))
  return payload.slice(0, read)
}

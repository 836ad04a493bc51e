import { createServer, type Socket } from 'node:net'

/** One message as the server received it: the envelope and the raw DATA (dot-unstuffed). */
export interface ReceivedMail {
  from: string
  to: string[]
  raw: string
}

/**
 * A minimal SMTP server for tests, speaking the real protocol (EHLO/HELO, MAIL FROM, RCPT TO, DATA, RSET,
 * NOOP, QUIT) on 127.0.0.1 without TLS or AUTH. `rcptAnswers` scripts the next RCPT replies (`451 …`).
 */
export const startSmtpServer = async () => {
  const mails: ReceivedMail[] = []
  const rcptAnswers: string[] = []
  const sockets = new Set<Socket>()
  const server = createServer((socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
    serve(socket, mails, rcptAnswers)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return {
    port,
    mails,
    rcptAnswers,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      }),
  }
}

const serve = (socket: Socket, mails: ReceivedMail[], rcptAnswers: string[]) => {
  let buffer = ''
  let envelope: { from: string; to: string[] } = { from: '', to: [] }
  let data: string[] | undefined
  const reply = (line: string) => socket.write(`${line}\r\n`)
  reply('220 127.0.0.1 ESMTP vigie-test')
  const onLine = (line: string) => {
    if (data) {
      if (line !== '.') return void data.push(line.startsWith('..') ? line.slice(1) : line)
      mails.push({ ...envelope, raw: data.join('\r\n') })
      data = undefined
      envelope = { from: '', to: [] }
      return reply('250 2.0.0 queued')
    }
    const verb = line.slice(0, 4).toUpperCase()
    if (verb === 'EHLO') return reply('250-127.0.0.1 greets you\r\n250-8BITMIME\r\n250 SMTPUTF8')
    if (verb === 'HELO') return reply('250 127.0.0.1')
    if (verb === 'MAIL') {
      envelope.from = /<([^>]*)>/.exec(line)?.[1] ?? ''
      return reply('250 2.1.0 ok')
    }
    if (verb === 'RCPT') {
      const scripted = rcptAnswers.shift()
      if (scripted) return reply(scripted)
      envelope.to.push(/<([^>]*)>/.exec(line)?.[1] ?? '')
      return reply('250 2.1.5 ok')
    }
    if (verb === 'DATA') {
      data = []
      return reply('354 end with <CRLF>.<CRLF>')
    }
    if (verb === 'RSET') {
      envelope = { from: '', to: [] }
      return reply('250 2.0.0 ok')
    }
    if (verb === 'NOOP') return reply('250 2.0.0 ok')
    if (verb === 'QUIT') {
      reply('221 2.0.0 bye')
      return void socket.end()
    }
    reply('502 5.5.2 command not recognised')
  }
  socket.on('data', (chunk: Buffer) => {
    buffer += chunk.toString('utf8')
    for (let end = buffer.indexOf('\r\n'); end >= 0; end = buffer.indexOf('\r\n')) {
      const line = buffer.slice(0, end)
      buffer = buffer.slice(end + 2)
      onLine(line)
    }
  })
  socket.on('error', () => {})
}

/** A received message's headers (lower-case names, unfolded, encoded words decoded), text and HTML parts. */
export const decodeMail = (raw: string) => {
  const { headers, body } = splitPart(raw)
  const parts: { type: string; content: string }[] = []
  const walk = (h: Record<string, string>, b: string) => {
    const inner = /boundary="?([^";]+)"?/i.exec(h['content-type'] ?? '')?.[1]
    if (inner) {
      for (const chunk of b.split(`--${inner}`).slice(1)) {
        if (chunk.startsWith('--')) break
        const part = splitPart(chunk.replace(/^\r\n/, ''))
        walk(part.headers, part.body)
      }
      return
    }
    const content = decodeBody(b, h).replace(/\r\n/g, '\n').replace(/\n$/, '')
    parts.push({ type: (h['content-type'] ?? 'text/plain').split(';')[0]!.trim(), content })
  }
  walk(headers, body)
  return {
    headers,
    subject: decodeWords(headers.subject ?? ''),
    text: parts.find((p) => p.type === 'text/plain')?.content ?? '',
    html: parts.find((p) => p.type === 'text/html')?.content ?? '',
  }
}

const splitPart = (raw: string) => {
  const at = raw.indexOf('\r\n\r\n')
  const head = at < 0 ? raw : raw.slice(0, at)
  const headers: Record<string, string> = {}
  for (const line of head.replace(/\r\n[ \t]+/g, ' ').split('\r\n')) {
    const colon = line.indexOf(':')
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim()
  }
  return { headers, body: at < 0 ? '' : raw.slice(at + 4) }
}

const decodeQuotedPrintable = (text: string) => {
  const bytes: number[] = []
  const flat = text.replace(/=\r\n/g, '')
  for (let i = 0; i < flat.length; i++) {
    const hex = flat[i] === '=' ? /^[0-9A-F]{2}/i.exec(flat.slice(i + 1, i + 3)) : null
    if (hex) {
      bytes.push(Number.parseInt(hex[0], 16))
      i += 2
    } else bytes.push(...Buffer.from(flat[i]!, 'utf8'))
  }
  return Buffer.from(bytes).toString('utf8')
}

const decodeBody = (body: string, headers: Record<string, string>) => {
  const encoding = (headers['content-transfer-encoding'] ?? '7bit').toLowerCase()
  if (encoding === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
  if (encoding === 'quoted-printable') return decodeQuotedPrintable(body)
  return body
}

/** RFC 2047 encoded words (`=?UTF-8?Q?…?=`, `=?UTF-8?B?…?=`); adjacent ones are joined. */
const decodeWords = (value: string) =>
  value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?([^?]+)\?([QB])\?([^?]*)\?=/gi, (_, _charset, kind: string, text: string) =>
      kind.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : decodeQuotedPrintable(text.replace(/_/g, ' ')),
    )

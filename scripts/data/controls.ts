/**
 * Mappers of the public tweet samples used as controls: the Tesla Cybertruck unveiling (milindjagre/
 * teslacybertruck, Python bytes literals), the iPhone 14 launch (khoryz/twitter_group_project, snscrape
 * exports) and the #DuBoisChallenge (vizdata-f21/project-1-ctrl_alt_elite, TidyTuesday 2021-06-15).
 */
import { createHash } from 'node:crypto'
import { csvRecords, parseCsv } from './csv.ts'
import type { MentionRow } from './mention-row.ts'

/** The text of a Python bytes literal as printed by `str(b'…')`: escapes → bytes → UTF-8. */
export const decodePythonBytes = (literal: string): string => {
  const m = /^b(['"])([\s\S]*)\1$/.exec(literal.trim())
  if (!m) return literal
  const body = m[2]!
  const bytes: number[] = []
  const simple: Record<string, number> = { n: 10, r: 13, t: 9, '\\': 92, "'": 39, '"': 34 }
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!
    if (c === '\\' && body[i + 1] === 'x' && /^[0-9a-f]{2}$/i.test(body.slice(i + 2, i + 4))) {
      bytes.push(Number.parseInt(body.slice(i + 2, i + 4), 16))
      i += 3
    } else if (c === '\\' && body[i + 1] !== undefined && simple[body[i + 1]!] !== undefined) {
      bytes.push(simple[body[i + 1]!]!)
      i++
    } else bytes.push(...Buffer.from(c, 'utf8'))
  }
  return new TextDecoder('utf-8').decode(new Uint8Array(bytes))
}

/** A stable id for rows without one: 16 hex digits of the SHA-256 of what identifies the post. */
const derivedId = (...parts: string[]) =>
  createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 16)

/** `CyberTruck_Tweets.csv`: no header, `time (UTC), b'text'`. */
export const cybertruckMentions = (csv: string): MentionRow[] =>
  parseCsv(csv)
    .filter((r) => /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/.test(r[0] ?? ''))
    .map((r) => {
      const createdAt = `${r[0]!.replace(' ', 'T')}Z`
      const text = decodePythonBytes(r[1] ?? '')
      return { id: derivedId(createdAt, text), source: 'twitter', createdAt, text }
    })

/** `iPhone14…_RAW.csv`: `,User,DateTime,Tweet` (snscrape, UTC with offset). */
export const iphoneMentions = (csv: string): MentionRow[] =>
  csvRecords(csv)
    .filter((r) => r.User && Number.isFinite(Date.parse(r.DateTime ?? '')))
    .map((r) => {
      const createdAt = new Date(r.DateTime!).toISOString()
      const text = r.Tweet ?? ''
      return {
        id: derivedId(r.User!, createdAt, text),
        source: 'twitter',
        createdAt,
        text,
        author: { handle: r.User! },
      }
    })

const count = (s: string | undefined) => (s && /^\d+$/.test(s) ? Number(s) : undefined)

/** TidyTuesday `tweets.csv`: datetime, content, counts, username, followers, url (…/status/<id>), verified. */
export const duboisMentions = (csv: string): MentionRow[] =>
  csvRecords(csv)
    .filter((r) => r.username && Number.isFinite(Date.parse(r.datetime ?? '')))
    .map((r) => {
      const id =
        /status\/(\d+)/.exec(r.url ?? '')?.[1] ?? derivedId(r.username!, r.datetime!, r.content ?? '')
      const followers = count(r.followers)
      return {
        id,
        source: 'twitter',
        createdAt: new Date(r.datetime!).toISOString(),
        text: r.content ?? '',
        ...(r.url ? { url: r.url } : {}),
        author: {
          handle: r.username!,
          ...(followers !== undefined ? { followers } : {}),
          verified: r.verified === 'TRUE',
        },
        metrics: { likes: count(r.like_count) ?? 0, reposts: count(r.retweet_count) ?? 0 },
      }
    })

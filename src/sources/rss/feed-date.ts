import { type DateResult, parseMentionDate } from '../dates/index.ts'

/** RFC 822's zone names, and the European ones French feeds write (`CET`, `CEST`). */
const ZONES: Readonly<Record<string, string>> = {
  UT: '+0000',
  UTC: '+0000',
  GMT: '+0000',
  Z: '+0000',
  EST: '-0500',
  EDT: '-0400',
  CST: '-0600',
  CDT: '-0500',
  MST: '-0700',
  MDT: '-0600',
  PST: '-0800',
  PDT: '-0700',
  WET: '+0000',
  WEST: '+0100',
  CET: '+0100',
  CEST: '+0200',
  MET: '+0100',
  MEST: '+0200',
  EET: '+0200',
  EEST: '+0300',
}

const RFC_822_LIKE =
  /^(?:[a-z]{2,9}\.?,?\s+)?(\d{1,2})\s+([a-z]{3,9})\.?,?\s+(\d{4}|\d{2})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([a-z]{1,5}|[+-]\d{2}:?\d{2}))?$/i

/**
 * The dialects of RFC 822 that feeds write, rewritten in the strict form `parseMentionDate` reads: a zone
 * name (`EST`, `CET`) or `+01:00` as an offset, two-digit years (`26` is 2026, `98` 1998), one-digit hours,
 * full month names; no zone at all is GMT. Undefined when the text is not RFC 822-like (ISO 8601 is read
 * as it is).
 */
const normaliseRfc822 = (text: string): string | undefined => {
  const m = RFC_822_LIKE.exec(text)
  if (!m) return undefined
  const [, day, month, year, hour, minute, second, zone] = m
  const yyyy = year!.length === 2 ? (Number(year) < 50 ? `20${year}` : `19${year}`) : year!
  const offset =
    zone === undefined ? '+0000' : /^[+-]/.test(zone) ? zone.replace(':', '') : ZONES[zone.toUpperCase()]
  if (offset === undefined) return undefined
  const mon = month!.slice(0, 3)
  return `${day} ${mon} ${yyyy} ${hour!.padStart(2, '0')}:${minute}:${second ?? '00'} ${offset}`
}

/**
 * A feed item's date (RSS `pubDate`, Atom `published`/`updated`, JSON Feed `date_published`, Dublin Core
 * `dc:date`): RFC 822 as feeds write it, or ISO 8601 with a time; the reason when it is neither.
 */
export const parseFeedDate = (raw: string): DateResult => {
  const text = raw.trim().replace(/\s+/g, ' ')
  const rfc = normaliseRfc822(text)
  const result = parseMentionDate(rfc ?? text)
  if (result.ok || rfc === undefined) return result
  // the refusal names what the feed wrote, not the rewritten form
  return { ...result, reason: result.reason.replace(`"${rfc}"`, `"${text}"`) }
}

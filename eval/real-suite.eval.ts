/**
 * Detection on the real crisis suite (issue 10): each public stream replayed causally with default settings.
 * A crisis counts as caught when an alert (level alert or crisis) comes within an hour of its onset, or of
 * the stream's first post when the collection began after the onset; a control (viral praise, a big
 * positive moment) must never reach the crisis level. Dev events were looked at while tuning; holdout events
 * never were.
 */
import { existsSync } from 'node:fs'
import type { DetectedAlert } from '../src/detection/index.ts'
import { type EventBefore, previousFigures } from './previous-figures.ts'
import {
  type RealStream,
  type Replayed,
  readRealStreams,
  replayRealStream,
  streamsDir,
} from './real-streams.ts'
import type { EvalSection } from './section.ts'

const HOUR = 3_600_000
/**
 * Posts matching the query in the hour after the onset below which a crisis cannot be told from noise: fewer
 * than five voices is a conversation, whatever they say (the emerging-topic detector's least topic).
 */
const DETECTABLE = 5
const RANK = { watch: 1, alert: 2, crisis: 3 } as const

interface Outcome {
  stream: RealStream
  /** first alert at level alert or above at or after the reference time */
  first?: DetectedAlert
  /** alerts (alert or above) before the onset */
  early: number
  top: 'none' | keyof typeof RANK
  ref: number
  caught: boolean
  /** posts in the hour after `ref`: all the stream holds, and those its query matched */
  firstHour: { posts: number; matched: number }
}

const judge = (stream: RealStream, { alerts, matchedAt }: Replayed): Outcome => {
  const onset = Date.parse(stream.event.onset)
  const ref = Math.max(onset, stream.mentions[0]?.createdAt.getTime() ?? onset)
  const serious = alerts.filter((a) => RANK[a.severity] >= RANK.alert)
  const first = serious.find((a) => a.at.getTime() >= onset)
  const early = serious.filter((a) => a.at.getTime() < onset).length
  const top = alerts.reduce<Outcome['top']>(
    (t, a) => (t === 'none' || RANK[a.severity] > RANK[t] ? a.severity : t),
    'none',
  )
  const caught =
    stream.event.kind === 'crisis'
      ? first !== undefined && first.at.getTime() <= ref + HOUR
      : top !== 'crisis'
  const inHour = (t: number) => t >= ref && t < ref + HOUR
  const firstHour = {
    posts: stream.mentions.filter((m) => inHour(m.createdAt.getTime())).length,
    matched: matchedAt.filter(inHour).length,
  }
  return { stream, first, early, top, ref, caught, firstHour }
}

const minutes = (ms: number) => `${Math.round(ms / 60_000)} min`

/** Each event's outcome before issue 10 (eval/previous-figures.json says how it was measured). */
const before: Record<string, EventBefore> = previousFigures().realSuite.events

const row = (o: Outcome): (string | number)[] => {
  const { event, split, mentions, rejected } = o.stream
  const delay = o.first ? minutes(o.first.at.getTime() - o.ref) : '-'
  return [
    split,
    event.slug,
    event.kind,
    event.lang,
    mentions.length,
    `${o.firstHour.posts} / ${o.firstHour.matched}`,
    rejected,
    o.top,
    delay,
    o.early,
    o.caught ? 'yes' : 'NO',
    before[event.slug] ? `${before[event.slug]!.ok ? 'yes' : 'no'} (${before[event.slug]!.top})` : '?',
  ]
}

const summary = (outcomes: readonly Outcome[], split: 'dev' | 'holdout'): (string | number)[][] => {
  const part = outcomes.filter((o) => o.stream.split === split)
  const crises = part.filter((o) => o.stream.event.kind === 'crisis')
  const controls = part.filter((o) => o.stream.event.kind === 'control')
  const caught = crises.filter((o) => o.caught).length
  const calm = controls.filter((o) => o.caught).length
  const okBefore = (list: readonly Outcome[]) => {
    const known = list.filter((o) => before[o.stream.event.slug])
    return known.length === list.length
      ? `${known.filter((o) => before[o.stream.event.slug]!.ok).length}/${list.length}`
      : '?'
  }
  const detectable = crises.filter((o) => o.firstHour.matched >= DETECTABLE)
  const caughtDetectable = detectable.filter((o) => o.caught).length
  return [
    [split, 'crisis onsets alerted within 1 h', `${caught}/${crises.length}`, okBefore(crises), '>= 90 %'],
    [
      split,
      `  ... of the detectable ones (>= ${DETECTABLE} matched posts in the 1st hour)`,
      `${caughtDetectable}/${detectable.length}`,
      '-',
      '-',
    ],
    [split, 'controls kept below crisis level', `${calm}/${controls.length}`, okBefore(controls), 'all'],
    [split, 'alerts before an onset', part.reduce((n, o) => n + o.early, 0), '-', '-'],
  ]
}

export default async (sharedDir: string): Promise<EvalSection[]> => {
  if (!existsSync(streamsDir(sharedDir))) throw new Error(`missing ${streamsDir(sharedDir)}`)
  const streams = await readRealStreams(sharedDir)
  const outcomes = streams.map((s) => judge(s, replayRealStream(s)))
  return [
    {
      title: 'Real crisis suite: each event (default settings)',
      columns: [
        'split',
        'event',
        'kind',
        'lang',
        'posts',
        '1st hour / matched',
        'refused',
        'top level',
        'delay',
        'early',
        'ok',
        'before',
      ],
      rows: outcomes.map(row),
      notes: [
        'delay: from the onset, or from the first post when the collection began after it',
        'early: alerts (alert or above) before the onset; ok: a crisis alerted within 1 h, a control never at crisis level',
        '1st hour / matched: posts the stream holds in the hour after the onset (or its first post), and those its query matches (all detection sees): fewer than 5 cannot be told from noise',
        'before: the outcome (and top level) of the code before issue 10, eval/previous-figures.json',
      ],
    },
    {
      title: 'Real crisis suite: summary',
      columns: ['split', 'measure', 'value', 'before', 'target'],
      rows: [...summary(outcomes, 'dev'), ...summary(outcomes, 'holdout')],
      notes: ['holdout events were never looked at while tuning detection'],
    },
  ]
}

// Command line: writes the mentions as JSONL (sorted by createdAt) and the truth as JSON.
//   node dist/cli.js --seed 3 --days 30 [--profile telecom-fr] [--start 2026-03-01] --out x.jsonl --truth x.json
//   (or: npx tsx cli.ts ..., or node --experimental-strip-types cli.ts ... on Node >= 22.6)

import { closeSync, openSync, writeFileSync, writeSync } from 'node:fs'
import { generateB, PROFILES } from './generate.ts'

function parseArgs(argv: string[]): Map<string, string> {
  const out = new Map<string, string>()
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    if (!a.startsWith('--')) throw new Error(`unexpected argument "${a}"`)
    const key = a.slice(2)
    if (key === 'help' || key === 'list') out.set(key, '1')
    else out.set(key, argv[++i] ?? '')
  }
  return out
}

function main(): void {
  const args = parseArgs(process.argv.slice(2))
  if (args.has('help')) {
    console.log(
      'usage: cli --seed N --days D [--profile P] [--start YYYY-MM-DD] --out mentions.jsonl --truth truth.json | --list',
    )
    return
  }
  if (args.has('list')) {
    for (const p of PROFILES) console.log(`${p.id.padEnd(20)} ${p.summary}`)
    return
  }
  const seed = Number(args.get('seed') ?? '1')
  const days = Number(args.get('days') ?? '30')
  const out = args.get('out')
  const truthPath = args.get('truth')
  if (!out || !truthPath) throw new Error('--out and --truth are required')
  const { mentions, truth } = generateB({
    seed,
    days,
    profile: args.get('profile'),
    start: args.get('start'),
  })
  const fd = openSync(out, 'w')
  let buf: string[] = []
  for (const m of mentions) {
    buf.push(JSON.stringify(m))
    if (buf.length >= 5000) {
      writeSync(fd, buf.join('\n') + '\n')
      buf = []
    }
  }
  if (buf.length) writeSync(fd, buf.join('\n') + '\n')
  closeSync(fd)
  writeFileSync(truthPath, JSON.stringify(truth, null, 2) + '\n')
  const crises = truth.events.filter((e) => e.kind === 'crisis').length
  console.error(
    `${truth.profile} seed ${seed}: ${mentions.length} mentions, ${truth.events.length} events (${crises} crises) -> ${out}, ${truthPath}`,
  )
}

try {
  main()
} catch (e) {
  console.error(e instanceof Error ? e.message : e)
  process.exit(1)
}

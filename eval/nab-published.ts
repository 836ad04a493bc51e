/**
 * Reads the published NAB figures that `../shared/data/nab/results/README.md` lists, so that the
 * reproduction check compares against the shared file rather than against numbers copied here.
 */
import type { NabProfileName } from '../src/benchmark/index.ts'

export const NAB_DETECTORS = ['ARTime', 'numenta', 'earthgeckoSkyline'] as const
export type NabDetector = (typeof NAB_DETECTORS)[number]

/** NAB's `config/thresholds.json` for these detectors (as listed in the README). */
export const PUBLISHED_THRESHOLDS: Record<NabDetector, Record<NabProfileName, number>> = {
  ARTime: { standard: 0.317486, reward_low_FP_rate: 0.317585, reward_low_FN_rate: 0.317486 },
  numenta: {
    standard: 0.5421876907348634,
    reward_low_FP_rate: 0.5751955032348636,
    reward_low_FN_rate: 0.5421876907348634,
  },
  earthgeckoSkyline: { standard: 0.5, reward_low_FP_rate: 0.5, reward_low_FN_rate: 0.5 },
}

export interface PublishedNab {
  /** raw per-file scores: profile → detector → file short name (AAPL...) → score */
  perFile: Record<string, Record<string, Record<string, number>>>
  files: string[]
  /** standard profile, normalised over the six files */
  normalisedOptimised: Record<string, number>
  normalisedAtPublished: Record<string, number>
}

const cellsOf = (line: string) =>
  line
    .split('|')
    .slice(1, -1)
    .map((cell) => cell.trim())

/** Parses the per-file tables and the closing sentence on normalised scores. */
export const parsePublishedNab = (readme: string): PublishedNab => {
  const perFile: PublishedNab['perFile'] = {}
  let files: string[] = []
  let profile: string | undefined
  for (const line of readme.split('\n')) {
    const heading = /^Raw per-file score, profile (\S+):/.exec(line)
    if (heading) profile = heading[1]
    if (!profile || !line.startsWith('|')) continue
    const cells = cellsOf(line)
    if (cells[0] === 'detector') files = cells.slice(1)
    else if (!cells[0]?.startsWith('---')) {
      const byDetector = perFile[profile] ?? {}
      byDetector[cells[0]!] = Object.fromEntries(files.map((file, i) => [file, Number(cells[i + 1])]))
      perFile[profile] = byDetector
    }
  }
  const sentence = /standard profile: (.+?)\. At the published thresholds: ([\d., ]+?)\.? *$/.exec(
    readme.replace(/\s+/g, ' ').trim(),
  )
  if (!sentence || Object.keys(perFile).length !== 3) {
    throw new Error('results/README.md: could not find the published per-file tables and normalised scores')
  }
  const optimised = Object.fromEntries(
    [...sentence[1]!.matchAll(/(\w+) (-?\d+\.\d+)/g)].map((m) => [m[1]!, Number(m[2])]),
  )
  const atPublished = sentence[2]!.split(',').map((text) => Number.parseFloat(text))
  const normalisedAtPublished = Object.fromEntries(NAB_DETECTORS.map((d, i) => [d, atPublished[i]!]))
  return { perFile, files, normalisedOptimised: optimised, normalisedAtPublished }
}

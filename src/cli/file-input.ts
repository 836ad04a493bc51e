import { resolve } from 'node:path'
import { Option } from 'commander'
import {
  createFileConnector,
  FILE_FORMATS,
  type FileConnector,
  type FileFormat,
  type FileNotice,
  parseFieldMap,
} from '../sources/index.ts'

/** The options of a command that reads mentions from a file (ingest, replay, backtest). */
export interface FileInputOptions {
  input: string
  format?: FileFormat
  map?: string
  source?: string
  timezone?: string
}

export const formatOption = () =>
  new Option(
    '--format <format>',
    'jsonl (the mention format), csv (with --map), or a network export: twitter-v2, mastodon, bluesky, reddit (default: csv for .csv files, jsonl otherwise)',
  ).choices(FILE_FORMATS)

export const TIMEZONE_HELP =
  'IANA time zone of dates written without one, e.g. Europe/Paris (default: UTC, whatever the machine)'

const lines = (n: number) => n.toLocaleString('en-US')

/** A file read before, in words: resumed, changed since, or read by an older Vigie. */
export const describeNotice = (n: FileNotice): string => {
  if (n.kind === 'resumed')
    return n.newBytes === 0
      ? `nothing new in ${n.path} since it was imported (up to line ${lines(n.line)}); --from-start reads it again`
      : `${n.path} was imported up to line ${lines(n.line)} before and has grown: reading what follows`
  if (n.kind === 'rewritten')
    return `${n.path} changed since it was imported (${n.why === 'shorter' ? 'it is shorter than the part read then' : 'it does not start with the lines read then'}): reading it again from the start; mentions already stored are not stored twice`
  return `${n.path} was imported up to line ${lines(n.line)} by an older Vigie, which cannot tell whether it changed since: skipping those lines (--from-start reads them again)`
}

/**
 * The connector for `--input` and its options, checked before anything is created (the file exists and is
 * readable, the map matches the CSV header, the time zone is known): a bad command leaves nothing behind.
 */
export const openFileInput = async (
  opts: FileInputOptions,
  hooks: { onProgress?: (bytes: number) => void } = {},
): Promise<{ path: string; connector: FileConnector }> => {
  const path = resolve(opts.input)
  const connector = createFileConnector({
    path,
    format: opts.format,
    map: opts.map === undefined ? undefined : parseFieldMap(opts.map),
    defaults: opts.source === undefined ? {} : { source: opts.source },
    timeZone: opts.timezone,
    onProgress: hooks.onProgress && ((bytes) => hooks.onProgress?.(bytes)),
    onNotice: (notice) => process.stderr.write(`note: ${describeNotice(notice)}\n`),
  })
  await connector.check()
  return { path, connector }
}

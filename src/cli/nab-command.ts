import { resolve } from 'node:path'
import type { Command } from 'commander'
import { AppError } from '../core/index.ts'
import type { GlobalOptions } from './context.ts'

/**
 * `nab run --data DIR` (as documented) names the NAB data folder with the global `--data` option, which
 * commander gives to the program, not to the subcommand: it is read from there. `--input DIR` says the same.
 */
const nabDataFolder = (input: string | undefined, cmd: Command): string => {
  const { data } = cmd.optsWithGlobals<GlobalOptions>()
  if (input !== undefined && data !== undefined && resolve(input) !== resolve(data))
    throw new AppError(
      'invalid',
      `--input ${input} and --data ${data} both name the NAB data folder: give one`,
    )
  const folder = input ?? data
  if (folder === undefined)
    throw new AppError('invalid', 'nab run needs the folder of NAB data CSVs: --data DIR (or --input DIR)')
  return resolve(folder)
}

export const registerNab = (program: Command) => {
  const nab = program
    .command('nab')
    .description('the Numenta Anomaly Benchmark: run the volume detector, score results')
  nab
    .command('run')
    .description(
      'write a results CSV (timestamp,value,anomaly_score) for every NAB data CSV, with the shipped volume detector',
    )
    .option(
      '--input <dir>',
      'folder of NAB data CSVs (timestamp,value), searched recursively; --data DIR also works',
    )
    .requiredOption('--output <dir>', 'where to write the results, at the same relative paths')
    .action(async (opts, cmd: Command) => {
      const { runNab } = await import('../benchmark/index.ts')
      const files = await runNab({ dataDir: nabDataFolder(opts.input, cmd), outputDir: resolve(opts.output) })
      for (const f of files) process.stderr.write(`${f.file}: ${f.rows} rows\n`)
    })
  nab
    .command('score')
    .description('score results CSVs as NAB does (windows, profiles, threshold optimisation)')
    .requiredOption('--results <dir>', 'folder of results CSVs of one detector')
    .requiredOption('--labels <file>', "NAB's combined_windows.json")
    .option('--profile <name>', 'standard, reward_low_FP_rate or reward_low_FN_rate (default: all three)')
    .option('--threshold <t>', 'a fixed threshold in 0..1 (default: optimised as NAB does)')
    .action(async (opts) => {
      const threshold = opts.threshold === undefined ? undefined : Number(opts.threshold)
      if (threshold !== undefined && !(threshold >= 0 && threshold <= 1)) {
        throw new AppError('invalid', `--threshold must be a number in 0..1, got ${opts.threshold}`)
      }
      const { scoreNabResults } = await import('../benchmark/index.ts')
      const report = await scoreNabResults({
        resultsDir: resolve(opts.results),
        labelsFile: resolve(opts.labels),
        profile: opts.profile,
        threshold,
      })
      process.stdout.write(`${report.text}\n`)
    })
}

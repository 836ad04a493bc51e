import { resolve } from 'node:path'
import type { Command } from 'commander'
import { runNab, scoreNabResults } from '../benchmark/index.ts'
import { AppError } from '../core/index.ts'

export const registerNab = (program: Command) => {
  const nab = program
    .command('nab')
    .description('the Numenta Anomaly Benchmark: run the volume detector, score results')
  nab
    .command('run')
    .description(
      'write a results CSV (timestamp,value,anomaly_score) for every NAB data CSV, with the shipped volume detector',
    )
    .requiredOption('--data <dir>', 'folder of NAB data CSVs (timestamp,value), searched recursively')
    .requiredOption('--output <dir>', 'where to write the results, at the same relative paths')
    .action(async (opts) => {
      const files = await runNab({ dataDir: resolve(opts.data), outputDir: resolve(opts.output) })
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
      const report = await scoreNabResults({
        resultsDir: resolve(opts.results),
        labelsFile: resolve(opts.labels),
        profile: opts.profile,
        threshold,
      })
      process.stdout.write(`${report.text}\n`)
    })
}

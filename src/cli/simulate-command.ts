import { resolve } from 'node:path'
import { type Command, InvalidArgumentError } from 'commander'
import { AppError } from '../core/index.ts'
import { SCENARIOS, writeScenario } from '../simulation/index.ts'
import { checkOutputFile } from './check-output.ts'

const positiveInt = (value: string) => {
  const n = Number(value)
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number')
  return n
}

export const registerSimulate = (program: Command) =>
  program
    .command('simulate')
    .description('write a realistic simulated mention stream (JSONL) and its ground truth (JSON)')
    .requiredOption('--out <file>', 'the mentions, in the mention format')
    .requiredOption('--truth <file>', 'the injected events with their onsets')
    .option('--days <n>', 'how many days of traffic (default: the scenario’s own, 9 to 60)', positiveInt)
    .option('--seed <n>', 'random seed (same seed, same stream)', positiveInt, 1)
    .option('--scenario <name>', `one of: ${Object.keys(SCENARIOS).join(', ')}`, 'mixed')
    .action(async (opts) => {
      if (!(opts.scenario in SCENARIOS)) {
        throw new AppError(
          'invalid',
          `unknown scenario "${opts.scenario}": use ${Object.keys(SCENARIOS).join(', ')}`,
        )
      }
      const out = resolve(opts.out)
      const truth = resolve(opts.truth)
      if (out === truth)
        throw new AppError('invalid', `--out and --truth are the same file (${out}): give two files`)
      checkOutputFile('--out', out)
      checkOutputFile('--truth', truth)
      const result = await writeScenario({
        out,
        truth,
        days: opts.days,
        seed: opts.seed,
        scenario: opts.scenario,
      })
      process.stderr.write(`${JSON.stringify(result)}\n`)
    })

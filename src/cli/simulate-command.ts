import { resolve } from 'node:path'
import { type Command, InvalidArgumentError } from 'commander'
import { AppError } from '../core/index.ts'
import { ORIGINAL_SCENARIOS, SCENARIOS, VARIED_PROFILES, writeScenario } from '../simulation/index.ts'
import { checkOutputFile } from './check-output.ts'

const positiveInt = (value: string) => {
  const n = Number(value)
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number')
  return n
}

const positiveNumber = (value: string) => {
  const n = Number(value)
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('expected a number above 0')
  return n
}

const isoDate = (value: string) => {
  const at = new Date(value)
  if (!/^\d{4}-\d\d-\d\d/.test(value) || Number.isNaN(at.getTime()))
    throw new InvalidArgumentError('expected an ISO 8601 date, e.g. 2026-03-01T23:00:00Z')
  return at
}

const scenarioHelp = () =>
  `original: ${ORIGINAL_SCENARIOS.join(', ')}; varied profiles: ${VARIED_PROFILES.join(', ')} (docs/simulator.md)`

export const registerSimulate = (program: Command) =>
  program
    .command('simulate')
    .description('write a realistic simulated mention stream (JSONL) and its ground truth (JSON)')
    .requiredOption('--out <file>', 'the mentions, in the mention format')
    .requiredOption('--truth <file>', 'the injected events with their onsets')
    .option('--days <n>', 'how many days of traffic (default: the scenario’s own, 2 to 60)', positiveInt)
    .option('--seed <n>', 'random seed (same seed, same stream)', positiveInt, 1)
    .option(
      '--scenario <name>',
      `one of the ${ORIGINAL_SCENARIOS.length + VARIED_PROFILES.length} scenarios: ${scenarioHelp()}`,
      'mixed',
    )
    .option(
      '--volume <factor>',
      'multiply the ordinary traffic (e.g. 0.1 for a small brand, 10 for a large one)',
      positiveNumber,
    )
    .option(
      '--start <iso>',
      'when the stream starts (default 2026-03-01T23:00:00Z, a Monday midnight in Paris)',
      isoDate,
    )
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
        ...(opts.volume !== undefined ? { volume: opts.volume } : {}),
        ...(opts.start !== undefined ? { start: opts.start } : {}),
      })
      process.stderr.write(`${JSON.stringify(result)}\n`)
    })

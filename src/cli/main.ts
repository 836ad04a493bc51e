import { Command } from 'commander'
import { registerAccounts } from './account-commands.ts'
import { registerAnalyze } from './analyze-command.ts'
import { registerBacktest } from './backtest-command.ts'
import { registerBus } from './bus-command.ts'
import { registerCheckPost } from './check-post-command.ts'
import { describeFailure } from './exit-code.ts'
import { registerIngest } from './ingest-command.ts'
import { registerMigrate } from './migrate-command.ts'
import { registerNab } from './nab-command.ts'
import { registerReplay } from './replay-command.ts'
import { registerServe } from './serve-command.ts'
import { registerSimulate } from './simulate-command.ts'
import { registerSources } from './source-commands.ts'
import { registerWorker } from './worker-command.ts'

// command modules import the runtime (models, store, server) only when they run: help and parse errors
// answer at once
const program = new Command('vigie')
  .description('Vigie: see a reputation crisis coming, understand it, answer it')
  .option('--config <file>', 'JSON config file (see vigie.config.example.json)')
  .option('--data <dir>', 'data folder (default ./data, or VIGIE_DATA_DIR)')
  .option('--log-level <level>', 'fatal, error, warn, info, debug, trace or silent')
  .showHelpAfterError()
  // parse errors are thrown (subcommands inherit this) so that they exit 2 like any invalid input
  .exitOverride()

registerServe(program)
registerIngest(program)
registerReplay(program)
registerAnalyze(program)
registerSimulate(program)
registerBacktest(program)
registerNab(program)
registerAccounts(program)
registerSources(program)
registerCheckPost(program)
registerWorker(program)
registerBus(program)
registerMigrate(program)

try {
  await program.parseAsync(process.argv)
} catch (error) {
  const failure = describeFailure(error)
  if (failure.message) process.stderr.write(`vigie: ${failure.message}\n`)
  process.exitCode = failure.code
}

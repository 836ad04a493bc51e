import { Command } from 'commander'
import { registerAnalyze } from './analyze-command.ts'
import { registerBacktest } from './backtest-command.ts'
import { exitCodeOf, messageOf } from './exit-code.ts'
import { registerIngest } from './ingest-command.ts'
import { registerNab } from './nab-command.ts'
import { registerReplay } from './replay-command.ts'
import { registerServe } from './serve-command.ts'
import { registerSimulate } from './simulate-command.ts'

const program = new Command('vigie')
  .description('Vigie: see a reputation crisis coming, understand it, answer it')
  .option('--config <file>', 'JSON config file (see vigie.config.example.json)')
  .option('--data <dir>', 'data folder (default ./data, or VIGIE_DATA_DIR)')
  .option('--log-level <level>', 'fatal, error, warn, info, debug, trace or silent')
  .showHelpAfterError()

registerServe(program)
registerIngest(program)
registerReplay(program)
registerAnalyze(program)
registerSimulate(program)
registerBacktest(program)
registerNab(program)

try {
  await program.parseAsync(process.argv)
} catch (error) {
  process.stderr.write(`vigie: ${messageOf(error)}\n`)
  process.exitCode = exitCodeOf(error)
}

import { resolve } from 'node:path'
import { type Command, Option } from 'commander'
import { checkInputFile } from '../sources/index.ts'
import { checkOutputFile } from './check-output.ts'
import { refuseSameFile } from './same-file.ts'

export const registerAnalyze = (program: Command) =>
  program
    .command('analyze')
    .description(
      'write language, sentiment and emotions of every row of a file, one JSON line per row, in order',
    )
    .requiredOption('--input <file>', 'JSONL (objects), CSV (with a header) or TXT (one text per line)')
    .requiredOption('--output <file>', 'where to write the JSONL results')
    .option('--text-field <name>', 'the field or column holding the text', 'text')
    .addOption(
      new Option('--lang <lang>', 'language of the texts').choices(['auto', 'fr', 'en']).default('auto'),
    )
    .addOption(
      new Option('--format <format>', 'input format (default: from the extension)').choices([
        'jsonl',
        'csv',
        'txt',
      ]),
    )
    .action(async (opts) => {
      const input = resolve(opts.input)
      const output = resolve(opts.output)
      refuseSameFile({ flag: '--input', path: input }, { flag: '--output', path: output })
      await checkInputFile(input)
      checkOutputFile('--output', output)
      const { analyzeFile } = await import('../runtime/index.ts')
      const result = await analyzeFile({
        input,
        output,
        textField: opts.textField,
        lang: opts.lang,
        format: opts.format,
      })
      process.stderr.write(`analysed ${result.rows} rows into ${output}\n`)
      for (const e of result.errors.slice(0, 20)) process.stderr.write(`  line ${e.line}: ${e.error}\n`)
      if (result.errors.length > 20)
        process.stderr.write(`  … and ${result.errors.length - 20} more unreadable rows\n`)
    })

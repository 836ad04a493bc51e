import { readFile } from 'node:fs/promises'
import { type Command, Option } from 'commander'
import { detectLang } from '../analysis/index.ts'
import { AppError, type Flag } from '../core/index.ts'
import { checkDraft, type DraftInput } from '../prevention/index.ts'
import { withStore } from './with-store.ts'

/** `vigie check-post` exits with this code when the draft is flagged (0 when it is safe). */
export const FLAGGED_EXIT_CODE = 10

const excerpt = (text: string, f: Flag) =>
  text.slice(f.start, Math.min(f.end, f.start + 60)).replace(/\s+/g, ' ')

/** One line per flag: severity, kind, clause, span and words, then the message and the suggestion. */
export const formatFlags = (text: string, flags: readonly Flag[], lang: 'fr' | 'en'): string => {
  if (flags.length === 0) return lang === 'fr' ? 'ok : aucun problème trouvé\n' : 'ok: no problem found\n'
  return flags
    .map((f) => {
      const head = `${f.severity.padEnd(6)} ${f.kind} [${f.clause}] ${f.start}-${f.end} «${excerpt(text, f)}»`
      return [head, `       ${f.message}`, ...(f.suggestion ? [`       → ${f.suggestion}`] : [])].join('\n')
    })
    .join('\n')
    .concat('\n')
}

const readDraft = async (text: string | undefined, file: string | undefined): Promise<string> => {
  if ((text === undefined) === (file === undefined))
    throw new AppError('invalid', 'give the draft as TEXT or with --file, one of the two')
  return text ?? (await readFile(file!, 'utf8'))
}

export const registerCheckPost = (program: Command) =>
  program
    .command('check-post')
    .description(
      `check a draft against the social-media charter before posting it; exits 0 when safe, ${FLAGGED_EXIT_CODE} when flagged`,
    )
    .argument('[text]', 'the draft (or --file)')
    .option('--file <file>', 'read the draft from a UTF-8 text file')
    .option('--workspace <id>', "use the workspace's charter, confidential terms and open incident")
    .addOption(
      new Option('--lang <lang>', 'language of the draft and messages (default: detected)').choices([
        'fr',
        'en',
      ]),
    )
    .option('--network <network>', 'where it goes: x, linkedin…, or private_reply')
    .option('--audience <audience>', 'to whom: public, or complainant (a private reply to them)')
    .addOption(new Option('--format <format>', 'output').choices(['text', 'json']).default('text'))
    .action(async (textArg: string | undefined, opts, cmd: Command) => {
      const text = await readDraft(textArg, opts.file)
      const input: DraftInput = {
        text,
        lang: opts.lang,
        network: opts.network,
        audience: opts.audience,
        workspace: opts.workspace,
      }
      const { flags } =
        opts.workspace === undefined
          ? await checkDraft({ ctx: {}, input })
          : await withStore(cmd, async ({ store }) => {
              if (!(await store.getWorkspace(opts.workspace)))
                throw new AppError('not_found', `no workspace ${opts.workspace}`)
              return checkDraft({ ctx: { store }, input })
            })
      const lang = opts.lang ?? (detectLang(text) === 'fr' ? 'fr' : 'en')
      process.stdout.write(
        opts.format === 'json' ? `${JSON.stringify({ flags })}\n` : formatFlags(text, flags, lang),
      )
      if (flags.length > 0) process.exitCode = FLAGGED_EXIT_CODE
    })
